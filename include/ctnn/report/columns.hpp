#pragma once
// ctnn/report/columns.hpp: the per-row columns of every report, listed once.
//
// Each column says what it is called in each format, which option shows it, where it appears,
// and how its value is read from a Row; the console table, Markdown, CSV, JSON and the Graphviz
// diagram all read this one table (`report_columns`), each writing values its own way (digits
// grouped or plain, a shape as 7x7x512 or as an object, a receptive field as one cell, two
// cells or an object). Adding a per-row quantity to the reports is one entry here.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ctnn/analysis/row.hpp>
#include <ctnn/core/costs.hpp>
#include <ctnn/core/shape.hpp>

namespace ctnn {

/// The per-row columns a report shows (every format; CSV and JSON always carry the index, the
/// depth and the name). `non_trainable` is shown only when the network has any, except in JSON.
struct Columns {
    bool output = true;         ///< output shape
    bool activations = true;    ///< values added to activation memory ("in place" when none)
    bool weights = true;        ///< learnable weights
    bool biases = true;         ///< learnable biases
    bool params = true;         ///< weights + biases
    bool non_trainable = true;  ///< BatchNorm moving statistics (and frozen parameters)
    bool macs = true;           ///< multiply-accumulates
    bool live = true;           ///< values held while the row runs
    bool field = true;          ///< receptive field of an output position

    /// No column at all (then switch on the ones wanted).
    static constexpr Columns none() noexcept {
        return {false, false, false, false, false, false, false, false, false};
    }
};

/// The value of one column for one row: a count, a shape, a receptive field or operations.
struct Cell {
    enum class type : unsigned char { count, shape, field, ops };
    type of{};
    std::uint64_t count = 0;
    Shape shape{};
    Field field{};
    Ops ops{};
    std::string_view note{};  ///< shown instead of the count by the text formats ("in place")
};

/// Where a column appears.
enum ColumnFormats : unsigned {
    in_text = 1u << 0,     ///< the console table and Markdown
    in_csv = 1u << 1,
    in_json = 1u << 2,
    in_diagram = 1u << 3,  ///< the node labels of the Graphviz diagram
};

/// One per-row column of the reports.
struct Column {
    std::string_view title;   ///< header of the console table and Markdown: "Params"
    std::string_view option;  ///< its name on ctnn-report's command line: "params"
    std::string_view csv;     ///< CSV header cell(s), comma-separated: "params", "field_h,field_w"
    std::string_view json;    ///< JSON member: "params", "receptive_field"
    std::string_view unit;    ///< what a count counts, as diagrams label it: "params"
    bool Columns::*shown;     ///< the option that shows it
    unsigned formats;         ///< ColumnFormats where it appears
    bool only_if_any;         ///< text and CSV show it only when some row has a non-zero value
    bool json_line;           ///< JSON starts a new line before it (layout of the output only)
    Cell (*value)(const Row&);
};

namespace detail {
constexpr Cell output_cell(const Row& r) noexcept {
    return Cell{.of = Cell::type::shape, .shape = r.output};
}
constexpr Cell activations_cell(const Row& r) noexcept {
    return Cell{.count = r.activations, .note = r.in_place ? "in place" : ""};
}
constexpr Cell weights_cell(const Row& r) noexcept {
    return Cell{.count = r.weights};
}
constexpr Cell biases_cell(const Row& r) noexcept {
    return Cell{.count = r.biases};
}
constexpr Cell params_cell(const Row& r) noexcept {
    return Cell{.count = r.params()};
}
constexpr Cell non_trainable_cell(const Row& r) noexcept {
    return Cell{.count = r.non_trainable};
}
constexpr Cell frozen_cell(const Row& r) noexcept {
    return Cell{.count = r.frozen};
}
constexpr Cell macs_cell(const Row& r) noexcept {
    return Cell{.count = r.ops.macs};
}
constexpr Cell ops_cell(const Row& r) noexcept {
    return Cell{.of = Cell::type::ops, .ops = r.ops};
}
constexpr Cell live_cell(const Row& r) noexcept {
    return Cell{.count = r.live};
}
constexpr Cell field_cell(const Row& r) noexcept {
    return Cell{.of = Cell::type::field, .field = r.field};
}
}  // namespace detail

/// Every per-row column, in the order the reports show them.
inline constexpr Column report_columns[] = {
    {.title = "Output", .option = "output", .csv = "output", .json = "output", .unit = "",
     .shown = &Columns::output, .formats = in_text | in_csv | in_diagram, .only_if_any = false,
     .json_line = false, .value = &detail::output_cell},
    {.title = "Activations", .option = "activations", .csv = "activations", .json = "activations",
     .unit = "values", .shown = &Columns::activations, .formats = in_text | in_csv | in_json,
     .only_if_any = false, .json_line = false, .value = &detail::activations_cell},
    {.title = "Weights", .option = "weights", .csv = "weights", .json = "weights", .unit = "weights",
     .shown = &Columns::weights, .formats = in_text | in_csv | in_json, .only_if_any = false,
     .json_line = false, .value = &detail::weights_cell},
    {.title = "Biases", .option = "biases", .csv = "biases", .json = "biases", .unit = "biases",
     .shown = &Columns::biases, .formats = in_text | in_csv | in_json, .only_if_any = false,
     .json_line = false, .value = &detail::biases_cell},
    {.title = "Params", .option = "params", .csv = "params", .json = "params", .unit = "params",
     .shown = &Columns::params, .formats = in_text | in_csv | in_json | in_diagram,
     .only_if_any = false, .json_line = false, .value = &detail::params_cell},
    {.title = "Non-trainable", .option = "non-trainable", .csv = "non_trainable",
     .json = "non_trainable", .unit = "non-trainable", .shown = &Columns::non_trainable,
     .formats = in_text | in_csv | in_json, .only_if_any = true, .json_line = false,
     .value = &detail::non_trainable_cell},
    {.title = "Frozen", .option = "non-trainable", .csv = "", .json = "frozen", .unit = "frozen",
     .shown = &Columns::non_trainable, .formats = in_json, .only_if_any = false,
     .json_line = false, .value = &detail::frozen_cell},
    {.title = "MACs", .option = "macs", .csv = "macs", .json = "macs", .unit = "MACs",
     .shown = &Columns::macs, .formats = in_text | in_csv | in_json, .only_if_any = false,
     .json_line = true, .value = &detail::macs_cell},
    {.title = "Ops", .option = "macs", .csv = "", .json = "ops", .unit = "",
     .shown = &Columns::macs, .formats = in_json, .only_if_any = false, .json_line = false,
     .value = &detail::ops_cell},
    {.title = "Live", .option = "live", .csv = "live", .json = "live", .unit = "values",
     .shown = &Columns::live, .formats = in_text | in_csv | in_json, .only_if_any = false,
     .json_line = false, .value = &detail::live_cell},
    {.title = "Field", .option = "field", .csv = "field_h,field_w", .json = "receptive_field",
     .unit = "", .shown = &Columns::field, .formats = in_text | in_csv | in_json,
     .only_if_any = false, .json_line = true,
     .value = &detail::field_cell},
};

}  // namespace ctnn
