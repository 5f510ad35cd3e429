#pragma once
// ctnn/report/summary.hpp: the layer-by-layer table, printed at run time from the constexpr rows.
//
//   ctnn::summary<VGG16>(std::cout);
//
// Columns: index (as shape_at takes it; "3.2" is the second child of the block at 3), the layer
// as written (indented by its nesting depth), output shape, activations (values
// the layer adds to activation memory; "in place" for layers that add none), weights, biases,
// parameters, and non-trainable parameters when the network has any. Then the totals:
// activation values and memory, then parameters (learnable, non-trainable, and last the total
// with its memory); memory as float32, in MB = 10^6 bytes and MiB = 2^20 bytes. Output is
// identical on every compiler.

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <ctnn/analysis/memory.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/analysis/table.hpp>
#include <ctnn/compose/walk.hpp>
#include <ctnn/report/format.hpp>

namespace ctnn {

namespace detail {

struct text_column {
    std::string_view title;
    bool right_aligned;
    std::vector<std::string> cells;
    std::size_t width = 0;
};

/// Bytes of the parameters and of the activations at 4 bytes per value (checked at compile time).
struct float32_bytes {
    std::uint64_t params;
    std::uint64_t activations;
};

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

inline void print_summary(std::ostream& os, std::string_view network, const Row* rows,
                          std::size_t count, const Totals& totals, float32_bytes bytes,
                          const Shape& output, int max_depth) {
    const bool show_non_trainable = totals.non_trainable != 0;
    const std::vector<std::string> paths = row_paths(rows, count);
    bool nested = false;  // paths such as 3.2.1 read better left-aligned
    for (std::size_t i = 0; i < count; ++i) nested = nested || (rows[i].depth > 0 && (max_depth < 0 || max_depth > 0));
    std::vector<text_column> columns{{"#", !nested, {}},           {"Layer", false, {}},
                                     {"Output", false, {}},     {"Activations", true, {}},
                                     {"Weights", true, {}},     {"Biases", true, {}},
                                     {"Params", true, {}}};
    if (show_non_trainable) columns.push_back({"Non-trainable", true, {}});
    for (std::size_t i = 0; i < count; ++i) {
        const Row& r = rows[i];
        if (max_depth >= 0 && r.depth > max_depth) continue;
        columns[0].cells.push_back(paths[i]);
        columns[1].cells.push_back(std::string(2 * static_cast<std::size_t>(r.depth), ' ') +
                                   std::string(r.name));
        columns[2].cells.push_back(to_string(r.output));
        columns[3].cells.push_back(r.in_place ? "in place" : group_digits(r.activations));
        columns[4].cells.push_back(group_digits(r.weights));
        columns[5].cells.push_back(group_digits(r.biases));
        columns[6].cells.push_back(group_digits(r.params()));
        if (show_non_trainable) columns[7].cells.push_back(group_digits(r.non_trainable));
    }
    for (auto& c : columns) {
        c.width = c.title.size();
        for (const auto& cell : c.cells) c.width = cell.size() > c.width ? cell.size() : c.width;
    }
    const auto pad = [&os](std::string_view s, std::size_t width, bool right) {
        if (right) os << std::string(width - s.size(), ' ') << s;
        else os << s << std::string(width - s.size(), ' ');
    };
    const auto line = [&](auto&& cell_of) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (c != 0) os << "  ";
            const bool last = c + 1 == columns.size();
            const std::string s = cell_of(columns[c]);
            if (last && !columns[c].right_aligned) os << s;
            else pad(s, columns[c].width, columns[c].right_aligned);
        }
        os << '\n';
    };
    std::size_t total_width = 0;
    for (const auto& c : columns) total_width += c.width + 2;
    total_width -= 2;

    os << network << ": " << to_string(rows[0].output) << " -> " << to_string(output) << ", "
       << totals.layers << (totals.layers == 1 ? " layer" : " layers");
    if (totals.rows != totals.layers + 1) os << ", " << totals.rows << " rows";
    os << '\n';
    os << std::string(total_width, '=') << '\n';
    line([](const text_column& c) { return std::string(c.title); });
    os << std::string(total_width, '-') << '\n';
    for (std::size_t i = 0; i < columns[0].cells.size(); ++i)
        line([i](const text_column& c) { return c.cells[i]; });
    os << std::string(total_width, '=') << '\n';

    const std::string learnable = group_digits(totals.params);
    const std::string non_trainable = group_digits(totals.non_trainable);
    const std::string total = group_digits(totals.total_params);
    const std::string values = group_digits(totals.activations);
    std::size_t w = learnable.size();
    for (const auto* s : {&non_trainable, &total, &values}) w = s->size() > w ? s->size() : w;
    const auto figure = [&](std::string_view label, const std::string& v) {
        os << label << std::string(w - v.size(), ' ') << v;
    };
    figure("Activations:             ", values);
    os << "  " << megabytes(bytes.activations)
       << " as float32 (input + every output not computed in place)\n";
    figure("Params (learnable):      ", learnable);
    os << "  weights " << group_digits(totals.weights) << " + biases "
       << group_digits(totals.biases) << '\n';
    figure("Non-trainable params:    ", non_trainable);
    os << "  BatchNorm moving mean and variance\n";
    figure("Total params:            ", total);
    os << "  " << megabytes(bytes.params) << " as float32\n";
}

}  // namespace detail

/// Show every row, however deeply nested.
inline constexpr int all_depths = -1;

/// Prints N's layer-by-layer table and totals to `os`: the rows down to nesting depth
/// `max_depth` (0: the Net's own elements, blocks collapsed, like Keras' summary; 1: and their
/// children, like torchinfo's depth=2; all_depths: everything). The totals are always the
/// whole network's.
template <network N>
void summary(std::ostream& os, int max_depth = all_depths) {
    const auto& r = rows<N>;
    detail::print_summary(os, network_name<N>, r.data(), r.size(), totals<N>,
                          {param_bytes<N, float>, activation_bytes<N, float>}, output_shape<N>,
                          max_depth);
}

/// N's layer-by-layer table and totals as a string (see summary).
template <network N>
std::string summary_string(int max_depth = all_depths) {
    std::ostringstream os;
    summary<N>(os, max_depth);
    return os.str();
}

}  // namespace ctnn
