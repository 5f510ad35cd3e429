#pragma once
// ctnn/report/data.hpp: what every report format reads, and the options they all take.
//
// A report is data first: the constexpr row table of a network (rows<N>, totals<N>), seen at
// run time as a `Report`. Each format (table.hpp, markdown.hpp, csv.hpp, json.hpp, dot.hpp)
// only presents it, with the same `ReportOptions`: the columns to show, the nesting depth to
// show (blocks collapsed or expanded, as torchinfo's `depth`), and the element type of the
// memory figures.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <ctnn/analysis/row.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/analysis/table.hpp>
#include <ctnn/core/checked.hpp>
#include <ctnn/report/columns.hpp>
#include <ctnn/report/format.hpp>
#include <ctnn/version.hpp>

namespace ctnn {

/// Show every row, however deeply nested.
inline constexpr int all_depths = -1;

/// The console table's lines: plain ASCII, or box-drawing characters (UTF-8).
enum class TableStyle { ascii, box };

/// Options of every report format.
struct ReportOptions {
    int depth = all_depths;               ///< rows nested deeper are collapsed into their block
    Columns columns{};
    TableStyle style = TableStyle::ascii; ///< the console table only
    std::uint64_t bytes_per_value = 4;    ///< element size of the memory figures
    std::string_view element = "float32"; ///< its name, as printed
};

/// A network's rows and totals, as the report formats read them at run time.
struct Report {
    std::string_view network;
    const Row* rows = nullptr;
    std::size_t count = 0;
    Totals totals{};
    Shape output{};
};

/// Network N's id, the name tools such as ctnn-report know it by: its own `static constexpr id`
/// if it has one, else its name in lower case without punctuation ("ResNet50" is "resnet50",
/// "ShuffleNetV2x1_0" is "shufflenetv2x10").
template <class N>
std::string network_id() {
    if constexpr (requires { std::string_view{N::id}; }) {
        return std::string(N::id);
    } else {
        std::string id;
        for (char c : network_name<N>) {
            if (c >= 'A' && c <= 'Z') id += static_cast<char>(c - 'A' + 'a');
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) id += c;
        }
        return id;
    }
}

/// The report data of network N.
template <class N>
Report report_of() {
    return {.network = network_name<N>,
            .rows = rows<N>.data(),
            .count = rows<N>.size(),
            .totals = totals<N>,
            .output = output_shape<N>};
}

namespace detail {

/// The printed index of each row: "3" for the Net's element 3, "3.2" for the second child of
/// the block at 3, "3.2.1" one level further (the path of at_layer<3, 2, 1> in errors).
inline std::vector<std::string> row_paths(const Row* rows, std::size_t count) {
    std::vector<std::string> paths(count);
    std::vector<std::string> prefix;  // prefix[d]: the path of the last row seen at depth d
    for (std::size_t i = 0; i < count; ++i) {
        const auto d = static_cast<std::size_t>(rows[i].depth);
        prefix.resize(d + 1);
        prefix[d] = d == 0 ? std::to_string(rows[i].index)
                           : prefix[d - 1] + "." + std::to_string(rows[i].position);
        paths[i] = prefix[d];
    }
    return paths;
}

/// Whether a row is shown at the given depth.
inline bool shown(const Row& r, int depth) { return depth < 0 || r.depth <= depth; }

/// The family of a row: its name up to the first space or '<' ("Conv", "Fire", "Repeat").
inline std::string_view family(std::string_view name) {
    return name.substr(0, name.find_first_of(" <"));
}

/// "212" for a square field, "212x196" otherwise, "n/a" when it is not a whole number of
/// pixels (after upsampling by a factor that does not divide the jump).
inline std::string field_text(const Field& f) {
    if (!f.known()) return "n/a";
    return f.size_h == f.size_w ? std::to_string(f.size_h)
                                : std::to_string(f.size_h) + "x" + std::to_string(f.size_w);
}

/// The children of each row (rows are in pre-order: a row's children follow it, one level
/// deeper, until a row at its level or above). children[count] lists the Net's own rows.
inline std::vector<std::vector<std::size_t>> row_children(const Row* rows, std::size_t count) {
    std::vector<std::vector<std::size_t>> children(count + 1);
    std::vector<std::size_t> open;  // open[d]: the row whose children are at depth d + 1
    for (std::size_t i = 0; i < count; ++i) {
        const auto d = static_cast<std::size_t>(rows[i].depth);
        open.resize(d);
        (d == 0 ? children[count] : children[open[d - 1]]).push_back(i);
        open.push_back(i);
    }
    return children;
}

/// The columns of report_columns that format `where` (a ColumnFormats bit) shows with options
/// `o`: switched on, and, for a column shown only when some row has a non-zero value, outside
/// JSON (whose members are always the same), such a row.
inline std::vector<const Column*> shown_columns(const Report& r, const ReportOptions& o,
                                                unsigned where) {
    std::vector<const Column*> out;
    for (const Column& c : report_columns) {
        if ((c.formats & where) == 0 || !(o.columns.*c.shown)) continue;
        bool any = !c.only_if_any || where == in_json;
        for (std::size_t i = 0; i < r.count && !any; ++i) any = c.value(r.rows[i]).count != 0;
        if (any) out.push_back(&c);
    }
    return out;
}

/// A cell as the console table and Markdown show it: digits grouped, a shape as 7x7x512, a
/// receptive field as 212 or 212x196, or the cell's note ("in place").
inline std::string cell_text(const Cell& c) {
    switch (c.of) {
        case Cell::type::shape: return to_string(c.shape);
        case Cell::type::field: return field_text(c.field);
        case Cell::type::count:
        case Cell::type::ops: break;
    }
    return c.note.empty() ? group_digits(c.count) : std::string(c.note);
}

/// Bytes of n values at the options' element size, saturated (printed as "more than 2^64").
inline std::uint64_t bytes(std::uint64_t n, const ReportOptions& o) {
    return checked_mul(n, o.bytes_per_value);
}

}  // namespace detail
}  // namespace ctnn
