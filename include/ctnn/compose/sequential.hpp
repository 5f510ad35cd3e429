#pragma once
// ctnn/compose/sequential.hpp: a chain of layers, usable wherever a layer is.

#include <cstddef>
#include <string_view>

#include <ctnn/compose/walk.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/pack.hpp>

namespace ctnn {

/// Sequential<Layers...>: the layers applied one after the other, like a Net without an Input.
/// Usable anywhere a layer is: inside a Net, a Residual, a Concat, a Repeat, another Sequential.
///
/// A named block is a type derived from it, and reports and errors show its name:
///
///     struct Fire final : Sequential<Conv<1, 1, 16>, ReLU,
///                                    Concat<Sequential<Conv<1, 1, 64>, ReLU>,
///                                           Sequential<Conv<3, 3, 64, Pad<1>>, ReLU>>> {};
///
/// Output: the last layer's (the input's when empty). Parameters and memory: the sums of its
/// layers'. In the row table: one row for the block, then its layers one level deeper.
template <class... Layers>
struct Sequential {
    using block_type = Sequential;
    static constexpr std::string_view block_name = "Sequential";
    static constexpr RowKind block_kind = RowKind::sequential;
    static constexpr std::size_t block_rows = 1 + detail::rows_of<Layers...>();
    static constexpr detail::block_result block_visit(detail::walker& w,
                                                      const detail::tensor& in) noexcept {
        return {detail::visit_list<Layers...>(w, in), 0, {}};
    }
};

namespace detail {
template <class... Ls, int J>
struct child_of<Sequential<Ls...>, J> {
    using type = pack_at<static_cast<std::size_t>(J - 1), Ls...>;
};
}  // namespace detail

}  // namespace ctnn
