#pragma once
// ctnn/compose/gate.hpp: a branch that rescales the input channel by channel, and auxiliary
// branches that leave the main path unchanged.

#include <string_view>

#include <ctnn/core/block.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/shape.hpp>

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
    static constexpr RowKind kind{.name = "gate", .flow = Flow::gate, .join = "x"};
    using children = ctnn::children<Layers...>;

    template <class Visit>
    static constexpr Tensor visit(Visit& v, const Tensor& in) noexcept {
        const Shape& x = in.shape;
        const Tensor g = v.chain(in.borrowed());
        if (v.failed()) return {};
        if (x.flat || g.shape.c != x.c || g.shape.h != 1 || g.shape.w != 1)
            return v.fail(issue<error::gate_must_give_one_factor_per_channel>(
                x, number<error::gate_output>(g.shape)));
        return v.join(x, {in, g}, Join::new_buffer, Ops{.elementwise = x.size()});
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
    static constexpr RowKind kind{.name = "aux", .flow = Flow::side};
    using children = ctnn::children<Layers...>;

    template <class Visit>
    static constexpr Tensor visit(Visit& v, const Tensor& in) noexcept {
        const Tensor side = v.chain(in.borrowed());
        if (!v.failed()) v.release(side);  // the side output leaves the network
        return in;
    }
};

}  // namespace ctnn
