// Static tests of the combinators: ctnn/compose/{sequential,residual,concat,repeat,gate}.hpp.
#include <cstddef>
#include <cstdint>

#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>

namespace {
using namespace ctnn;

// Everything a query can see of a network, to compare two networks.
template <class A, class B>
constexpr bool same_numbers() {
    return output_shape<A> == output_shape<B> && params<A> == params<B> &&
           weights<A> == weights<B> && non_trainable_params<A> == non_trainable_params<B> &&
           activations<A> == activations<B>;
}

using C3 = Conv<3, 3, 16, Pad<1>, NoBias>;
using B = BatchNorm;
using R = ReLU;

// ---- laws -----------------------------------------------------------------------------------
// Sequential<L> behaves as L; Repeat<1, X> as X; Repeat<N, X> as N copies; nesting is
// associative and an empty Sequential is the identity.
static_assert(same_numbers<Net<Input<8, 8, 16>, Sequential<C3>>, Net<Input<8, 8, 16>, C3>>());
static_assert(same_numbers<Net<Input<8, 8, 16>, Repeat<1, C3, B, R>>, Net<Input<8, 8, 16>, C3, B, R>>());
static_assert(same_numbers<Net<Input<8, 8, 16>, Repeat<3, C3, B>>,
                           Net<Input<8, 8, 16>, C3, B, C3, B, C3, B>>());
static_assert(same_numbers<Net<Input<8, 8, 16>, Sequential<C3, Sequential<B, R>>>,
                           Net<Input<8, 8, 16>, Sequential<Sequential<C3, B>, R>>>());
static_assert(same_numbers<Net<Input<8, 8, 16>, Sequential<C3, Sequential<B, R>>>,
                           Net<Input<8, 8, 16>, C3, B, R>>());
static_assert(same_numbers<Net<Input<8, 8, 16>, Sequential<>, C3>, Net<Input<8, 8, 16>, C3>>());
static_assert(same_numbers<Net<Input<8, 8, 16>, Repeat<2, Repeat<3, C3>>>,
                           Net<Input<8, 8, 16>, Repeat<6, C3>>>());

// ---- the row table: a block's row, then its children one level deeper ----------------------
using Nested = Net<Input<8, 8, 16>, Sequential<C3, B>, R>;
static_assert(layer_count<Nested> == 2 && totals<Nested>.rows == 5);
static_assert(rows<Nested>.size() == 5);
static_assert(rows<Nested>[1].name == "Sequential" && rows<Nested>[1].is_block());
static_assert(rows<Nested>[1].depth == 0 && rows<Nested>[1].index == 1);
static_assert(rows<Nested>[2].name == "Conv 3x3/1 p1, 16, no bias" && rows<Nested>[2].depth == 1);
static_assert(rows<Nested>[2].index == 1 && rows<Nested>[2].position == 1);
static_assert(rows<Nested>[3].name == "BatchNorm" && rows<Nested>[3].position == 2);
static_assert(rows<Nested>[4].name == "ReLU" && rows<Nested>[4].index == 2 && rows<Nested>[4].depth == 0);
// A block row sums its children.
static_assert(rows<Nested>[1].weights == 3 * 3 * 16 * 16 + 16 && rows<Nested>[1].biases == 16);
static_assert(rows<Nested>[1].non_trainable == 32);
static_assert(rows<Nested>[1].activations == 8 * 8 * 16);  // the conv; BatchNorm is in place
// Per-layer queries index the Net's own elements: a block counts as one.
static_assert(params_at<Nested, 1> == 3 * 3 * 16 * 16 + 32 && shape_at<Nested, 1> == Shape::hwc(8, 8, 16));
static_assert(name_at<Nested, 2> == "ReLU");

// Named blocks show their name.
struct ConvBnRelu final : Sequential<C3, B, R> {};
using Named = Net<Input<8, 8, 16>, ConvBnRelu, ConvBnRelu>;
static_assert(name_at<Named, 1> == "ConvBnRelu" && name_at<Named, 2> == "ConvBnRelu");
static_assert(same_numbers<Named, Net<Input<8, 8, 16>, Repeat<2, C3, B, R>>>());

// ---- Residual ------------------------------------------------------------------------------
// torchvision's BasicBlock with 64 channels: two 3x3 convolutions (no bias) with BatchNorm:
// 2 * (3*3*64*64 + 2*64) = 73,984 parameters (resnet18's layer1.0).
using C64 = Conv<3, 3, 64, Pad<1>, NoBias>;
struct BasicBlock final : Sequential<Residual<Sequential<C64, B, R, C64, B>>, R> {};
using OneBlock = Net<Input<56, 56, 64>, BasicBlock>;
static_assert(params<OneBlock> == 73'984 && non_trainable_params<OneBlock> == 4 * 64);
static_assert(output_shape<OneBlock> == Shape::hwc(56, 56, 64));
// The sum is in place: activations are the two convolutions' outputs plus the input.
static_assert(activations<OneBlock> == 3 * 56 * 56 * 64);
// A projection shortcut (resnet18's layer2.0: stride 2, 64 -> 128 channels):
// 3*3*64*128 + 2*128 + 3*3*128*128 + 2*128 + (64*128 + 2*128) = 230,144.
using Down = Residual<Sequential<Conv<3, 3, 128, Stride<2>, Pad<1>, NoBias>, B, R,
                                 Conv<3, 3, 128, Pad<1>, NoBias>, B>,
                      Shortcut<Conv<1, 1, 128, Stride<2>, NoBias>, B>>;
static_assert(params<Net<Input<56, 56, 64>, Down>> == 230'144);
static_assert(output_shape<Net<Input<56, 56, 64>, Down>> == Shape::hwc(28, 28, 128));
// Rows: Residual, its body (position 1) with 5 layers, its shortcut (position 2) with 2.
static_assert(rows<Net<Input<56, 56, 64>, Down>>.size() == 1 + 1 + 1 + 5 + 1 + 2);
static_assert(rows<Net<Input<56, 56, 64>, Down>>[1].name == "Residual");
static_assert(rows<Net<Input<56, 56, 64>, Down>>[8].position == 2);

// ---- Concat --------------------------------------------------------------------------------
// SqueezeNet 1.1's fire2: squeeze 1x1 to 16, expand 1x1 and 3x3 to 64 each, on 55x55x64:
// (64*16 + 16) + (16*64 + 64) + (9*16*64 + 64) = 11,408; output 55x55x128.
struct Fire final : Sequential<Conv<1, 1, 16>, R,
                               Concat<Sequential<Conv<1, 1, 64>, R>,
                                      Sequential<Conv<3, 3, 64, Pad<1>>, R>>> {};
using OneFire = Net<Input<55, 55, 64>, Fire>;
static_assert(params<OneFire> == 11'408 && output_shape<OneFire> == Shape::hwc(55, 55, 128));
// The concatenation is a new buffer: 55*55*(16 + 64 + 64) from the convolutions, plus 55*55*128.
static_assert(activations<OneFire> == 55 * 55 * 64 + 55 * 55 * 144 + 55 * 55 * 128);
static_assert(name_at<OneFire, 1> == "Fire");
// Flat branches concatenate too.
static_assert(output_shape<Net<Input<10>, Concat<FC<3>, FC<4>>>> == Shape::vector(7));

// ---- ChannelSplit and ChannelShuffle (ShuffleNet v2's unit) ---------------------------------
using Unit = Sequential<ChannelSplit<Identity, Sequential<Conv<1, 1, 58, NoBias>, B, R,
                                                         DepthwiseConv<3, 3, Pad<1>, NoBias>, B,
                                                         Conv<1, 1, 58, NoBias>, B, R>>,
                        ChannelShuffle<2>>;
using OneUnit = Net<Input<28, 28, 116>, Unit>;
static_assert(output_shape<OneUnit> == Shape::hwc(28, 28, 116));
// The branch sees 58 channels: 58*58 + 2*58 + 9*58 + 2*58 + 58*58 + 2*58 = 7,598.
static_assert(params<OneUnit> == 7'598);

// ---- Gate (squeeze-and-excitation) ---------------------------------------------------------
// torchvision's SqueezeExcitation(96, 24) on 14x14x96: fc1 96*24 + 24, fc2 24*96 + 96.
using SE = Gate<AdaptiveAvgPool<1>, Conv<1, 1, 24>, R, Conv<1, 1, 96>, Sigmoid>;
static_assert(params<Net<Input<14, 14, 96>, SE>> == 96 * 24 + 24 + 24 * 96 + 96);
static_assert(output_shape<Net<Input<14, 14, 96>, SE>> == Shape::hwc(14, 14, 96));
// The same with FC layers on the pooled vector.
using SEfc = Gate<GlobalAvgPool, FC<24>, R, FC<96>, Sigmoid>;
static_assert(params<Net<Input<14, 14, 96>, SEfc>> == params<Net<Input<14, 14, 96>, SE>>);
// The product x * g(x) is a new buffer.
static_assert(activations_at<Net<Input<14, 14, 96>, SEfc>, 1> == 96 + 24 + 96 + 14 * 14 * 96);

// ---- Aux ---------------------------------------------------------------------------------------
using WithAux = Net<Input<8, 8, 4>, Aux<GlobalAvgPool, FC<10>>, Conv<1, 1, 2>>;
static_assert(shape_at<WithAux, 1> == Shape::hwc(8, 8, 4) && params_at<WithAux, 1> == 50);
static_assert(params<WithAux> == 50 + 10);

// ---- Repeat ------------------------------------------------------------------------------------
using Stack = Net<Input<8, 8, 16>, Repeat<4, C3, B, R>>;
static_assert(name_at<Stack, 1> == "Repeat x4");
// Rows: Repeat, then 4 copies, each a Sequential with 3 layers.
static_assert(rows<Stack>.size() == 1 + 1 + 4 * 4);
static_assert(rows<Stack>[2].name == "Sequential" && rows<Stack>[2].position == 1);
static_assert(rows<Stack>[6].position == 2 && rows<Stack>[6].depth == 1);
}  // namespace

// ---- Repeat<0, ...>: the identity, so a stage template holds for a stage of one block --------
namespace zero_repeat {
using ctnn::Conv;
using ctnn::Input;
using ctnn::Net;
using ctnn::Pad;
using ctnn::ReLU;
using ctnn::Repeat;
using ctnn::Sequential;
using Block = Sequential<Conv<3, 3, 8, Pad<1>>, ReLU>;
template <int N>
struct Stage final : Sequential<Conv<1, 1, 8>, Repeat<N - 1, Block>> {};
using One = Net<Input<16, 16, 4>, Stage<1>>;
static_assert(ctnn::params<One> == 4 * 8 + 8);  // the 1x1 convolution alone
static_assert(ctnn::output_shape<One> == ctnn::Shape::hwc(16, 16, 8));
// Rows: the stage, its Conv, and the empty Repeat (no copy under it).
static_assert(ctnn::rows<One>.size() == 1 + 3 && ctnn::rows<One>[3].name == "Repeat x0");
static_assert(ctnn::rows<One>[3].params() == 0 && ctnn::rows<One>[3].activations == 0);
static_assert(ctnn::activations<One> == ctnn::activations<Net<Input<16, 16, 4>, Conv<1, 1, 8>>>);
static_assert(ctnn::params<Net<Input<16, 16, 4>, Stage<3>>> ==
              4 * 8 + 8 + 2 * (3 * 3 * 8 * 8 + 8));
}  // namespace zero_repeat

// ---- a named block derived from a named block (not final): the most derived name shows ----
namespace renamed {
struct Stem : ctnn::Sequential<ctnn::Conv<3, 3, 8, ctnn::Pad<1>>, ctnn::ReLU> {};
struct WideStem final : Stem {};
using N = ctnn::Net<ctnn::Input<8, 8, 3>, WideStem>;
static_assert(ctnn::name_at<N, 1> == "WideStem" && ctnn::rows<N>[1].kind->name == "sequential");
static_assert(ctnn::params<N> == 3 * 3 * 3 * 8 + 8);
}  // namespace renamed
