// Static tests of ctnn/compose/separable.hpp: SeparableConv as Keras' SeparableConv2D.
#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>

namespace {
using namespace ctnn;

// Keras Xception's block5_sepconv1: SeparableConv2D(728, (3, 3), padding='same',
// use_bias=False) on 19x19x728: 3*3*728 depthwise + 728*728 pointwise = 536,536 parameters
// (Keras Applications' Xception summary).
using Middle = Net<Input<19, 19, 728>, SeparableConv<3, 3, 728, Same, NoBias>>;
static_assert(params<Middle> == 536'536);
static_assert(output_shape<Middle> == Shape::hwc(19, 19, 728));
// With its bias (Keras' default): + Filters.
static_assert(params<Net<Input<19, 19, 728>, SeparableConv<3, 3, 728, Same>>> == 536'536 + 728);
// MACs: depthwise out*Cin*K*K + pointwise out*Cin*F.
static_assert(macs<Middle> == 19ull * 19 * 728 * 9 + 19ull * 19 * 728 * 728);
// A block of two rows: the depthwise step (no bias, with the window options) and the
// pointwise step; its intermediate map counts in memory.
static_assert(rows<Middle>[1].is_block() && rows<Middle>[1].name == "SeparableConv 3x3/1 same, 728, no bias");
static_assert(rows<Middle>[2].name == "DepthwiseConv 3x3/1 same, no bias");
static_assert(rows<Middle>[3].name == "Conv 1x1/1, 728, no bias");
static_assert(activations<Middle> == 3 * 19 * 19 * 728);
// Stride, padding, dilation and the multiplier go to the depthwise step; the bias stays on the
// pointwise one.
using Strided = Net<Input<20, 20, 8>, SeparableConv<3, 3, 16, Stride<2>, Pad<1>, Dilation<1>, Multiplier<2>>>;
static_assert(output_shape<Strided> == Shape::hwc(10, 10, 16));
static_assert(weights<Strided> == 3 * 3 * 8 * 2 + 8 * 2 * 16 && biases<Strided> == 16);
static_assert(rows<Strided>[1].name == "SeparableConv 3x3/2 p1, x2, 16");
static_assert(receptive_field<Strided>.size_h == 3 && receptive_field<Strided>.jump_h == 2);
}  // namespace
