#pragma once
// ctnn/report/markdown.hpp: the report as GitHub-flavoured Markdown, for a README or a paper.
//
//   ctnn::markdown<VGG16>(std::cout, {.depth = 0});
//
// A heading with the network, a table of the rows shown (numbers right-aligned, digits grouped;
// nesting shows in the index, 3.2.1), and a table of the totals. `|` in names is escaped.

#include <cstddef>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <ctnn/report/data.hpp>
#include <ctnn/report/format.hpp>
#include <ctnn/report/table.hpp>

namespace ctnn {

namespace detail {
inline std::string markdown_cell(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '|') out += '\\';
        out += c;
    }
    return out;
}
}  // namespace detail

/// Prints report `r` as Markdown.
inline void write_markdown(std::ostream& os, const Report& r, const ReportOptions& o = {}) {
    using namespace detail;
    const std::vector<text_column> columns = row_columns(r, o, false);
    os << "### " << markdown_cell(headline(r)) << "\n\n|";
    for (const auto& c : columns) os << ' ' << c.title << " |";
    os << "\n|";
    for (const auto& c : columns) os << (c.right_aligned ? "---:|" : "---|");
    os << '\n';
    for (std::size_t i = 0; i < columns[0].cells.size(); ++i) {
        os << '|';
        for (const auto& c : columns) os << ' ' << markdown_cell(c.cells[i]) << " |";
        os << '\n';
    }
    os << "\n| Total | | |\n|---|---:|---|\n";
    for (const auto& f : totals_lines(r, o))
        os << "| " << markdown_cell(f.label.substr(0, f.label.size() - 1)) << " | " << f.value
           << " | " << markdown_cell(f.note) << " |\n";
}

/// Prints network N as Markdown.
template <class N>
void markdown(std::ostream& os, const ReportOptions& o = {}) {
    write_markdown(os, report_of<N>(), o);
}

/// Network N as Markdown, in a string.
template <class N>
std::string markdown_string(const ReportOptions& o = {}) {
    std::ostringstream os;
    markdown<N>(os, o);
    return os.str();
}

}  // namespace ctnn
