#pragma once
// ctnn/compose/repeat.hpp: N copies of a block.

#include <cstddef>
#include <string_view>

#include <ctnn/compose/sequential.hpp>
#include <ctnn/compose/walk.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/text.hpp>

namespace ctnn {

namespace detail {
template <class... Ls>
struct repeat_copy {
    using type = Sequential<Ls...>;
};
template <class L>
struct repeat_copy<L> {
    using type = L;
};
}  // namespace detail

/// Repeat<N, Layers...>: N copies, one after the other, of the block made of Layers (the layer
/// itself when there is one, else Sequential<Layers...>): ResNet's stages, MobileNet's and
/// EfficientNet's stacks of identical blocks. Each copy takes the previous one's output, so the
/// block must keep its shape (or reach a shape it keeps).
///
/// Cost: the block's types are instantiated once and the walk loops N times over them, so
/// Repeat<111, Bottleneck> costs one Bottleneck's instantiation, not 111 (docs/performance.md).
/// N must be at least 1. Rows: the block ("Repeat x3"), then each copy (positions 1..N).
template <int N, class... Layers>
struct Repeat {
    using block_type = Repeat;
    using copy_type = typename detail::repeat_copy<Layers...>::type;

  private:
    static constexpr auto name_text = detail::numbered_name("Repeat x", N);

  public:
    static constexpr std::string_view block_name = name_text.view();
    static constexpr RowKind block_kind = RowKind::repeat;
    static constexpr std::size_t block_rows =
        1 + (N > 0 ? static_cast<std::size_t>(N) : 0) * detail::node_of<copy_type>.rows;
    static constexpr detail::block_result block_visit(detail::walker& w,
                                                      const detail::tensor& in) noexcept {
        if (N < 1) {
            w.fail(issue(problem::repeat_count_not_positive, in.shape, N));
            return {};
        }
        const detail::node& copy = detail::node_of<copy_type>;
        detail::tensor current = in;
        for (int k = 1; k <= N && !w.failed(); ++k) current = detail::visit_node(w, copy, current, k);
        return {current, 0, {}};
    }
};

namespace detail {
template <int N, class... Ls, int J>
struct child_of<Repeat<N, Ls...>, J> {
    using type = typename Repeat<N, Ls...>::copy_type;
};
}  // namespace detail

}  // namespace ctnn
