#pragma once
// ctnn/compose/repeat.hpp: N copies of a block.

#include <string_view>

#include <ctnn/compose/sequential.hpp>
#include <ctnn/core/block.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/detail/text.hpp>

namespace ctnn {

namespace detail {
/// The block made of Ls...: the layer itself when there is one, else Sequential<Ls...>.
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
/// N >= 0: Repeat<0, ...> is the identity (its input passes on, nothing is counted), so that a
/// stage written as a template, `Sequential<First, Repeat<N - 1, Block>>`, holds for N = 1.
/// Rows: the block ("Repeat x3"), then each copy (positions 1..N).
template <int N, class... Layers>
struct Repeat {
    using block_type = Repeat;
    using copy_type = typename detail::repeat_copy<Layers...>::type;

  private:
    static constexpr auto name_text = detail::numbered_name("Repeat x", N);

  public:
    static constexpr std::string_view block_name = name_text.view();
    static constexpr RowKind kind{.name = "repeat", .flow = Flow::chain};
    using children = repeated<N, copy_type>;

    template <class Visit>
    static constexpr Tensor visit(Visit& v, const Tensor& in) noexcept {
        if (N < 0)
            return v.fail(issue<error::repeat_count_must_not_be_negative>(
                in.shape, number<error::repeat_count>(N)));
        return v.chain(in);
    }
};

}  // namespace ctnn
