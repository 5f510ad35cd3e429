#pragma once
// ctnn/compose/residual.hpp: an element-wise sum of two paths (ResNet's shortcut connection).

#include <cstddef>
#include <string_view>

#include <ctnn/compose/walk.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/layers/identity.hpp>

namespace ctnn {

/// Residual<Body, Shortcut = Identity>: y = Body(x) + Shortcut(x) (He et al. 2016).
///
/// Body and Shortcut are each one layer or block (a Sequential for several layers); the
/// shortcut is a projection such as Sequential<Conv<1, 1, C, Stride<2>, NoBias>, BatchNorm>
/// when the body changes the shape. The two outputs must have the same shape: a compile error
/// names both otherwise. The sum itself has no parameters and is done in place, into the body's
/// output (PyTorch's `out += identity`), so it adds no activation memory; it counts one
/// elementwise operation per value. The receptive field is the larger of the two paths'.
/// Rows: the block, then the body (position 1) and the shortcut (position 2), one level deeper.
template <class Body, class Shortcut = Identity>
struct Residual {
    using block_type = Residual;
    static constexpr std::string_view block_name = "Residual";
    static constexpr RowKind block_kind = RowKind::residual;
    static constexpr std::size_t block_rows = 1 + detail::rows_of<Body, Shortcut>();
    static constexpr detail::block_result block_visit(detail::walker& w,
                                                      const detail::tensor& in) noexcept {
        // The body runs first and may not overwrite x: the shortcut still needs it.
        const detail::tensor body =
            detail::visit_node(w, detail::node_of<Body>, {in.shape, in.field, false}, 1);
        if (w.failed()) return {};
        const detail::tensor shortcut = detail::visit_node(w, detail::node_of<Shortcut>, in, 2);
        if (w.failed()) return {};
        if (body.shape != shortcut.shape) {
            w.fail(issue2(problem::residual_shapes_differ, body.shape, shortcut.shape));
            return {};
        }
        // The sum goes into a buffer that one of the paths owns (the body's, as PyTorch's
        // `out += identity`), and the other path's buffer is freed.
        const detail::tensor sum{body.shape, body.field.merge(shortcut.field), true};
        std::uint64_t stored = 0;
        if (body.owned) {
            w.release(shortcut);
        } else if (!shortcut.owned) {
            w.allocate(sum.shape.size());
            stored = sum.shape.size();
        }
        return {sum, stored, Ops{.elementwise = sum.shape.size()}};
    }
};

namespace detail {
template <class Body, class Shortcut, int J>
struct child_of<Residual<Body, Shortcut>, J> {
    using type = std::conditional_t<J == 1, Body, Shortcut>;
};
}  // namespace detail

}  // namespace ctnn
