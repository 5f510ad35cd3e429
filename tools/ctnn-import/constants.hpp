#pragma once
// ctnn-import: static evaluation. The constant subgraphs that exporters write for reshapes,
// slices and resizes (Shape, Gather, Unsqueeze, Div, Slice, Concat of shapes, Constant, ...)
// are evaluated on the shapes ONNX's shape inference gives, and replaced by initializers, so
// that shape inference can then see through them; Identity nodes that point at initializers
// become the initializers themselves.

#include "model.hpp"

namespace ctnn_import {

/// Runs ONNX's shape inference on `model.proto` and folds every node whose result is known
/// statically, again and again until nothing more folds; then fills `model.dims`,
/// `model.values` and `model.nodes` (the nodes left, in topological order). Throws ImportError
/// if ONNX's shape inference rejects the graph.
void infer_and_fold(Model& model);

}  // namespace ctnn_import
