#pragma once
// ctnn-import: graph -> blocks. Recovers the series-parallel structure of the operations:
// branches that fork at one tensor and join at an Add become a Residual, at a Concat a Concat
// (a ChannelSplit when they start from equal slices of the channels), at a Mul with the forked
// tensor a Gate; nested to any depth. A graph that these blocks cannot express is refused.

#include <cstdint>
#include <string>
#include <vector>

#include "graph.hpp"

namespace ctnn_import {

struct Element;
/// Elements in turn: a Net's list, a branch, a Sequential.
using Chain = std::vector<Element>;

/// One element of a ctnn network.
///   kind       layer (one ctnn layer: `layer` spells it), residual (branches: body, shortcut;
///              an empty shortcut is the identity), concat and split (ChannelSplit: one branch
///              each, an empty one is Identity), gate (branches: the factor's layers)
///   sources    the ONNX nodes it came from (for a block: the nodes that fork and join)
///   output     the tensor it writes
///   params, statistics   read from the file's initializers, the element's layers included
struct Element {
    enum class Kind { layer, residual, concat, split, gate };
    Kind kind = Kind::layer;
    std::string layer;
    std::vector<std::string> sources;
    std::vector<Chain> branches;
    std::string output;
    std::uint64_t params = 0;
    std::uint64_t statistics = 0;
};

/// The network from the graph's input to its output, as ctnn elements. Throws ImportError
/// naming the nodes where the graph is not series-parallel in the way ctnn's blocks are.
Chain recover_structure(const Graph& graph);

}  // namespace ctnn_import
