#pragma once
// ctnn/cli/report_main.hpp: ctnn-report's command line, for your own networks.
//
//     #include <ctnn/cli/report_main.hpp>
//     struct SmallNet final : ctnn::Net<ctnn::Input<32, 32, 3>, ...> {};
//     int main(int argc, char** argv) { return ctnn::report_main<SmallNet, OtherNet>(argc, argv); }
//
//     ./my-report smallnet --format markdown --depth 1 --dtype int8
//     ./my-report --list
//
// ctnn-report (tools/ctnn-report) is this, for the zoo. The command line is parsed with CLI11
// (Debian's libcli11-dev): this header is the `ctnn::cli` component (CMake target ctnn::cli),
// apart from the header-only library, which depends on Boost.Hana alone.
//
// A network is named on the command line by its id (network_id<N>: its `static constexpr id` if
// it has one, else its name in lower case without punctuation, "ResNet50" is resnet50) or by
// its name. Names match
// whatever their case and punctuation: VGG16, vgg16 and vgg-16 are the same model.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iostream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include <ctnn/ctnn.hpp>

namespace ctnn {

/// What a program built on report_main says about itself in --help and in its messages.
struct ReportCommand {
    std::string_view program = "ctnn-report";
    std::string_view description =
        "The layer-by-layer report of a network: its shapes, parameters, operations, memory and "
        "receptive fields, every number computed by the compiler.";
};

namespace cli {

/// A name as the user wrote it, reduced as ids are: lower case, letters and digits only.
inline std::string normalized(std::string_view name) {
    std::string out;
    for (char c : name) {
        if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    }
    return out;
}

/// The edit distance between two names, to suggest the model meant.
inline std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t next = std::min({row[j] + 1, row[j - 1] + 1,
                                               diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = row[j];
            row[j] = next;
        }
    }
    return row[b.size()];
}

/// One network that report_main knows.
struct entry {
    std::string id;
    Report report;
};

/// The report formats: their names and writers (report/).
struct format {
    std::string_view name;
    void (*write)(std::ostream&, const Report&, const ReportOptions&);
    TableStyle style = TableStyle::ascii;
};
inline constexpr format formats[] = {
    {"table", &write_table}, {"box", &write_table, TableStyle::box},
    {"markdown", &write_markdown}, {"csv", &write_csv},
    {"json", &write_json}, {"dot", &write_dot},
};

/// An element type of the memory figures: its names on the command line and its size.
struct element_type {
    std::string_view name;
    std::uint64_t bytes;
};
inline constexpr element_type element_types[] = {
    {"float32", 4}, {"float", 4},   {"float16", 2}, {"half", 2},    {"bfloat16", 2},
    {"int8", 1},    {"uint8", 1},   {"int16", 2},   {"float64", 8}, {"double", 8},
};

/// A mistake on the command line: the message, printed after the program's name.
struct usage_error {
    std::string message;
};

/// The options after parsing, checked.
struct settings {
    std::string model;
    const format* style = &formats[0];
    ReportOptions options{.depth = 1};
    std::string element;
    bool list = false;
};

inline std::string names_of_formats() {
    std::string s;
    for (const format& f : formats) s += (s.empty() ? "" : ", ") + std::string(f.name);
    return s;
}

inline void set_dtype(settings& s, const std::string& t) {
    for (const element_type& e : element_types) {
        if (t != e.name) continue;
        s.element = t;
        s.options.bytes_per_value = e.bytes;
        return;
    }
    if (!t.empty() && t.size() < 4 && t.find_first_not_of("0123456789") == std::string::npos &&
        std::stoul(t) > 0) {
        s.options.bytes_per_value = std::stoul(t);
        s.element = t + "-byte values";
        return;
    }
    throw usage_error{"unknown --dtype '" + t + "'"};
}

inline void set_columns(settings& s, const std::string& list) {
    Columns c = Columns::none();
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t end = std::min(list.find(',', start), list.size());
        const std::string name = list.substr(start, end - start);
        bool known = false;
        for (const Column& column : report_columns) {
            if (column.option != name) continue;
            c.*column.shown = true;
            known = true;
        }
        if (!known) throw usage_error{"unknown column '" + name + "'"};
        start = end + 1;
    }
    s.options.columns = c;
}

inline void set_depth(settings& s, const std::string& d) {
    if (d == "all") {
        s.options.depth = all_depths;
    } else if (!d.empty() && d.size() < 4 && d.find_first_not_of("0123456789") == std::string::npos) {
        s.options.depth = std::stoi(d);
    } else {
        throw usage_error{"--depth takes a number or 'all', not '" + d + "'"};
    }
}

/// Runs the command line on the networks `models`; the exit status.
inline int run(int argc, char** argv, const ReportCommand& command,
               const std::vector<entry>& models) {
    CLI::App app{std::string(command.description), std::string(command.program)};
    app.set_version_flag("--version", std::string(command.program) + " (ctnn " +
                                          std::string(version_string) + ")");
    std::vector<std::string> positional;
    std::string format_name = "table", depth = "1", dtype, columns;
    bool list = false;
    app.add_option("model", positional,
                   "the network, by its id or name (any case): see --list");
    app.add_option("--format", format_name, "the output: " + names_of_formats() + " (default table)");
    app.add_option("--depth", depth,
                   "nesting shown: 0 for the network's own layers, 1 (default) for their "
                   "children too, ..., or all");
    app.add_option("--dtype", dtype,
                   "element type of the memory figures: float32 (default), float16, bfloat16, "
                   "int8, uint8, int16, float64, or a number of bytes per value");
    app.add_option("--columns", columns,
                   "comma-separated columns (default: all): output, activations, weights, "
                   "biases, params, non-trainable, macs, live, field");
    app.add_flag("--list", list, "the networks, with their parameters and multiply-accumulates");
    const std::string program(command.program);
    try {
        app.parse(argc, argv);
        settings s;
        s.list = list;
        if (!list) {
            if (positional.empty()) throw usage_error{"which model? (--list shows them)"};
            if (positional.size() > 1)
                throw usage_error{"one model at a time ('" + positional[0] + "', then '" +
                                  positional[1] + "')"};
            s.model = positional[0];
        }
        s.style = nullptr;
        for (const format& f : formats)
            if (f.name == format_name) s.style = &f;
        if (s.style == nullptr)
            throw usage_error{"unknown --format '" + format_name + "' (" + names_of_formats() + ")"};
        set_depth(s, depth);
        if (!dtype.empty()) set_dtype(s, dtype);
        if (!columns.empty()) set_columns(s, columns);
        if (!s.element.empty()) s.options.element = s.element;
        s.options.style = s.style->style;

        if (s.list) {
            for (const entry& m : models)
                std::cout << m.id << "  " << m.report.network << ": "
                          << group_digits(m.report.totals.params) << " params, "
                          << group_digits(m.report.totals.ops.macs) << " MACs\n";
            return 0;
        }
        const std::string wanted = normalized(s.model);
        for (const entry& m : models) {
            if (normalized(m.id) != wanted && normalized(m.report.network) != wanted) continue;
            s.style->write(std::cout, m.report, s.options);
            return 0;
        }
        std::string best;
        std::size_t best_distance = 1000;
        for (const entry& m : models) {
            const std::size_t d = distance(m.id, wanted);
            if (d < best_distance) {
                best = m.id;
                best_distance = d;
            }
        }
        throw usage_error{"unknown model '" + s.model + "'" +
                          (best_distance <= 3 ? "; did you mean '" + best + "'?" : "") +
                          " (--list shows them)"};
    } catch (const CLI::CallForHelp&) {
        std::cout << app.help();
        return 0;
    } catch (const CLI::CallForVersion&) {
        std::cout << app.version() << '\n';
        return 0;
    } catch (const CLI::ParseError& e) {
        std::cerr << program << ": " << e.what() << "\n(" << program << " --help shows the options)\n";
        return 2;
    } catch (const usage_error& e) {
        std::cerr << program << ": " << e.message << "\n(" << program << " --help shows the options)\n";
        return 2;
    }
}

}  // namespace cli

/// ctnn-report's command line (see the top of this file) for the networks Nets...: the report
/// of the one named, in the chosen format, depth, element type and columns; or `--list`,
/// `--help`, `--version`. Returns the exit status: 0, or 2 after a mistake on the command line
/// (said on stderr).
template <class... Nets>
int report_main(int argc, char** argv, const ReportCommand& command = {}) {
    const std::vector<cli::entry> models{{network_id<Nets>(), report_of<Nets>()}...};
    return cli::run(argc, argv, command, models);
}

}  // namespace ctnn
