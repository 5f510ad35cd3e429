#pragma once
// ctnn/cli/report_main.hpp: ctnn-report's command line, for your own networks.
//
//     #include <ctnn/cli/report_main.hpp>
//     struct SmallNet final : ctnn::Net<ctnn::Input<32, 32, 3>, ...> {};
//     int main(int argc, char** argv) { return ctnn::report_main<SmallNet, OtherNet>(argc, argv); }
//
//     ./my-report smallnet --format markdown --depth 1 --dtype int8
//     ./my-report smallnet --format c-header --dtype int8 --bias-dtype int32 > smallnet_plan.h
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
#include <ctnn/report/plan.hpp>

namespace ctnn {

/// What a program built on report_main says about itself in --help and in its messages.
struct ReportCommand {
    std::string_view program = "ctnn-report";
    std::string_view description =
        "The layer-by-layer report of a network: its shapes, parameters, operations, memory and "
        "receptive fields, every number computed by the compiler; or its arena plan, as text, "
        "SVG or a C header.";
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

/// One network that report_main knows: its id, its rows, and its arena plan for an element
/// size and an Arena, made when asked (arena_report_of<N>, report/plan.hpp).
struct entry {
    std::string id;
    Report report;
    ArenaReport (*arena)(std::uint64_t bytes_per_value, const Arena&) = nullptr;
};

/// The report formats: their names and writers (report/): a writer of rows (`write`), or of
/// the arena plan (`write_plan`: plan, plan-svg, c-header).
struct format {
    std::string_view name;
    void (*write)(std::ostream&, const Report&, const ReportOptions&) = nullptr;
    TableStyle style = TableStyle::ascii;
    void (*write_plan)(std::ostream&, const Report&, const ArenaReport&, const ReportOptions&,
                       const PlanOptions&) = nullptr;
};
inline constexpr format formats[] = {
    {.name = "table", .write = &write_table},
    {.name = "box", .write = &write_table, .style = TableStyle::box},
    {.name = "markdown", .write = &write_markdown},
    {.name = "csv", .write = &write_csv},
    {.name = "json", .write = &write_json},
    {.name = "dot", .write = &write_dot},
    {.name = "plan", .write_plan = &write_plan},
    {.name = "plan-svg", .write_plan = &write_plan_svg},
    {.name = "c-header", .write_plan = &write_c_header},
};

/// An element type of the memory figures: its names on the command line and its size.
struct element_type {
    std::string_view name;
    std::uint64_t bytes;
};
inline constexpr element_type element_types[] = {
    {"float32", 4}, {"float", 4},   {"float16", 2}, {"half", 2},    {"bfloat16", 2},
    {"int8", 1},    {"uint8", 1},   {"int16", 2},   {"int32", 4},   {"float64", 8},
    {"double", 8},
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
    PlanOptions plan{};
    std::string element, weight_element, bias_element;  // what the options' names view
    bool list = false;
};

inline std::string names_of_formats() {
    std::string s;
    for (const format& f : formats) s += (s.empty() ? "" : ", ") + std::string(f.name);
    return s;
}

/// The element type `t` names (`option`: the option that gave it, for the message): its name as
/// printed, and its size in `bytes`.
inline std::string element_of(const std::string& t, std::string_view option, std::uint64_t& bytes) {
    for (const element_type& e : element_types) {
        if (t != e.name) continue;
        bytes = e.bytes;
        return t;
    }
    if (!t.empty() && t.size() < 4 && t.find_first_not_of("0123456789") == std::string::npos &&
        std::stoul(t) > 0) {
        bytes = std::stoul(t);
        return t + "-byte values";
    }
    throw usage_error{"unknown " + std::string(option) + " '" + t + "'"};
}

/// --dtype, --weight-dtype and --bias-dtype (the last two default to the first).
inline void set_dtypes(settings& s, const std::string& dtype, const std::string& weights,
                       const std::string& biases) {
    s.element = dtype.empty() ? "float32" : element_of(dtype, "--dtype", s.options.bytes_per_value);
    s.weight_element = s.bias_element = s.element;
    s.plan.weight_bytes = s.plan.bias_bytes = s.options.bytes_per_value;
    if (!weights.empty())
        s.weight_element = element_of(weights, "--weight-dtype", s.plan.weight_bytes);
    if (!biases.empty()) s.bias_element = element_of(biases, "--bias-dtype", s.plan.bias_bytes);
}

/// --alignment: a power of two from 1 to 65536, for the arena's buffers and the weight blob.
inline void set_alignment(settings& s, const std::string& a) {
    const bool digits =
        !a.empty() && a.size() < 6 && a.find_first_not_of("0123456789") == std::string::npos;
    const unsigned long n = digits ? std::stoul(a) : 0;
    if (n == 0 || n > 65536 || (n & (n - 1)) != 0)
        throw usage_error{"--alignment takes a power of two from 1 to 65536, not '" + a + "'"};
    s.plan.arena.alignment = n;
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
    std::string weight_dtype, bias_dtype, alignment = "16";
    bool list = false, concat_in_place = false;
    app.add_option("model", positional,
                   "the network, by its id or name (any case): see --list");
    app.add_option("--format", format_name, "the output: " + names_of_formats() + " (default table)");
    app.add_option("--depth", depth,
                   "nesting shown: 0 for the network's own layers, 1 (default) for their "
                   "children too, ..., or all");
    app.add_option("--dtype", dtype,
                   "element type of the memory figures and the arena plan: float32 (default), "
                   "float16, bfloat16, int8, uint8, int16, int32, float64, or a number of bytes "
                   "per value");
    app.add_option("--columns", columns,
                   "comma-separated columns (default: all): output, activations, weights, "
                   "biases, params, non-trainable, macs, live, field");
    app.add_option("--weight-dtype", weight_dtype,
                   "c-header: element type of the weights in the weight blob (default: --dtype's)");
    app.add_option("--bias-dtype", bias_dtype,
                   "c-header: element type of the biases and moving statistics (default: "
                   "--dtype's)");
    app.add_option("--alignment", alignment,
                   "plan, plan-svg, c-header: bytes every buffer's and every weight tensor's "
                   "offset is a multiple of (a power of two, default 16)");
    app.add_flag("--concat-in-place", concat_in_place,
                 "plan, plan-svg, c-header: each part of a concatenation written straight into it");
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
        set_dtypes(s, dtype, weight_dtype, bias_dtype);
        set_alignment(s, alignment);
        s.plan.arena.concat_in_place = concat_in_place;
        if (!columns.empty()) set_columns(s, columns);
        s.options.element = s.element;
        s.plan.weight_element = s.weight_element;
        s.plan.bias_element = s.bias_element;
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
            if (s.style->write_plan != nullptr) {
                s.plan.id = m.id;
                const ArenaReport plan = m.arena(s.options.bytes_per_value, s.plan.arena);
                s.style->write_plan(std::cout, m.report, plan, s.options, s.plan);
            } else {
                s.style->write(std::cout, m.report, s.options);
            }
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
/// of the one named, in the chosen format, depth, element type and columns, or its arena plan
/// (formats plan, plan-svg and c-header, with --alignment, --concat-in-place and the weight
/// blob's --weight-dtype and --bias-dtype); or `--list`,
/// `--help`, `--version`. Returns the exit status: 0, or 2 after a mistake on the command line
/// (said on stderr).
template <class... Nets>
int report_main(int argc, char** argv, const ReportCommand& command = {}) {
    // One planner for all: each network's plan is made in the capacity of the largest.
    constexpr std::size_t capacity = std::max({rows<Nets>.size()...});
    const std::vector<cli::entry> models{
        {network_id<Nets>(), report_of<Nets>(), &arena_report_of<Nets, capacity>}...};
    return cli::run(argc, argv, command, models);
}

}  // namespace ctnn
