#pragma once
// ctnn-import: the one kind of failure the tool reports.

#include <stdexcept>
#include <string>

namespace ctnn_import {

/// An input that ctnn-import refuses. The message is complete and addressed to the user (what
/// was found, where, and why ctnn cannot take it); main() prints it after "ctnn-import: error: "
/// and exits with status 1, having written nothing.
class ImportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace ctnn_import
