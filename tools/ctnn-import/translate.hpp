#pragma once
// ctnn-import: operator -> ctnn layer. Each supported ONNX operator (or pattern of operators:
// x * sigmoid(x), MatMul + Add, Reshape-Transpose-Reshape, ...) becomes one ctnn layer, or one
// of the operations that fork and join branches (graph.hpp); anything else is refused.

#include <string>
#include <utility>
#include <vector>

#include "graph.hpp"
#include "model.hpp"

namespace ctnn_import {

/// The operations of `model`'s data nodes, in topological order, with the no-ops removed
/// (Pad by zero rows, Concat of one tensor, Reshape to the same shape) and the concatenations
/// that repeat an earlier one's inputs rewritten to read it (DenseNet's growing Concat(x0, x1,
/// ..., xk) becomes Concat(Concat(x0, ..., xk-1), xk): concatenation is associative). Throws
/// ImportError naming the node for an operator, or a use of one, that ctnn cannot express.
Graph translate(const Model& model);

/// Every ONNX operator ctnn-import takes and what it becomes: (op type, ctnn layer and
/// conditions), in alphabetical order. The error for an unsupported operator lists them, and
/// `ctnn-import --operators` prints them.
const std::vector<std::pair<std::string, std::string>>& supported_operators();

}  // namespace ctnn_import
