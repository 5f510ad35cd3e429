#pragma once
// ctnn/report/summary.hpp: the layer-by-layer table of a network, the shortest way to print it.
//
//   ctnn::summary<VGG16>(std::cout);      // every row
//   ctnn::summary<ResNet50>(std::cout, 1); // the Net's elements and their children
//
// The console table of report/table.hpp with its default columns, in ASCII, memory as float32;
// see there for what each column and total means. For other columns, styles, element types or
// formats (Markdown, CSV, JSON, Graphviz), use the format's own header.

#include <ostream>
#include <string>

#include <ctnn/report/table.hpp>

namespace ctnn {

/// Prints N's layer-by-layer table and totals to `os`, down to nesting depth `max_depth`
/// (0: the Net's own elements, blocks collapsed, like Keras' summary; all_depths: everything).
template <class N>
void summary(std::ostream& os, int max_depth = all_depths) {
    table<N>(os, {.depth = max_depth});
}

/// N's layer-by-layer table and totals as a string (see summary).
template <class N>
std::string summary_string(int max_depth = all_depths) {
    return table_string<N>({.depth = max_depth});
}

}  // namespace ctnn
