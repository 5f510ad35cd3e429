#pragma once
// ctnn/report/summary.hpp: the layer-by-layer table, printed at run time from the constexpr rows.
//
//   ctnn::summary<VGG16>(std::cout);
//
// Columns: index (as shape_at takes it; "3.2" is the second child of the block at 3), the layer
// as written (indented by its nesting depth), output shape, activations (values the layer adds
// to activation memory; "in place" for layers that add none), weights, biases, parameters,
// non-trainable parameters when the network has any, multiply-accumulates, the values held in
// memory while the layer runs (the inference peak is the largest), and the receptive field of
// an output position. Then the totals: activation values and the inference peak,
// MACs and every operation, parameters (learnable, non-trainable, and the total with its
// memory), and the output's receptive field; memory as float32, in MB = 10^6 bytes and
// MiB = 2^20 bytes. Output is identical on every compiler.

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <ctnn/analysis/memory.hpp>
#include <ctnn/analysis/ops.hpp>
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

/// What the totals block prints besides Totals: float32 bytes (checked at compile time).
struct summary_figures {
    std::uint64_t param_bytes;
    std::uint64_t activation_bytes;
    std::uint64_t peak_bytes;
    Shape output;
};

/// "212" for a square field, "212x196" otherwise.
inline std::string field_text(const Field& f) {
    return f.size_h == f.size_w ? std::to_string(f.size_h)
                                : std::to_string(f.size_h) + "x" + std::to_string(f.size_w);
}

inline void print_summary(std::ostream& os, std::string_view network, const Row* rows,
                          std::size_t count, const Totals& totals, const summary_figures& figures,
                          int max_depth) {
    const bool show_non_trainable = totals.non_trainable != 0;
    const std::vector<std::string> paths = row_paths(rows, count);
    bool nested = false;  // paths such as 3.2.1 read better left-aligned
    for (std::size_t i = 0; i < count; ++i)
        nested = nested || (rows[i].depth > 0 && max_depth != 0);
    std::vector<text_column> columns{{"#", !nested, {}},       {"Layer", false, {}},
                                     {"Output", false, {}},    {"Activations", true, {}},
                                     {"Weights", true, {}},    {"Biases", true, {}},
                                     {"Params", true, {}}};
    if (show_non_trainable) columns.push_back({"Non-trainable", true, {}});
    columns.push_back({"MACs", true, {}});
    columns.push_back({"Live", true, {}});
    columns.push_back({"Field", true, {}});
    for (std::size_t i = 0; i < count; ++i) {
        const Row& r = rows[i];
        if (max_depth >= 0 && r.depth > max_depth) continue;
        std::size_t c = 0;
        columns[c++].cells.push_back(paths[i]);
        columns[c++].cells.push_back(std::string(2 * static_cast<std::size_t>(r.depth), ' ') +
                                     std::string(r.name));
        columns[c++].cells.push_back(to_string(r.output));
        columns[c++].cells.push_back(r.in_place ? "in place" : group_digits(r.activations));
        columns[c++].cells.push_back(group_digits(r.weights));
        columns[c++].cells.push_back(group_digits(r.biases));
        columns[c++].cells.push_back(group_digits(r.params()));
        if (show_non_trainable) columns[c++].cells.push_back(group_digits(r.non_trainable));
        columns[c++].cells.push_back(group_digits(r.ops.macs));
        columns[c++].cells.push_back(group_digits(r.live));
        columns[c++].cells.push_back(field_text(r.field));
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

    os << network << ": " << to_string(rows[0].output) << " -> " << to_string(figures.output)
       << ", " << totals.layers << (totals.layers == 1 ? " layer" : " layers");
    if (totals.rows != totals.layers + 1) os << ", " << totals.rows << " rows";
    os << '\n';
    os << std::string(total_width, '=') << '\n';
    line([](const text_column& c) { return std::string(c.title); });
    os << std::string(total_width, '-') << '\n';
    for (std::size_t i = 0; i < columns[0].cells.size(); ++i)
        line([i](const text_column& c) { return c.cells[i]; });
    os << std::string(total_width, '=') << '\n';

    // The totals: one figure per line, numbers aligned.
    const Ops& o = totals.ops;
    const Field& f = totals.field;
    struct figure_line {
        std::string_view label;
        std::string value;
        std::string note;
    };
    const figure_line lines[] = {
        {"Activations:", group_digits(totals.activations),
         megabytes(figures.activation_bytes) +
             " as float32 (input + every output not computed in place)"},
        {"Peak activations:", group_digits(totals.peak),
         megabytes(figures.peak_bytes) + " as float32 (each tensor freed after its last use)"},
        {"MACs:", group_digits(o.macs),
         "multiply-accumulates of convolutions and FC layers (FLOPs: " +
             group_digits(checked_mul(2, o.macs)) + ")"},
        {"All operations:", group_digits(o.total()),
         "2 per MAC + bias " + group_digits(o.bias) + " + normalization " +
             group_digits(o.normalization) + " + pooling " + group_digits(o.pooling) +
             " + activation " + group_digits(o.activation) + " + elementwise " +
             group_digits(o.elementwise)},
        {"Receptive field:", field_text(f),
         "pixels for one output position, " + std::to_string(f.jump_h) +
             (f.jump_h == f.jump_w ? "" : "x" + std::to_string(f.jump_w)) +
             " apart, starting at " + std::to_string(f.start_h) +
             (f.start_h == f.start_w ? "" : "," + std::to_string(f.start_w))},
        {"Params (learnable):", group_digits(totals.params),
         "weights " + group_digits(totals.weights) + " + biases " + group_digits(totals.biases)},
        {"Non-trainable params:", group_digits(totals.non_trainable),
         "BatchNorm moving mean and variance"},
        {"Total params:", group_digits(totals.total_params),
         megabytes(figures.param_bytes) + " as float32"},
    };
    std::size_t label_width = 0, value_width = 0;
    for (const auto& l : lines) {
        label_width = l.label.size() > label_width ? l.label.size() : label_width;
        value_width = l.value.size() > value_width ? l.value.size() : value_width;
    }
    for (const auto& l : lines) {
        pad(l.label, label_width, false);
        os << "  ";
        pad(l.value, value_width, true);
        os << "  " << l.note << '\n';
    }
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
    // Bytes as float32, saturated rather than checked: a network whose counts fit in 64 bits
    // but whose bytes do not can still be printed.
    const Totals& t = totals<N>;
    detail::print_summary(os, network_name<N>, r.data(), r.size(), t,
                          {checked_mul(t.total_params, 4), checked_mul(t.activations, 4),
                           checked_mul(t.peak, 4), output_shape<N>},
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
