// Static tests of ctnn/layers/transposed.hpp: ConvTranspose against PyTorch's ConvTranspose2d
// The samples of this header's layers that tests/static/laws.cpp holds to the laws of every
// layer (collected by tests/CMakeLists.txt from the "// laws:" lines of tests/static/layers):
// laws: ConvTranspose<2, 2, 8, Stride<2>>, ConvTranspose<3, 3, 8, Stride<2>, Pad<1>, OutputPadding<1>>
// laws: ConvTranspose<3, 3, 8, Stride<2>, Same, Groups<2>, NoBias>
// laws: ConvTranspose<3, 3, 4, Stride<2, 1>, Pad<1, 0, 0, 2>, Dilation<2>>
// (its documented output formula and weight shape) and U-Net's up-convolutions.
#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>

namespace {
using namespace ctnn;

// U-Net's lowest "up-conv 2x2" (Ronneberger et al. 2015, Figure 1): 28x28x1024 -> 56x56x512.
// PyTorch ConvTranspose2d(1024, 512, 2, stride=2): weight 1024 x 512 x 2 x 2, bias 512.
using UpConv = Net<Input<28, 28, 1024>, ConvTranspose<2, 2, 512, Stride<2>>>;
static_assert(output_shape<UpConv> == Shape::hwc(56, 56, 512));
static_assert(weights<UpConv> == 1024 * 512 * 2 * 2 && biases<UpConv> == 512);
static_assert(params<UpConv> == 2'097'664);
// MACs at the input positions: each of the 28*28*1024 inputs meets 512 * 2 * 2 taps. Counting
// at the output positions (56*56*512 outputs, each "2*2*1024 taps") would give 4x too many:
// with stride 2 and a 2x2 kernel, each output receives exactly one tap per input channel.
static_assert(macs<UpConv> == 28ull * 28 * 1024 * 512 * 2 * 2);
static_assert(macs<UpConv> == 56ull * 56 * 512 * 1024);
static_assert(ops<UpConv>.bias == 56ull * 56 * 512);

// PyTorch's formula, H_out = (H_in - 1)*stride - 2*padding + dilation*(k - 1) + output_padding
// + 1: kernel 3, stride 2, padding 1, output padding 1 doubles 7 to 14; without the output
// padding it gives 13.
static_assert(ConvTranspose<3, 3, 8, Stride<2>, Pad<1>, OutputPadding<1>>::output_shape(
                  Shape::hwc(7, 7, 16)) == Shape::hwc(14, 14, 8));
static_assert(ConvTranspose<3, 3, 8, Stride<2>, Pad<1>>::output_shape(Shape::hwc(7, 7, 16)) ==
              Shape::hwc(13, 13, 8));
// Stride 1, no padding: a "full" convolution, in + k - 1.
static_assert(ConvTranspose<5, 3, 4>::output_shape(Shape::hwc(10, 10, 2)) == Shape::hwc(14, 12, 4));
// Dilation 2: the kernel spans 2*(3 - 1) + 1 = 5.
static_assert(ConvTranspose<3, 3, 4, Dilation<2>>::output_shape(Shape::hwc(10, 10, 2)) ==
              Shape::hwc(14, 14, 4));
// Per-axis values and asymmetric padding (top 1, bottom 0, left 0, right 2):
// rows (6-1)*2 - 1 + 3 = 12, columns (6-1)*1 - 2 + 3 = 6.
static_assert(ConvTranspose<3, 3, 4, Stride<2, 1>, Pad<1, 0, 0, 2>>::output_shape(
                  Shape::hwc(6, 6, 2)) == Shape::hwc(12, 6, 4));
// Output padding per axis must stay below stride or dilation per axis.
static_assert(ConvTranspose<3, 3, 4, Stride<2, 3>, OutputPadding<1, 2>>::output_shape(
                  Shape::hwc(4, 4, 2)) == Shape::hwc(10, 14, 4));  // 3*2 + 2 + 1 + 1, 3*3 + 2 + 2 + 1
// Keras' padding='same': out = in * stride.
static_assert(ConvTranspose<3, 3, 4, Stride<2>, Same>::output_shape(Shape::hwc(9, 9, 2)) ==
              Shape::hwc(18, 18, 4));
static_assert(ConvTranspose<4, 4, 4, Stride<2>, Same>::output_shape(Shape::hwc(9, 9, 2)) ==
              Shape::hwc(18, 18, 4));

// Groups: PyTorch's weight is Cin x (F/G) x KH x KW.
using Grouped = ConvTranspose<4, 4, 32, Stride<2>, Pad<1>, Groups<4>, NoBias>;
static_assert(Grouped::weights(Shape::hwc(8, 8, 16)) == 16 * (32 / 4) * 4 * 4);
static_assert(Grouped::biases(Shape::hwc(8, 8, 16)) == 0);
static_assert(Grouped::ops(Shape::hwc(8, 8, 16)).macs == 8ull * 8 * 16 * (32 / 4) * 4 * 4);
static_assert(Grouped::output_shape(Shape::hwc(8, 8, 16)) == Shape::hwc(16, 16, 32));

// Names.
static_assert(ConvTranspose<2, 2, 512, Stride<2>>::name == "ConvTranspose 2x2/2, 512");
static_assert(Grouped::name == "ConvTranspose 4x4/2 p1 g4, 32, no bias");
static_assert(ConvTranspose<3, 3, 8, Stride<2>, Pad<1>, OutputPadding<1>>::name ==
              "ConvTranspose 3x3/2 p1 op1, 8");

// What it rejects (the errors themselves: tests/fail/conv_transpose_*.cpp).
static_assert(detail::check_of<ConvTranspose<3, 3, 8, Stride<2>, OutputPadding<2>>>(
                  Shape::hwc(4, 4, 4)).is<error::output_padding_out_of_range>());
static_assert(!detail::check_of<ConvTranspose<3, 3, 8, Dilation<3>, OutputPadding<2>>>(
                  Shape::hwc(4, 4, 4)));  // below the dilation
static_assert(detail::check_of<ConvTranspose<2, 2, 8, Stride<2>, Pad<2>>>(Shape::hwc(1, 1, 4)).is<error::transposed_convolution_output_must_be_positive>());
static_assert(detail::check_of<ConvTranspose<2, 2, 8>>(Shape::vector(4)).is<error::layer_needs_a_feature_map>());
static_assert(detail::check_of<ConvTranspose<2, 2, 6, Groups<4>>>(Shape::hwc(4, 4, 8)).is<error::groups_must_divide_channels>());

// Receptive field: the outputs are stride times denser. After a 2x2/2 pool (jump 2) a 2x2/2
// up-convolution brings the jump back to 1; each output sees one pooled value: field 2.
using PoolUp = Net<Input<8, 8, 1>, MaxPool<2, 2>, ConvTranspose<2, 2, 1, Stride<2>>>;
static_assert(receptive_field<PoolUp>.size_h == 2 && receptive_field<PoolUp>.jump_h == 1);
static_assert(receptive_field<PoolUp>.start_h == 0);
// A 3x3/2 up-convolution: an output sees one or two inputs; the field is the larger.
using PoolUp3 = Net<Input<8, 8, 1>, MaxPool<2, 2>, ConvTranspose<3, 3, 1, Stride<2>, Pad<1>>>;
static_assert(receptive_field<PoolUp3>.size_h == 4 && receptive_field<PoolUp3>.jump_h == 1);
// On the input itself the outputs fall between pixels: no whole-pixel field.
static_assert(!receptive_field<Net<Input<8, 8, 1>, ConvTranspose<2, 2, 1, Stride<2>>>>.known());
}  // namespace

// Keras' Conv2DTranspose(padding='same') with an explicit output_padding follows Keras'
// deconv_output_length: (in - 1)*s + K - 2*(K // 2) + output_padding, K the dilated kernel.
// 4x4/2 on 10 with output padding 1: 18 + 4 - 4 + 1 = 19 (without it, 'same' gives 20).
namespace {
using namespace ctnn;
static_assert(ConvTranspose<4, 4, 8, Stride<2>, Same, OutputPadding<1>>::output_shape(
                  Shape::hwc(10, 10, 4)) == Shape::hwc(19, 19, 8));
static_assert(ConvTranspose<4, 4, 8, Stride<2>, Same, OutputPadding<0>>::output_shape(
                  Shape::hwc(10, 10, 4)) == Shape::hwc(18, 18, 8));
static_assert(ConvTranspose<4, 4, 8, Stride<2>, Same>::output_shape(Shape::hwc(10, 10, 4)) ==
              Shape::hwc(20, 20, 8));
static_assert(ConvTranspose<3, 3, 8, Stride<2>, Same, OutputPadding<1>>::output_shape(
                  Shape::hwc(7, 7, 4)) == Shape::hwc(14, 14, 8));
}  // namespace
