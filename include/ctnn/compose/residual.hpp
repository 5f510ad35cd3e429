#pragma once
// ctnn/compose/residual.hpp: an element-wise sum of two paths (ResNet's shortcut connection).

#include <cstddef>
#include <string_view>
#include <type_traits>

#include <ctnn/compose/repeat.hpp>
#include <ctnn/core/block.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/layers/identity.hpp>

namespace ctnn {

/// Shortcut<Layers...>: the shortcut path of a Residual, written as its second argument:
/// `Residual<Body, Shortcut<Conv<1, 1, 128, Stride<2>, NoBias>, BatchNorm>>` (ResNet's
/// projection shortcut). Layers run one after the other; in the row table the shortcut is that
/// layer when there is one, else a Sequential of them. It is never a layer of its own: used
/// anywhere but as Residual's second argument, it is an error.
template <class... Layers>
struct Shortcut {};

namespace detail {
/// The shortcut path of Residual<Body, Rest...>: Identity, or the layers of Shortcut<...>.
template <class... Rest>
struct shortcut_path {
    using type = Identity;
};
template <class... Ls>
struct shortcut_path<Shortcut<Ls...>> {
    using type = typename repeat_copy<Ls...>::type;
};
template <class... Rest>
inline constexpr bool valid_shortcut = sizeof...(Rest) == 0;
template <class... Ls>
inline constexpr bool valid_shortcut<Shortcut<Ls...>> = sizeof...(Ls) > 0;
}  // namespace detail

/// Residual<Body> or Residual<Body, Shortcut<Layers...>>: y = Body(x) + Shortcut(x) (He et al.
/// 2016); without a Shortcut, the identity: y = Body(x) + x.
///
/// Body is one layer or block (a Sequential for several layers). The shortcut is written
/// Shortcut<...>, such as Shortcut<Conv<1, 1, C, Stride<2>, NoBias>, BatchNorm> when the body
/// changes the shape; a second argument that is not a Shortcut (Residual<Conv<...>, BatchNorm>,
/// a body of two layers written without Sequential) is a compile error that shows both fixes.
/// The two outputs must have the same shape: a compile error names both otherwise. The sum
/// itself has no parameters and is done in place, into the body's output (PyTorch's
/// `out += identity`), so it adds no activation memory; it counts one elementwise operation
/// per value. The receptive field is the larger of the two paths'.
/// Rows: the block, then the body (position 1) and the shortcut (position 2), one level deeper.
template <class Body, class... ShortcutPath>
struct Residual {
    static_assert(error::check<detail::valid_shortcut<ShortcutPath...>,
                               error::residual_takes_a_body_and_a_Shortcut<
                                   Residual, error::second_argument<ShortcutPath...>>>::raised);
    using block_type = Residual;
    using shortcut_type = typename detail::shortcut_path<ShortcutPath...>::type;
    static constexpr std::string_view block_name = "Residual";
    static constexpr RowKind kind{.name = "residual", .flow = Flow::parallel, .join = "+"};
    using children = ctnn::children<Body, shortcut_type>;

    template <class Visit>
    static constexpr Tensor visit(Visit& v, const Tensor& in) noexcept {
        // The body runs first and may not overwrite x: the shortcut still needs it.
        const Tensor body = v.child(1, in.borrowed());
        if (v.failed()) return {};
        const Tensor shortcut = v.child(2, in);
        if (v.failed()) return {};
        if (body.shape != shortcut.shape)
            return v.fail(issue<error::residual_paths_have_different_shapes>(
                number<error::body_output>(body.shape), number<error::shortcut_output>(shortcut.shape)));
        // The sum goes into a buffer that one of the paths owns (the body's, as PyTorch's
        // `out += identity`), and the other path's buffer is freed.
        return v.join(body.shape, {body, shortcut}, Join::into_input,
                      Ops{.elementwise = body.shape.size()});
    }
};

}  // namespace ctnn
