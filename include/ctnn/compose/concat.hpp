#pragma once
// ctnn/compose/concat.hpp: parallel branches joined along the channels; channel splitting.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ctnn/compose/walk.hpp>
#include <ctnn/core/checked.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/pack.hpp>

namespace ctnn {

namespace detail {

/// Visits `count` branches, each on `input`,
/// and joins their outputs along the channels; every branch must give the same H x W, or all
/// a flat vector. The joined tensor is written to a new buffer (torch.cat, Keras
/// Concatenate), so it is the block's own stored values.
constexpr block_result visit_branches(walker& w, const node* const* nodes, std::size_t count,
                                      const Shape& input) noexcept {
    Shape first;
    std::uint64_t channels = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const Shape out = visit_node(w, *nodes[i], input, static_cast<int>(i + 1));
        if (w.failed()) return {};
        if (i == 0) {
            first = out;
        } else if (out.flat != first.flat || out.h != first.h || out.w != first.w) {
            w.fail(issue2(problem::concat_spatial_mismatch, first, out, static_cast<long long>(i + 1)));
            return {};
        }
        channels = checked_add(channels, out.c);
    }
    const Shape joined = first.flat ? Shape::vector(channels) : Shape::hwc(first.h, first.w, channels);
    return {joined, joined.size()};
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
    using block_type = Concat;
    static constexpr std::string_view block_name = "Concat";
    static constexpr std::size_t block_rows = 1 + detail::rows_of<Branches...>();
    static constexpr detail::block_result block_visit(detail::walker& w, const Shape& in) noexcept {
        const detail::node* const nodes[] = {&detail::node_of<Branches>..., nullptr};
        return detail::visit_branches(w, nodes, sizeof...(Branches), in);
    }
};

/// ChannelSplit<Branches...>: splits the C input channels into equal consecutive parts, one per
/// branch (C / K each for K branches), and concatenates the branches' outputs along the
/// channels (ShuffleNet v2's split: ChannelSplit<Identity, Sequential<...>>).
/// The split is a view (no buffer); the concatenation is a new one. K must divide C.
template <class... Branches>
struct ChannelSplit {
    using block_type = ChannelSplit;
    static constexpr std::string_view block_name = "ChannelSplit";
    static constexpr std::size_t block_rows = 1 + detail::rows_of<Branches...>();
    static constexpr detail::block_result block_visit(detail::walker& w, const Shape& in) noexcept {
        constexpr std::uint64_t k = sizeof...(Branches);
        if (in.flat || in.c % k != 0) {
            w.fail(issue(problem::split_channels_not_divisible, in, static_cast<long long>(k)));
            return {};
        }
        const detail::node* const nodes[] = {&detail::node_of<Branches>..., nullptr};
        return detail::visit_branches(w, nodes, k, Shape::hwc(in.h, in.w, in.c / k));
    }
};

namespace detail {
template <class... Bs, int J>
struct child_of<Concat<Bs...>, J> {
    using type = pack_at<static_cast<std::size_t>(J - 1), Bs...>;
};
template <class... Bs, int J>
struct child_of<ChannelSplit<Bs...>, J> {
    using type = pack_at<static_cast<std::size_t>(J - 1), Bs...>;
};
}  // namespace detail

}  // namespace ctnn
