// Laws every built-in layer obeys (ctnn/core/layer.hpp), checked on several inputs, and laws of
// the table (totals are the sums of the rows). Adding a layer: give it a "// laws:" line in its
// static test (tests/static/layers/<header>.cpp).
#include <cstddef>
#include <cstdint>

#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
#include "table_laws.hpp"

namespace {
using namespace ctnn;

template <class... Ls>
struct list {};

// Every built-in layer's samples: the "// laws:" lines of tests/static/layers/*.cpp, collected
// into this list by tests/CMakeLists.txt (a test, tests.laws_cover_every_layer, fails when a
// public layer of include/ctnn/layers has no sample).
using all_layers = list<
#include "laws_samples.inc"
    >;

constexpr Shape inputs[] = {Shape::hwc(32, 32, 16), Shape::hwc(7, 7, 512), Shape::hwc(1, 1, 8),
                            Shape::hwc(5, 9, 4), Shape::vector(100)};

template <class L>
constexpr bool obeys_laws() {
    static_assert(layer<L>);
    for (const Shape& in : inputs) {
        if (detail::check_of<L>(in)) continue;  // not an input this layer accepts
        const Shape out = L::output_shape(in);
        if (out.h < 1 || out.w < 1 || out.c < 1) return false;            // positive
        if (out.flat && (out.h != 1 || out.w != 1)) return false;         // flat means 1 x 1
        if (detail::in_place_of<L>() && out.size() != in.size()) return false;
        if (detail::view_of<L>() && (!detail::in_place_of<L>() || out.size() != in.size()))
            return false;  // a view is in place and keeps the number of values
        // The window, applied to the input, gives the output size (for layers with a map out).
        // An upsampling window (factor u) reaches (in - 1)*u + d*(k - 1) + 1 outputs, plus at
        // most u - 1 of output padding, less its crop at the start.
        const Window k = detail::window_of<L>(in);
        const auto h = static_cast<long long>(in.h);
        if (!in.flat && !out.flat && k.uh == 1 && k.sh >= 1 &&
            (h + 2 * k.ph - k.dh * (k.kh - 1) - 1) / k.sh + 1 < static_cast<long long>(out.h) - 1)
            return false;
        if (!in.flat && !out.flat && k.uh > 1 &&
            (h - 1) * k.uh + k.dh * (k.kh - 1) + 1 + (k.uh - 1) - k.ph < static_cast<long long>(out.h))
            return false;
        // Counts depend only on the input: asking twice gives the same answer.
        if (detail::weights_of<L>(in) != detail::weights_of<L>(in)) return false;
    }
    return true;
}
// A layer's one-pass evaluation (the walk's fast path) agrees with its members (which
// detail::evaluated<L> writes over it: this checks that mixin, and a layer written with members
// only against itself).
constexpr bool same_evaluation(const detail::evaluation& a, const detail::evaluation& b) {
    const Window &x = a.window, &y = b.window;
    return a.output == b.output && a.weights == b.weights && a.biases == b.biases &&
           a.non_trainable == b.non_trainable && a.ops == b.ops && x.kh == y.kh && x.kw == y.kw &&
           x.sh == y.sh && x.sw == y.sw && x.ph == y.ph && x.pw == y.pw && x.dh == y.dh &&
           x.dw == y.dw && x.uh == y.uh && x.uw == y.uw;
}
template <class L>
constexpr bool fast_path_agrees() {
    for (const Shape& in : inputs) {
        Issue fast, members;
        const detail::evaluation a = detail::evaluate_leaf<L>(in, fast);
        const detail::evaluation b = detail::evaluate_members<L>(in, members);
        if (fast.kind != members.kind || (!fast && !same_evaluation(a, b))) return false;
    }
    return true;
}

template <class... Ls>
constexpr bool all_obey(list<Ls...>) {
    return (obeys_laws<Ls>() && ...) && (fast_path_agrees<Ls>() && ...);
}
static_assert(all_obey(all_layers{}));

// A Net of one layer reports exactly that layer's numbers.
template <class L>
constexpr bool single_layer_net_agrees() {
    using N = Net<Input<32, 32, 16>, L>;
    constexpr Shape in = Shape::hwc(32, 32, 16);
    return output_shape<N> == L::output_shape(in) &&
           params<N> == detail::weights_of<L>(in) + detail::biases_of<L>(in) &&
           non_trainable_params<N> == detail::non_trainable_of<L>(in);
}
template <class... Ls>
constexpr bool all_agree(list<Ls...>) {
    return (single_layer_net_agrees<Ls>() && ...);
}
static_assert(all_agree(all_layers{}));

static_assert(ctnn::test::table_is_consistent<Net<Input<8, 8, 4>, Conv<3, 3, 4, NoBias>, BatchNorm, ReLU>>());
using C = Conv<3, 3, 8, Pad<1>, NoBias>;
static_assert(ctnn::test::table_is_consistent<
              Net<Input<16, 16, 8>, Sequential<C, BatchNorm, ReLU>,
                  Residual<Sequential<C, BatchNorm, ReLU, C, BatchNorm>>,
                  Concat<C, Sequential<C, ReLU>, Identity>, Repeat<3, Conv<1, 1, 24>, ReLU>,
                  Gate<GlobalAvgPool, FC<6>, ReLU, FC<24>, Sigmoid>, Aux<GlobalAvgPool, FC<10>>,
                  ChannelSplit<Identity, Sequential<Conv<1, 1, 12>, ReLU>>, ChannelShuffle<2>>>());
static_assert(ctnn::test::table_is_consistent<
              Net<Input<16, 16, 8>, Frozen<C, BatchNorm, PReLU>, SeparableConv<3, 3, 16, Same>,
                  Concat<CenterCrop<12>, Sequential<MaxPool<2, 2>, Conv<3, 3, 8>,
                                                    ConvTranspose<2, 2, 8, Stride<2>>>>,
                  GroupNorm<4>, Upsample<2>, LayerNorm, InstanceNorm, UpsampleBilinear<2>>>());
}  // namespace
