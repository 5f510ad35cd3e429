#pragma once
// ctnn/compose/frozen.hpp: layers whose parameters are not trained (fine-tuning).

#include <string_view>

#include <ctnn/core/block.hpp>

namespace ctnn {

/// Frozen<Layers...>: the layers in turn, as Sequential, with their parameters frozen: Keras'
/// `layer.trainable = False`, PyTorch's `requires_grad_(False)`. A fine-tuning setup freezes
/// the backbone and trains the head:
///
///     struct FineTuned final : Net<Input<224, 224, 3>, Frozen<Backbone>, FC<10>> {};
///     static_assert(trainable_params<FineTuned> == params_at<FineTuned, 2>);
///
/// Their weights and biases still count in `params` (PyTorch's parameters() lists frozen
/// tensors too) and in `frozen_params`; they move from `trainable_params` to
/// `non_trainable_params`, as Keras' summary shows them. `total_params` is unchanged. Shapes,
/// operations and memory are those of Sequential<Layers...>. Frozen inside Frozen is frozen
/// once. Rows: the block, then its layers one level deeper, each with its `frozen` count.
template <class... Layers>
struct Frozen {
    using block_type = Frozen;
    static constexpr std::string_view block_name = "Frozen";
    static constexpr RowKind kind{.name = "frozen", .flow = Flow::chain};
    using children = ctnn::children<Layers...>;

    template <class Visit>
    static constexpr Tensor visit(Visit& v, const Tensor& in) noexcept {
        const Tensor out = v.chain(in);
        if (!v.failed()) v.freeze();
        return out;
    }
};

}  // namespace ctnn
