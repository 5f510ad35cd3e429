#pragma once
// ctnn/compose/sequential.hpp: a chain of layers, usable wherever a layer is.

#include <string_view>

#include <ctnn/core/block.hpp>

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
    static constexpr RowKind kind{.name = "sequential", .flow = Flow::chain};
    using children = ctnn::children<Layers...>;

    template <class Visit>
    static constexpr Tensor visit(Visit& v, const Tensor& in) noexcept {
        return v.chain(in);
    }
};

}  // namespace ctnn
