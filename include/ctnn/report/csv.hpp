#pragma once
// ctnn/report/csv.hpp: the rows as CSV (RFC 4180), to plot or to load into a spreadsheet.
//
//   ctnn::csv<ResNet50>(file, {.depth = 1});
//
// One header line, then one line per row shown. Always: index (the path, 3.2.1), depth, kind
// (input, layer, sequential, residual, concat, split, repeat, gate, aux), name; then the chosen
// columns: output (and input) shapes as text, counts as plain integers (no digit groups), the
// receptive field as field_h and field_w. Fields with a comma, a quote or a line break are
// quoted, quotes doubled; lines end with CRLF, as RFC 4180 says.

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
inline std::string csv_field(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}
}  // namespace detail

/// Prints report `r` as CSV.
inline void write_csv(std::ostream& os, const Report& r, const ReportOptions& o = {}) {
    using namespace detail;
    const Columns& c = o.columns;
    const bool nt = c.non_trainable && r.totals.non_trainable != 0;
    std::vector<std::string_view> header{"index", "depth", "kind", "name", "input"};
    if (c.output) header.push_back("output");
    if (c.activations) header.push_back("activations");
    if (c.weights) header.push_back("weights");
    if (c.biases) header.push_back("biases");
    if (c.params) header.push_back("params");
    if (nt) header.push_back("non_trainable");
    if (c.macs) header.push_back("macs");
    if (c.live) header.push_back("live");
    if (c.field) {
        header.push_back("field_h");
        header.push_back("field_w");
    }
    for (std::size_t i = 0; i < header.size(); ++i) os << (i ? "," : "") << header[i];
    os << "\r\n";
    const std::vector<std::string> paths = row_paths(r.rows, r.count);
    for (std::size_t i = 0; i < r.count; ++i) {
        const Row& row = r.rows[i];
        if (!shown(row, o.depth)) continue;
        os << paths[i] << ',' << row.depth << ',' << kind_name(row.kind) << ','
           << csv_field(row.name) << ',' << to_string(row.input);
        if (c.output) os << ',' << to_string(row.output);
        if (c.activations) os << ',' << row.activations;
        if (c.weights) os << ',' << row.weights;
        if (c.biases) os << ',' << row.biases;
        if (c.params) os << ',' << row.params();
        if (nt) os << ',' << row.non_trainable;
        if (c.macs) os << ',' << row.ops.macs;
        if (c.live) os << ',' << row.live;
        if (c.field) {
            if (row.field.known())
                os << ',' << row.field.size_h << ',' << row.field.size_w;
            else
                os << ",,";  // not a whole number of pixels (field_text)
        }
        os << "\r\n";
    }
}

/// Prints network N as CSV.
template <network N>
void csv(std::ostream& os, const ReportOptions& o = {}) {
    write_csv(os, report_of<N>(), o);
}

/// Network N as CSV, in a string.
template <network N>
std::string csv_string(const ReportOptions& o = {}) {
    std::ostringstream os;
    csv<N>(os, o);
    return os.str();
}

}  // namespace ctnn
