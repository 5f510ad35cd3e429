#pragma once
// ctnn/compose/frozen.hpp: layers whose parameters are not trained (fine-tuning).

#include <cstddef>
#include <string_view>

#include <ctnn/compose/walk.hpp>
#include <ctnn/detail/pack.hpp>

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
    static constexpr RowKind block_kind = RowKind::frozen;
    static constexpr std::size_t block_rows = 1 + detail::rows_of<Layers...>();
    static constexpr detail::block_result block_visit(detail::walker& w,
                                                      const detail::tensor& in) noexcept {
        const std::size_t first = w.next;
        const detail::wide params = w.weights + w.biases, frozen = w.frozen;
        const detail::tensor out = detail::visit_list<Layers...>(w, in);
        if (w.failed()) return {};
        // Rows of the subtree: every parameter becomes frozen and non-trainable (once).
        for (std::size_t i = first; i < w.next; ++i) {
            Row& r = w.rows[i];
            r.non_trainable += r.params() - r.frozen;
            r.frozen = r.params();
        }
        const detail::wide newly = (w.weights + w.biases - params) - (w.frozen - frozen);
        w.frozen += newly;
        w.non_trainable += newly;
        return {out, 0, {}};
    }
};

namespace detail {
template <class... Ls, int J>
struct child_of<Frozen<Ls...>, J> {
    using type = pack_at<static_cast<std::size_t>(J - 1), Ls...>;
};
}  // namespace detail

}  // namespace ctnn
