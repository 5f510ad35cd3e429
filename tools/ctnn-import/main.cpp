// ctnn-import: an ONNX model file -> a C++ header that defines the network as a ctnn type.
//
//   ctnn-import MODEL.onnx --name NAME [--namespace NS] [-o FILE] [--input HxWxC]
//   ctnn-import MODEL.onnx --report [--format F] [--depth D] [--dtype T] [--input HxWxC]
//   ctnn-import --operators
//
// Reading and checking the file: model.hpp; constant subgraphs: constants.hpp; operators to
// layers: translate.hpp; the graph's blocks: structure.hpp; the header: header.hpp; --report:
// report.hpp. On any error: one message on stderr, exit status 1, nothing written.

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <regex>
#include <string>

#include <CLI/CLI.hpp>
#include <ctnn/version.hpp>

#include "error.hpp"
#include "header.hpp"
#include "model.hpp"
#include "report.hpp"
#include "structure.hpp"
#include "translate.hpp"

namespace {

using namespace ctnn_import;

/// The command line, as parsed.
struct Arguments {
    std::string model;
    std::string name;
    std::string name_space;
    std::string output;
    std::string input;
    bool report = false;
    ReportRequest request;
    bool operators = false;
};

bool is_identifier(const std::string& s) {
    static const std::regex id("[A-Za-z_][A-Za-z0-9_]*");
    return std::regex_match(s, id) && s.rfind("__", 0) != 0 &&
           !(s.size() > 1 && s[0] == '_' && std::isupper(static_cast<unsigned char>(s[1])));
}

std::optional<InputSize> parse_input(const std::string& text) {
    if (text.empty()) return std::nullopt;
    static const std::regex hwc("([1-9][0-9]{0,5})x([1-9][0-9]{0,5})x([1-9][0-9]{0,5})");
    std::smatch m;
    if (!std::regex_match(text, m, hwc))
        throw ImportError("--input takes HxWxC (for example 224x224x3), not '" + text + "'");
    return InputSize{std::stoll(m[1]), std::stoll(m[2]), std::stoll(m[3])};
}

/// The struct name for --report without --name: the file's stem, made an identifier.
std::string name_from_file(const std::string& path) {
    std::string s = std::filesystem::path(path).stem().string();
    for (char& c : s)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0])) || s[0] == '_') s = "Model_" + s;
    return s;
}

/// Writes `text` to `path` whole or not at all: to a temporary file beside it, then renamed.
void write_file(const std::string& path, const std::string& text) {
    const std::string temporary = path + ".ctnn-import-partial";
    {
        std::ofstream out(temporary, std::ios::binary);
        out << text;
        out.close();
        if (!out) {
            std::remove(temporary.c_str());
            throw ImportError("cannot write '" + path + "'");
        }
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        throw ImportError("cannot write '" + path + "'");
    }
}

int run(const Arguments& a) {
    if (a.operators) {
        for (const auto& [type, what] : supported_operators()) std::cout << type << ": " << what << "\n";
        return 0;
    }
    const std::string name = a.name.empty() ? name_from_file(a.model) : a.name;
    if (!is_identifier(name))
        throw ImportError("--name '" + name + "' is not a C++ identifier (letters, digits and _, "
                          "not starting with a digit, __ or _ and a capital)");
    if (!a.name_space.empty()) {
        std::string rest = a.name_space;
        for (std::size_t at; !rest.empty(); rest = at == std::string::npos ? "" : rest.substr(at + 2)) {
            at = rest.find("::");
            if (!is_identifier(rest.substr(0, at)))
                throw ImportError("--namespace '" + a.name_space + "' is not a C++ namespace name");
        }
    }
    const auto model = read_model(a.model, parse_input(a.input));
    const Graph graph = translate(*model);
    const Chain network = recover_structure(graph);
    const std::string header = write_header(*model, network, {name, a.name_space});
    if (a.report) {
        const std::string qualified = a.name_space.empty() ? name : a.name_space + "::" + name;
        std::cout << run_report(header, qualified, a.request) << std::flush;
    } else if (a.output.empty() || a.output == "-") {
        std::cout << header << std::flush;
    } else {
        write_file(a.output, header);
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"ctnn-import: turns an ONNX model file into a C++ header that defines the network "
                 "as a ctnn type (ctnn::Net<...>), with static_asserts of the parameters and "
                 "shapes read from the file.",
                 "ctnn-import"};
    Arguments a;
    app.set_version_flag("--version", std::string("ctnn-import ") + CTNN_VERSION_STRING);
    app.add_option("model", a.model, "the ONNX file (.onnx)");
    app.add_option("--name", a.name, "the network's struct name (required without --report)");
    app.add_option("--namespace", a.name_space, "the namespace around it (default: global scope)");
    app.add_option("-o,--output", a.output, "write the header to FILE (default: standard output)")
        ->option_text("FILE");
    app.add_option("--input", a.input, "the input size HxWxC, for files whose size is dynamic")
        ->option_text("HxWxC");
    app.add_flag("--report", a.report,
                 "instead of the header, compile it and print ctnn-report's table for the model");
    app.add_option("--format", a.request.format, "--report's format")
        ->check(CLI::IsMember({"table", "box", "markdown", "csv", "json", "dot"}))
        ->default_str("table");
    app.add_option("--depth", a.request.depth, "--report's nesting depth: 0, 1, ... or all")
        ->check([](const std::string& d) {
            return d == "all" || (!d.empty() && d.size() < 4 && d.find_first_not_of("0123456789") == std::string::npos)
                       ? std::string()
                       : "--depth takes a number or 'all', not '" + d + "'";
        })
        ->default_str("1");
    app.add_option("--dtype", a.request.dtype,
                   "--report's element type: float32, float16, bfloat16, int8, uint8, float64, or a "
                   "number of bytes")
        ->check([](const std::string& t) {
            unsigned bytes = 0;
            return dtype_bytes(t, &bytes) ? std::string() : "unknown --dtype '" + t + "'";
        })
        ->default_str("float32");
    app.add_flag("--operators", a.operators, "list the ONNX operators ctnn-import takes, and exit");
    try {
        app.parse(argc, argv);
        if (!a.operators && a.model.empty()) throw CLI::RequiredError("model");
        if (!a.operators && !a.report && a.name.empty()) throw CLI::RequiredError("--name");
        if (a.report && !a.output.empty())
            throw CLI::ValidationError("-o", "--report prints the report; -o is for the header");
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    try {
        return run(a);
    } catch (const ImportError& e) {
        std::cerr << "ctnn-import: error: " << e.what() << "\n";
    } catch (const std::exception& e) {
        std::cerr << "ctnn-import: error: " << e.what() << "\n";
    }
    return 1;
}
