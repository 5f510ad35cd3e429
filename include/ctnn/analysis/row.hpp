#pragma once
// ctnn/analysis/row.hpp: what the analysis of a network produces: one Row per layer or block,
// and the Totals. Every query and every report reads these.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ctnn/core/block.hpp>
#include <ctnn/core/checked.hpp>
#include <ctnn/core/costs.hpp>
#include <ctnn/core/shape.hpp>

namespace ctnn {

/// Row: what the analysis knows about one layer or block, the unit of every report.
///
/// Rows are in pre-order: a block's row comes before the rows of its children. `depth` is 0
/// for the elements of the Net itself, 1 for their children, and so on; `index` is the index
/// of the enclosing top-level element, as `shape_at` takes it (0 = the input), and `position`
/// the 1-based place of the row within its parent (for a top-level row, its index). `kind`
/// says what the row is: the input, a layer, or a block of some kind (its name, and how data
/// flows through its children: core/block.hpp).
///
/// Counts of a block row are the sums over its children, plus what the block does itself
/// (Concat writes its concatenation to a new buffer, Residual adds two tensors). `outputs` is
/// the size of the output tensor; `activations` is what the row adds to activation memory: its
/// output size for a leaf that writes a new buffer, 0 for one that runs in place (activations,
/// BatchNorm at inference) or is a view (Flatten, Dropout, Identity); so the sum of
/// `activations` over the top-level rows, input included, is the network's activation count.
/// `live` is the largest number of values held in memory while the row runs, when each tensor
/// is freed after its last use (docs/conventions.md); `field` is the receptive field of one of
/// its output positions.
///
/// Parameters: `weights` and `biases` are every learnable parameter (PyTorch's parameters(),
/// frozen or not); `frozen` is the part of them inside a Frozen block; `non_trainable` is what
/// Keras calls non-trainable: moving statistics (BatchNorm's mean and variance) plus `frozen`.
struct Row {
    std::size_t index = 0;
    int depth = 0;
    int position = 0;
    const RowKind* kind = &layer_kind;
    std::string_view name{};
    Shape input{};
    Shape output{};
    std::uint64_t weights = 0;
    std::uint64_t biases = 0;
    std::uint64_t non_trainable = 0;
    std::uint64_t outputs = 0;
    std::uint64_t activations = 0;
    bool in_place = false;
    Ops ops{};
    std::uint64_t live = 0;
    Field field{};
    std::uint64_t frozen = 0;

    /// Whether the row is a block (Sequential, Residual, Concat, Repeat, ..., or yours).
    constexpr bool is_block() const noexcept { return kind->flow != Flow::none; }
    /// Learnable parameters: weights + biases (frozen ones included).
    constexpr std::uint64_t params() const noexcept { return checked_add(weights, biases); }
    /// Parameters an optimizer updates: params() - frozen (Keras' and torchinfo's "Trainable").
    constexpr std::uint64_t trainable() const noexcept { return params() - frozen; }
    /// Every parameter and statistic, each once (Keras' "Param #" column): params() plus the
    /// moving statistics, i.e. trainable() + non_trainable.
    constexpr std::uint64_t total_params() const noexcept {
        return checked_add(trainable(), non_trainable);
    }
};

/// Totals: the sums over the whole network, computed in the same pass as the rows.
struct Totals {
    std::size_t layers = 0;           ///< elements of the Net after its Input (layer_count)
    std::size_t rows = 0;             ///< rows of the table, blocks and their layers included
    std::uint64_t weights = 0;
    std::uint64_t biases = 0;
    std::uint64_t params = 0;         ///< learnable: weights + biases, frozen ones included
    std::uint64_t non_trainable = 0;  ///< moving statistics (BatchNorm's) + frozen
    std::uint64_t total_params = 0;   ///< trainable + non_trainable = params + statistics
    std::uint64_t activations = 0;    ///< input values + every stored (not in-place) output
    Ops ops{};                        ///< every operation, by kind
    std::uint64_t peak = 0;           ///< most values alive at once, buffers freed after use
    Field field{};                    ///< receptive field of the output
    std::uint64_t frozen = 0;         ///< params inside Frozen blocks
    std::uint64_t trainable = 0;      ///< params - frozen
};

}  // namespace ctnn
