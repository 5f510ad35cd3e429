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

/// Visits `count` branches, each on `input`, and joins their outputs along the channels;
/// every branch must give the same H x W, or all a flat vector. The branches run one after the
/// other and their outputs stay alive until the join, which writes a new buffer (torch.cat,
/// Keras Concatenate): the block's own stored values. Only the last branch may take over the
/// input (`last_owns`); the receptive field is the largest of the branches'.
constexpr block_result visit_branches(walker& w, const node* const* nodes, std::size_t count,
                                      const tensor& input, bool last_owns) noexcept {
    Shape first;
    Field field;
    std::uint64_t channels = 0;
    wide held = 0;  // branch outputs to free after the join
    for (std::size_t i = 0; i < count; ++i) {
        const bool last = i + 1 == count;
        const tensor out = visit_node(w, *nodes[i], {input.shape, input.field, last && last_owns},
                                      static_cast<int>(i + 1));
        if (w.failed()) return {};
        if (i == 0) {
            first = out.shape;
            field = out.field;
        } else if (out.shape.flat != first.flat || out.shape.h != first.h || out.shape.w != first.w) {
            w.fail(issue2(problem::concat_spatial_mismatch, first, out.shape,
                          static_cast<long long>(i + 1)));
            return {};
        } else {
            field = field.merge(out.field);
        }
        if (out.owned) held += out.shape.size();
        channels = checked_add(channels, out.shape.c);
    }
    const Shape joined =
        first.flat ? Shape::vector(channels) : Shape::hwc(first.h, first.w, channels);
    w.allocate(joined.size());
    w.live -= held;
    return {{joined, field, true}, joined.size(), {}};
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
    static constexpr RowKind block_kind = RowKind::concat;
    static constexpr std::size_t block_rows = 1 + detail::rows_of<Branches...>();
    static constexpr detail::block_result block_visit(detail::walker& w,
                                                      const detail::tensor& in) noexcept {
        const detail::node* const nodes[] = {&detail::node_of<Branches>..., nullptr};
        return detail::visit_branches(w, nodes, sizeof...(Branches), in, in.owned);
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
    static constexpr RowKind block_kind = RowKind::split;
    static constexpr std::size_t block_rows = 1 + detail::rows_of<Branches...>();
    static constexpr detail::block_result block_visit(detail::walker& w,
                                                      const detail::tensor& in) noexcept {
        constexpr std::uint64_t k = sizeof...(Branches);
        const Shape& x = in.shape;
        if (x.flat || x.c % k != 0) {
            w.fail(issue(problem::split_channels_not_divisible, x, static_cast<long long>(k)));
            return {};
        }
        // The parts are views of the input, which is freed after the join.
        const detail::node* const nodes[] = {&detail::node_of<Branches>..., nullptr};
        const detail::block_result r = detail::visit_branches(
            w, nodes, k, {Shape::hwc(x.h, x.w, x.c / k), in.field, false}, false);
        if (!w.failed()) w.release(in);
        return r;
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
