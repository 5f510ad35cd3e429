#pragma once
// ctnn-import: writing the header. The network as one ctnn type, one layer per line with the
// ONNX nodes it came from, then static_asserts of what was read from the file itself.

#include <string>

#include "model.hpp"
#include "structure.hpp"

namespace ctnn_import {

/// What the header is to be: the struct's name and the namespace around it (none: global).
struct HeaderOptions {
    std::string name;
    std::string name_space;
};

/// The complete header for `network`, read from `model`: `#include <ctnn/ctnn.hpp>`, then
/// `struct NAME final : ctnn::Net<ctnn::Input<...>, ...> {};` (in the namespace, if any), then
/// static_asserts of the learnable parameters and moving statistics counted from the file's
/// initializers, and of the output shape ONNX's shape inference gives each element of the Net.
std::string write_header(const Model& model, const Chain& network, const HeaderOptions& options);

}  // namespace ctnn_import
