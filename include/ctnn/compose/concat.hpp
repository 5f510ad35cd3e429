#pragma once
// ctnn/compose/concat.hpp: parallel branches joined along the channels; channel splitting.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ctnn/core/block.hpp>
#include <ctnn/core/checked.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/shape.hpp>

namespace ctnn {

namespace detail {

/// Visits the K children of a block, each on `input`, and joins their outputs along the
/// channels; every branch must give the same H x W, or all a flat vector. The branches run one
/// after the other and their outputs stay alive until the join, which writes a new buffer
/// (torch.cat, Keras Concatenate). Only the last branch may take over the input
/// (`last_owns`), and only when no earlier branch's output is a view of it (DenseNet's
/// Concat<Identity, ...>: the input must stay intact until the join); the receptive field is
/// the union of the branches'.
template <std::size_t K, class Visit>
constexpr Tensor concatenate(Visit& v, const Tensor& input, bool last_owns) noexcept {
    Tensor out[K] = {};
    std::uint64_t channels = 0;
    bool lend = last_owns;
    for (std::size_t i = 0; i < K; ++i) {
        out[i] = v.child(static_cast<int>(i + 1), i + 1 == K && lend ? input : input.borrowed());
        if (v.failed()) return {};
        lend = lend && out[i].owned;  // a view of the input keeps it alive
        const Shape &first = out[0].shape, &s = out[i].shape;
        if (s.flat != first.flat || s.h != first.h || s.w != first.w)
            return v.fail(issue<error::concat_branches_differ_in_height_or_width>(
                number<error::first_branch_output>(first), number<error::branch>(i + 1),
                number<error::branch_output>(s)));
        channels = checked_add(channels, s.c);
    }
    const Shape& first = out[0].shape;
    const Tensor joined = v.join(first.flat ? Shape::vector(channels) : Shape::hwc(first.h, first.w, channels),
                                 out, K, Join::concatenate, {});
    if (last_owns && !lend) v.release(input);  // owned, and not handed to the last branch
    return joined;
}

}  // namespace detail

/// Concat<Branches...>: every branch reads the same input; their outputs are concatenated
/// along the channels (Inception's modules, DenseNet's dense connections, SqueezeNet's Fire).
///
/// Each branch is one layer or block. Every branch must give the same H x W (a compile error
/// names the first branch that does not), or every branch a flat vector. Output: H x W x (sum
/// of the branches' channels). The concatenation is a new buffer: it adds its output size to
/// activation memory. Rows: the block, then each branch (positions 1, 2, ...).
template <class... Branches>
struct Concat {
    static_assert(sizeof...(Branches) >= 1, "ctnn: Concat needs at least one branch");
    using block_type = Concat;
    static constexpr std::string_view block_name = "Concat";
    static constexpr RowKind kind{.name = "concat", .flow = Flow::parallel, .join = "concat"};
    using children = ctnn::children<Branches...>;

    template <class Visit>
    static constexpr Tensor visit(Visit& v, const Tensor& in) noexcept {
        return detail::concatenate<sizeof...(Branches)>(v, in, in.owned);
    }
};

/// ChannelSplit<Branches...>: splits the C input channels into equal consecutive parts, one per
/// branch (C / K each for K branches), and concatenates the branches' outputs along the
/// channels (ShuffleNet v2's split: ChannelSplit<Identity, Sequential<...>>).
/// The split is a view (no buffer); the concatenation is a new one. K must divide C.
template <class... Branches>
struct ChannelSplit {
    static_assert(sizeof...(Branches) >= 1, "ctnn: ChannelSplit needs at least one branch");
    using block_type = ChannelSplit;
    static constexpr std::string_view block_name = "ChannelSplit";
    static constexpr RowKind kind{.name = "split", .flow = Flow::parallel, .join = "concat"};
    using children = ctnn::children<Branches...>;

    template <class Visit>
    static constexpr Tensor visit(Visit& v, const Tensor& in) noexcept {
        constexpr std::uint64_t k = sizeof...(Branches);
        const Shape& x = in.shape;
        if (x.flat || x.c % k != 0)
            return v.fail(issue<error::channel_split_needs_divisible_channels>(
                x, number<error::branches>(k)));
        // The parts are views of the input, which is freed after the join.
        Tensor part = in.borrowed();
        part.shape = Shape::hwc(x.h, x.w, x.c / k);
        const Tensor out = detail::concatenate<sizeof...(Branches)>(v, part, false);
        if (!v.failed()) v.release(in);
        return out;
    }
};

}  // namespace ctnn
