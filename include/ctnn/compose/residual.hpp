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
/// output (PyTorch's `out += identity`), so it adds no activation memory.
/// Rows: the block, then the body (position 1) and the shortcut (position 2), one level deeper.
template <class Body, class Shortcut = Identity>
struct Residual {
    using block_type = Residual;
    static constexpr std::string_view block_name = "Residual";
    static constexpr std::size_t block_rows = 1 + detail::rows_of<Body, Shortcut>();
    static constexpr detail::block_result block_visit(detail::walker& w, const Shape& in) noexcept {
        const Shape body = detail::visit_node(w, detail::node_of<Body>, in, 1);
        if (w.failed()) return {};
        const Shape shortcut = detail::visit_node(w, detail::node_of<Shortcut>, in, 2);
        if (w.failed()) return {};
        if (body != shortcut) w.fail(issue2(problem::residual_shapes_differ, body, shortcut));
        return {body, 0};
    }
};

namespace detail {
template <class Body, class Shortcut, int J>
struct child_of<Residual<Body, Shortcut>, J> {
    using type = std::conditional_t<J == 1, Body, Shortcut>;
};
}  // namespace detail

}  // namespace ctnn
