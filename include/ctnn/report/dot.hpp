#pragma once
// ctnn/report/dot.hpp: a diagram of the network for Graphviz (`dot -Tsvg net.dot > net.svg`).
//
//   ctnn::dot<ResNet50>(file, {.depth = 2});
//
// One node per layer, or per block collapsed at the options' depth, labelled with its name, its
// output shape and its parameters; an expanded block is a cluster (a box around its content,
// labelled with its name). Edges follow the data: a Sequential or a Repeat chains its children;
// a Residual's body and shortcut both start from the block's input and meet at a "+" node (an
// Identity shortcut is the edge itself); Concat's and ChannelSplit's branches meet at a
// "concat" node; a Gate's branch and its input meet at a "x" node; an Aux branch leaves the
// main path, which goes on from the block's input.

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

/// A DOT string: quotes and backslashes escaped, line breaks as DOT's \n.
inline std::string dot_quoted(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + '"';
}

/// A node's id: a letter and a number ("r12"). Appended rather than written `"r" + number`:
/// g++ 12 at -O2/-O3 warns (-Wrestrict, a false positive) on that inlined concatenation.
inline std::string node_id(char letter, std::size_t i) {
    std::string id(1, letter);
    id += std::to_string(i);
    return id;
}

struct dot_writer {
    const Report& r;
    const ReportOptions& o;
    std::vector<const Column*> columns;
    std::vector<std::vector<std::size_t>> children;
    std::ostringstream nodes;  // node and cluster declarations, nested
    std::ostringstream edges;
    int indent = 1;

    std::string pad() const { return std::string(2 * static_cast<std::size_t>(indent), ' '); }
    void edge(const std::string& from, const std::string& to) {
        edges << "  " << from << " -> " << to << ";\n";
    }
    /// A node for row i (a layer, or a collapsed block), fed from `source`, labelled with its
    /// name and the diagram's columns (report/columns.hpp): a shape, and counts that are not 0
    /// with their unit ("75,008 params").
    std::string node(std::size_t i, const std::string& source) {
        const Row& row = r.rows[i];
        std::string label(row.name);
        for (const Column* c : columns) {
            const Cell cell = c->value(row);
            if (cell.of == Cell::type::count && cell.count == 0) continue;
            label += '\n' + cell_text(cell);
            if (cell.of == Cell::type::count) label += ' ' + std::string(c->unit);
        }
        const std::string id = node_id('r', i);
        nodes << pad() << id << " [label=" << dot_quoted(label)
              << (row.is_block() ? ", style=\"rounded,filled\", fillcolor=\"#eef2f7\"" : "") << "];\n";
        if (!source.empty()) edge(source, id);
        return id;
    }
    std::string join(std::size_t i, std::string_view label) {
        const std::string id = node_id('j', i);
        nodes << pad() << id << " [label=" << dot_quoted(label)
              << ", shape=circle, width=0.3, fixedsize=false, fontsize=9];\n";
        return id;
    }
    bool identity(std::size_t i) const {
        return !r.rows[i].is_block() && r.rows[i].name == "Identity";
    }
    /// Emits row i and its subtree fed from `source`; returns the node the data leaves from.
    std::string emit(std::size_t i, const std::string& source) {
        const Row& row = r.rows[i];
        const auto& kids = children[i];
        if (!row.is_block() || kids.empty() || (o.depth >= 0 && row.depth >= o.depth))
            return node(i, source);
        nodes << pad() << "subgraph cluster_" << i << " {\n";
        ++indent;
        nodes << pad() << "label=" << dot_quoted(row.name) << "; style=rounded; color=\"#8899aa\";\n";
        std::string out = source;
        switch (row.kind->flow) {
            case Flow::parallel: {  // every child reads the input; they meet at the join
                const std::string j = join(i, row.kind->join);
                for (std::size_t k : kids) edge(identity(k) ? source : emit(k, source), j);
                out = j;
                break;
            }
            case Flow::gate: {  // a chain from the input, whose result meets the input
                std::string g = source;
                for (std::size_t k : kids) g = emit(k, g);
                const std::string j = join(i, row.kind->join);
                edge(source, j);
                edge(g, j);
                out = j;
                break;
            }
            case Flow::side: {  // a chain off the main path, which goes on from the input
                std::string a = source;
                for (std::size_t k : kids) a = emit(k, a);
                out = source;
                break;
            }
            case Flow::chain:
            case Flow::none:
                for (std::size_t k : kids) out = emit(k, out);
        }
        --indent;
        nodes << pad() << "}\n";
        return out;
    }
};

}  // namespace detail

/// Prints report `r` as a Graphviz digraph.
inline void write_dot(std::ostream& os, const Report& r, const ReportOptions& o = {}) {
    detail::dot_writer w{r, o, detail::shown_columns(r, o, in_diagram),
                         detail::row_children(r.rows, r.count), {}, {}, 1};
    std::string current;
    for (std::size_t i : w.children[r.count]) current = w.emit(i, current);
    os << "digraph " << detail::dot_quoted(r.network) << " {\n"
       << "  rankdir=TB;\n"
       << "  node [shape=box, fontname=\"Helvetica\", fontsize=10];\n"
       << "  edge [arrowsize=0.6];\n"
       << "  label=" << detail::dot_quoted(detail::headline(r)) << "; labelloc=t; fontname=\"Helvetica\";\n"
       << w.nodes.str() << w.edges.str() << "}\n";
}

/// Prints network N as a Graphviz digraph.
template <class N>
void dot(std::ostream& os, const ReportOptions& o = {}) {
    write_dot(os, report_of<N>(), o);
}

/// Network N as a Graphviz digraph, in a string.
template <class N>
std::string dot_string(const ReportOptions& o = {}) {
    std::ostringstream os;
    dot<N>(os, o);
    return os.str();
}

}  // namespace ctnn
