#pragma once
// ctnn-import --report: the report of an imported network, computed by the compiler. The header
// is compiled into a small program that gives the network ctnn-report's command line
// (ctnn::report_main), which is run with --report's options.

#include <string>

namespace ctnn_import {

/// What --report prints: ctnn-report's --format, --depth and --dtype, as given (checked by
/// the command line).
struct ReportRequest {
    std::string format = "table";
    std::string depth = "1";
    std::string dtype = "float32";
};

/// The C++ program of ctnn::report_main for network `name`, defined in "network.hpp".
std::string report_program(const std::string& name);

/// Compiles `header` with the program of `report_program` in a temporary directory, with the
/// compiler in $CXX (else the one ctnn-import was built with, else c++) and ctnn's headers
/// (from $CTNN_INCLUDE_DIR, else installed beside ctnn-import, else the source tree it was built
/// from); runs it and returns what it prints. Throws ImportError with the compiler's output if
/// the program does not compile or run.
std::string run_report(const std::string& header, const std::string& name, const ReportRequest& request);

/// The element types --dtype takes, with their sizes in bytes ("float32" 4, ...).
bool dtype_bytes(const std::string& dtype, unsigned* bytes);

}  // namespace ctnn_import
