#pragma once
// ctnn-import: reading an ONNX file, checking that it is a network ctnn can take, and the facts
// the rest of the importer reads from it (shapes from ONNX's shape inference, constant values).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <onnx/onnx_pb.h>

namespace ctnn_import {

/// A tensor's dimensions in ONNX's order (N x C x H x W for a map, N x F for a vector); -1 where
/// ONNX's shape inference leaves a dimension unknown.
using Dims = std::vector<std::int64_t>;

/// The input size the command line gives (--input HxWxC), for files whose height and width are
/// dynamic.
struct InputSize {
    std::int64_t h = 0;
    std::int64_t w = 0;
    std::int64_t c = 0;
};

/// A tensor whose value is known without running the network: an initializer, a Constant node's
/// value, or the result of a constant subgraph (Shape, Gather, Concat of shapes, ...) evaluated on
/// the static shapes.
///   dims      its shape (empty for a scalar)
///   integer   true for integer element types (shape arithmetic), false for floating point
///   ints / reals   the elements, when read (integers / floating point, in row-major order)
///   tensor    the initializer it is, if it is one (weights are counted, never read whole)
struct Value {
    Dims dims;
    std::int32_t type = onnx::TensorProto::FLOAT;  // the element type (onnx::TensorProto::DataType)
    bool integer = false;
    std::vector<std::int64_t> ints;
    std::vector<double> reals;
    const onnx::TensorProto* tensor = nullptr;

    /// Number of elements (1 for a scalar).
    std::int64_t count() const;
    /// The elements as integers / as floating point numbers, read from the initializer when
    /// needed; throws ImportError naming `what` for a tensor of another type.
    std::vector<std::int64_t> as_ints(const std::string& what) const;
    std::vector<double> as_reals(const std::string& what) const;
};

/// The model as ctnn-import reads it.
///   proto      the file, after ONNX's shape inference and with its constant subgraphs folded
///              into initializers
///   input, output   the names of the graph's one input and one output tensor
///   dims       every tensor's dimensions that shape inference (or the file) gives
///   values     every tensor whose value is known statically (initializers included)
///   nodes      the nodes that compute on the data (everything else was constant), in
///              topological order
struct Model {
    Model() = default;
    Model(const Model&) = delete;  // `values` and `nodes` point into `proto`
    Model& operator=(const Model&) = delete;

    std::string file;
    std::string producer;
    std::int64_t opset = 0;
    onnx::ModelProto proto;
    std::string input;
    std::string output;
    std::unordered_map<std::string, Dims> dims;
    std::unordered_map<std::string, Value> values;
    std::vector<const onnx::NodeProto*> nodes;

    /// The dimensions of a tensor; throws ImportError if ONNX's shape inference gives none, or
    /// leaves one unknown.
    const Dims& dims_of(const std::string& tensor, const onnx::NodeProto& reader) const;
    /// The value of a constant tensor, or nullptr if it depends on the input.
    const Value* value_of(const std::string& tensor) const;
};

/// Reads and checks the file at `path`: an ONNX model with one input (N x C x H x W with N 1
/// or dynamic, or N x F) and one output; `input` fixes dynamic height and width. Runs ONNX's
/// shape inference and folds the constant subgraphs (constants.hpp). Throws ImportError with a
/// message for the user on anything ctnn-import cannot take.
std::unique_ptr<Model> read_model(const std::string& path, const std::optional<InputSize>& input);

/// A node as the messages name it: its op type and name ("Conv '/conv1/Conv'"), or its first
/// output's name when the node has none.
std::string describe(const onnx::NodeProto& node);

/// The shape of a tensor as ctnn prints it: "224x224x3" for N x C x H x W, "1000" for N x F.
std::string shape_text(const Dims& dims);

}  // namespace ctnn_import
