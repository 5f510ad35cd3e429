#pragma once
// ctnn-import: the network between translation and structure recovery: operations on data
// tensors, each already a ctnn layer or one of the few operations that join or split branches.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "model.hpp"

namespace ctnn_import {

/// What an operation is to the structure recovery (structure.hpp).
///   layer          one ctnn layer (`layer` spells it), one data input, one output
///   add, mul, concat   joins of branches (Residual, Gate, Concat)
///   channel_slice  channels [slice_begin, slice_end) of its input: a part of a ChannelSplit
///   split          a Split of the channels into equal parts, one output each: a ChannelSplit
///   to_map         a flat C vector viewed as 1 x 1 x C (only at the end of a Gate's branch)
enum class OpKind { layer, add, mul, concat, channel_slice, split, to_map };

/// One operation.
///   layer      the ctnn spelling, with the namespace ("ctnn::Conv<3, 3, 64, ctnn::Pad<1>>")
///   inputs     the data tensors it reads (constants excluded), in order
///   outputs    the tensors it writes
///   sources    the ONNX nodes it came from, as describe() names them
///   params, statistics   learnable values and moving statistics of the initializers it reads
struct Op {
    OpKind kind = OpKind::layer;
    std::string layer;
    std::vector<std::string> inputs;
    std::vector<std::string> outputs;
    std::vector<std::string> sources;
    std::uint64_t params = 0;
    std::uint64_t statistics = 0;
    std::int64_t slice_begin = 0;
    std::int64_t slice_end = 0;
};

/// The network as operations in topological order, from the tensor `input` to `output`, with
/// the dimensions of every tensor (ONNX's order, batch 1).
struct Graph {
    std::vector<Op> ops;
    std::string input;
    std::string output;
    std::unordered_map<std::string, Dims> dims;
};

}  // namespace ctnn_import
