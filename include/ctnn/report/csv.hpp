#pragma once
// ctnn/report/csv.hpp: the rows as CSV (RFC 4180), to plot or to load into a spreadsheet.
//
//   ctnn::csv<ResNet50>(file, {.depth = 1});
//
// One header line, then one line per row shown. Always: index (the path, 3.2.1), depth, kind
// (input, layer, or the kind a block declares: docs/reports.md lists ctnn's), name, input
// shape; then the chosen columns of
// report/columns.hpp: shapes as text, counts as plain integers (no digit groups), the
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
    const std::vector<const Column*> columns = shown_columns(r, o, in_csv);
    os << "index,depth,kind,name,input";
    for (const Column* c : columns) os << ',' << c->csv;
    os << "\r\n";
    const std::vector<std::string> paths = row_paths(r.rows, r.count);
    for (std::size_t i = 0; i < r.count; ++i) {
        const Row& row = r.rows[i];
        if (!shown(row, o.depth)) continue;
        os << paths[i] << ',' << row.depth << ',' << row.kind->name << ','
           << csv_field(row.name) << ',' << to_string(row.input);
        for (const Column* c : columns) {
            const Cell cell = c->value(row);
            os << ',';
            if (cell.of == Cell::type::shape)
                os << to_string(cell.shape);
            else if (cell.of != Cell::type::field)
                os << cell.count;
            else if (cell.field.known())
                os << cell.field.size_h << ',' << cell.field.size_w;
            else
                os << ',';  // not a whole number of pixels (field_text)
        }
        os << "\r\n";
    }
}

/// Prints network N as CSV.
template <class N>
void csv(std::ostream& os, const ReportOptions& o = {}) {
    write_csv(os, report_of<N>(), o);
}

/// Network N as CSV, in a string.
template <class N>
std::string csv_string(const ReportOptions& o = {}) {
    std::ostringstream os;
    csv<N>(os, o);
    return os.str();
}

}  // namespace ctnn
