#pragma once
// ctnn/report/table.hpp: the console table, in ASCII or with box-drawing characters.
//
//   ctnn::table<VGG16>(std::cout);                                   // everything, ASCII
//   ctnn::table<ResNet50>(std::cout, {.depth = 1, .style = ctnn::TableStyle::box});
//
// One line per row shown: the index ("3.2" is the second child of the block at 3), the layer
// as written (indented by its nesting depth), then the chosen columns. Numbers have their digits
// grouped (138,357,544) whatever the locale; columns widen to their longest cell, so nothing is
// truncated. Then the totals: activation values and the inference peak, MACs and every
// operation, the output's receptive field, and the parameters (learnable, non-trainable, and
// the total with its memory), memory in MB = 10^6 bytes and MiB = 2^20 bytes at the options'
// element size. The same on every compiler.

#include <cstddef>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <ctnn/report/data.hpp>
#include <ctnn/report/format.hpp>

namespace ctnn {

namespace detail {

struct text_column {
    std::string_view title;
    bool right_aligned;
    std::vector<std::string> cells;
    std::size_t width = 0;
};

/// The columns of a report's rows, cells as text (digits grouped), in display order: the index
/// and the layer, then the columns of report_columns shown in text (report/columns.hpp).
inline std::vector<text_column> row_columns(const Report& r, const ReportOptions& o,
                                            bool indent_names) {
    bool nested = false;  // paths such as 3.2.1 read better left-aligned
    for (std::size_t i = 0; i < r.count; ++i)
        nested = nested || (r.rows[i].depth > 0 && o.depth != 0);
    const std::vector<const Column*> in_text_columns = shown_columns(r, o, in_text);
    std::vector<text_column> columns{{"#", !nested, {}}, {"Layer", false, {}}};
    for (const Column* c : in_text_columns)  // numbers right-aligned, shapes left
        columns.push_back({c->title, c->value(r.rows[0]).of != Cell::type::shape, {}});
    const std::vector<std::string> paths = row_paths(r.rows, r.count);
    for (std::size_t i = 0; i < r.count; ++i) {
        const Row& row = r.rows[i];
        if (!shown(row, o.depth)) continue;
        columns[0].cells.push_back(paths[i]);
        columns[1].cells.push_back(
            (indent_names ? std::string(2 * static_cast<std::size_t>(row.depth), ' ') : std::string()) +
            std::string(row.name));
        for (std::size_t c = 0; c < in_text_columns.size(); ++c)
            columns[c + 2].cells.push_back(cell_text(in_text_columns[c]->value(row)));
    }
    for (text_column& col : columns) {
        col.width = col.title.size();
        for (const auto& cell : col.cells) col.width = cell.size() > col.width ? cell.size() : col.width;
    }
    return columns;
}

/// One line of the totals: a label, a number, and what it means.
struct figure_line {
    std::string_view label;
    std::string value;
    std::string note;
};

/// The totals of a report, shared by the console table and Markdown.
inline std::vector<figure_line> totals_lines(const Report& r, const ReportOptions& o) {
    const Totals& t = r.totals;
    const Ops& ops = t.ops;
    const Field& f = t.field;
    const std::string as = " as " + std::string(o.element);
    return {
        {"Activations:", group_digits(t.activations),
         megabytes(bytes(t.activations, o)) + as + " (input + every output not computed in place)"},
        {"Peak activations:", group_digits(t.peak),
         megabytes(bytes(t.peak, o)) + as + " (each tensor freed after its last use)"},
        {"MACs:", group_digits(ops.macs),
         "multiply-accumulates of convolutions and FC layers (FLOPs: " +
             group_digits(checked_mul(2, ops.macs)) + ")"},
        {"All operations:", group_digits(ops.total()),
         "2 per MAC + bias " + group_digits(ops.bias) + " + normalization " +
             group_digits(ops.normalization) + " + pooling " + group_digits(ops.pooling) +
             " + activation " + group_digits(ops.activation) + " + elementwise " +
             group_digits(ops.elementwise)},
        {"Receptive field:", field_text(f),
         !f.known() ? "not a whole number of input pixels (upsampling by a factor that does not "
                      "divide the jump)"
                    : "pixels for one output position, " + std::to_string(f.jump_h) +
                          (f.jump_h == f.jump_w ? "" : "x" + std::to_string(f.jump_w)) +
                          " apart, starting at " + std::to_string(f.start_h) +
                          (f.start_h == f.start_w ? "" : "," + std::to_string(f.start_w))},
        {"Params (learnable):", group_digits(t.params),
         "weights " + group_digits(t.weights) + " + biases " + group_digits(t.biases) +
             (t.frozen == 0 ? "" : ", " + group_digits(t.frozen) + " of them frozen")},
        {"Non-trainable params:", group_digits(t.non_trainable),
         t.frozen == 0 ? std::string("BatchNorm moving mean and variance")
                       : "moving statistics " + group_digits(t.non_trainable - t.frozen) +
                             " + frozen " + group_digits(t.frozen)},
        {"Total params:", group_digits(t.total_params), megabytes(bytes(t.total_params, o)) + as},
    };
}

/// "VGG16: 224x224x3 -> 1000, 39 layers"
inline std::string headline(const Report& r) {
    std::string s = std::string(r.network) + ": " + to_string(r.rows[0].output) + " -> " +
                    to_string(r.output) + ", " + std::to_string(r.totals.layers) +
                    (r.totals.layers == 1 ? " layer" : " layers");
    if (r.totals.rows != r.totals.layers + 1) s += ", " + std::to_string(r.totals.rows) + " rows";
    return s;
}

inline std::string padded(std::string_view s, std::size_t width, bool right) {
    const std::string fill(width - s.size(), ' ');
    return right ? fill + std::string(s) : std::string(s) + fill;
}

/// `n` copies of a (possibly multi-byte) string.
inline std::string repeat_text(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

}  // namespace detail

/// Prints report `r` as a console table.
inline void write_table(std::ostream& os, const Report& r, const ReportOptions& o = {}) {
    using namespace detail;
    const std::vector<text_column> columns = row_columns(r, o, true);
    const std::size_t rows = columns[0].cells.size();
    const bool box = o.style == TableStyle::box;
    // A horizontal line: (left, fill, join, right) characters.
    const auto rule = [&](std::string_view l, std::string_view fill, std::string_view j,
                          std::string_view rt) {
        // Appended piece by piece: g++ 12 at -O2/-O3 warns (-Wrestrict, a false positive) on
        // the inlined `std::string&& + std::string&&` this once was.
        std::string s(l);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (c != 0) s += j;
            s += repeat_text(fill, columns[c].width + (box ? 2 : 0));
        }
        s += rt;
        return s;
    };
    const auto line = [&](auto&& cell_of) {
        std::string s = box ? "│ " : "";
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (c != 0) s += box ? " │ " : "  ";
            const std::string cell = cell_of(columns[c]);
            const bool last = c + 1 == columns.size();
            s += !box && last && !columns[c].right_aligned
                     ? cell
                     : padded(cell, columns[c].width, columns[c].right_aligned);
        }
        return s + (box ? " │" : "");
    };
    os << headline(r) << '\n';
    os << (box ? rule("┌", "─", "┬", "┐") : rule("", "=", "==", "")) << '\n';
    os << line([](const text_column& c) { return std::string(c.title); }) << '\n';
    os << (box ? rule("├", "─", "┼", "┤") : rule("", "-", "--", "")) << '\n';
    for (std::size_t i = 0; i < rows; ++i)
        os << line([i](const text_column& c) { return c.cells[i]; }) << '\n';
    os << (box ? rule("└", "─", "┴", "┘") : rule("", "=", "==", "")) << '\n';

    const std::vector<figure_line> figures = totals_lines(r, o);
    std::size_t label_width = 0, value_width = 0;
    for (const auto& f : figures) {
        label_width = f.label.size() > label_width ? f.label.size() : label_width;
        value_width = f.value.size() > value_width ? f.value.size() : value_width;
    }
    for (const auto& f : figures)
        os << padded(f.label, label_width, false) << "  " << padded(f.value, value_width, true)
           << "  " << f.note << '\n';
}

/// Prints network N as a console table.
template <class N>
void table(std::ostream& os, const ReportOptions& o = {}) {
    write_table(os, report_of<N>(), o);
}

/// Network N's console table as a string.
template <class N>
std::string table_string(const ReportOptions& o = {}) {
    std::ostringstream os;
    table<N>(os, o);
    return os.str();
}

}  // namespace ctnn
