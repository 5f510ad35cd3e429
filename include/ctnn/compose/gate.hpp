#pragma once
// ctnn/compose/gate.hpp: a branch that rescales the input channel by channel, and auxiliary
// branches that leave the main path unchanged.

#include <cstddef>
#include <string_view>

#include <ctnn/compose/walk.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/pack.hpp>

namespace ctnn {

/// Gate<Layers...>: y = x * g(x), where g is Layers applied to x and yields one factor per
/// channel, broadcast over H x W: squeeze-and-excitation (Hu et al. 2018; MobileNetV3,
/// EfficientNet), e.g. Gate<GlobalAvgPool, FC<C/4>, ReLU, FC<C>, Sigmoid>, or with 1x1
/// convolutions after AdaptiveAvgPool<1, 1> as torchvision writes it.
///
/// g's output must be 1 x 1 x C or a flat C, with C the input's channels (a compile error
/// names both shapes otherwise). Output = input shape. Parameters: g's. The product is a new
/// buffer (torchvision's `scale * input`): it adds the input's size to activation memory, and
/// one elementwise operation per value. Its receptive field is g's (the whole map).
/// Rows: the block, then g's layers one level deeper.
template <class... Layers>
struct Gate {
    using block_type = Gate;
    static constexpr std::string_view block_name = "Gate";
    static constexpr RowKind block_kind = RowKind::gate;
    static constexpr std::size_t block_rows = 1 + detail::rows_of<Layers...>();
    static constexpr detail::block_result block_visit(detail::walker& w,
                                                      const detail::tensor& in) noexcept {
        const Shape& x = in.shape;
        const detail::tensor g = detail::visit_list<Layers...>(w, {x, in.field, false});
        if (w.failed()) return {};
        const bool per_channel = g.shape.c == x.c && g.shape.h == 1 && g.shape.w == 1;
        if (x.flat || !per_channel) {
            w.fail(issue2(problem::gate_shape_mismatch, x, g.shape));
            return {};
        }
        w.allocate(x.size());  // the product, a new tensor
        w.release(g);
        w.release(in);
        return {{x, in.field.merge(g.field), true}, x.size(), Ops{.elementwise = x.size()}};
    }
};

/// Aux<Layers...>: an auxiliary branch (GoogLeNet's and Inception-v3's auxiliary classifiers):
/// Layers read the current tensor and their result leaves the network on the side; the main
/// path continues with the input unchanged. Its parameters and memory count like any other
/// layer's, which is why published counts say whether they include auxiliary heads.
/// Rows: the block, then its layers one level deeper.
template <class... Layers>
struct Aux {
    using block_type = Aux;
    static constexpr std::string_view block_name = "Aux";
    static constexpr RowKind block_kind = RowKind::aux;
    static constexpr std::size_t block_rows = 1 + detail::rows_of<Layers...>();
    static constexpr detail::block_result block_visit(detail::walker& w,
                                                      const detail::tensor& in) noexcept {
        const detail::tensor side = detail::visit_list<Layers...>(w, {in.shape, in.field, false});
        if (!w.failed()) w.release(side);  // the side output leaves the network
        return {in, 0, {}};
    }
};

namespace detail {
template <class... Ls, int J>
struct child_of<Gate<Ls...>, J> {
    using type = pack_at<static_cast<std::size_t>(J - 1), Ls...>;
};
template <class... Ls, int J>
struct child_of<Aux<Ls...>, J> {
    using type = pack_at<static_cast<std::size_t>(J - 1), Ls...>;
};
}  // namespace detail

}  // namespace ctnn
