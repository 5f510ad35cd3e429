// Static tests of ctnn/layers/conv.hpp. Shapes and counts were checked against PyTorch 1.13
// The samples of this header's layers that tests/static/laws.cpp holds to the laws of every
// layer (collected by tests/CMakeLists.txt from the "// laws:" lines of tests/static/layers):
// laws: Conv<3, 3, 8>, Conv<3, 3, 8, Pad<1>>, Conv<1, 1, 4, NoBias>, Conv<3, 3, 8, Stride<2>, Same>
// laws: Conv<3, 3, 8, Dilation<2>, Pad<2>>, Conv<3, 3, 16, Groups<4>, Pad<1>>
// laws: Conv<3, 5, 8, Stride<2, 1>, Pad<0, 1, 2, 0>>, DepthwiseConv<3, 3, Pad<1>>
// laws: DepthwiseConv<3, 3, Stride<2>, Same, Multiplier<2>, NoBias>
// (torch.nn.Conv2d on a zero input; sum(p.numel() for p in conv.parameters())).
#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/receptive_field.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/layers/conv.hpp>
#include <ctnn/layers/input.hpp>

namespace {
using namespace ctnn;

// ---- output shapes: floor((in + 2p - d(k-1) - 1) / s) + 1 ----
static_assert(Conv<3, 3, 64, Pad<1>>::output_shape(Shape::hwc(224, 224, 3)) ==
              Shape::hwc(224, 224, 64));
static_assert(Conv<3, 3, 64>::output_shape(Shape::hwc(224, 224, 3)) == Shape::hwc(222, 222, 64));
// ResNet's stem: 7x7/2 p3 on 224 -> 112.
static_assert(Conv<7, 7, 64, Stride<2>, Pad<3>>::output_shape(Shape::hwc(224, 224, 3)) ==
              Shape::hwc(112, 112, 64));
// AlexNet (Caffe) conv1: 11x11/4 on 227 -> 55.
static_assert(Conv<11, 11, 96, Stride<4>>::output_shape(Shape::hwc(227, 227, 3)) ==
              Shape::hwc(55, 55, 96));
// Dilation 2, padding 2 keeps 56 (PyTorch: Conv2d(64, 64, 3, padding=2, dilation=2)).
static_assert(Conv<3, 3, 64, Pad<2>, Dilation<2>>::output_shape(Shape::hwc(56, 56, 64)) ==
              Shape::hwc(56, 56, 64));
// Rectangular everything (PyTorch: Conv2d(3, 8, (3, 5), stride=(2, 1), padding=(1, 0)) on
// 10x10 -> 5x6, 368 parameters).
using Rect = Conv<3, 5, 8, Stride<2, 1>, Pad<1, 0>>;
static_assert(Rect::output_shape(Shape::hwc(10, 10, 3)) == Shape::hwc(5, 6, 8));
static_assert(Rect::weights(Shape::hwc(10, 10, 3)) + Rect::biases(Shape::hwc(10, 10, 3)) == 368);
// Options in any order give the same layer numbers.
static_assert(Conv<3, 3, 8, Pad<1>, Stride<2>>::output_shape(Shape::hwc(9, 9, 4)) ==
              Conv<3, 3, 8, Stride<2>, Pad<1>>::output_shape(Shape::hwc(9, 9, 4)));
// Asymmetric padding: top 0, bottom 1, left 0, right 1 (Keras' ZeroPadding2D(((0,1),(0,1))) then
// a valid stride-2 convolution): 224 -> 112.
static_assert(Conv<3, 3, 32, Stride<2>, Pad<0, 1, 0, 1>>::output_shape(Shape::hwc(224, 224, 3)) ==
              Shape::hwc(112, 112, 32));

// ---- 'same' (TensorFlow): ceil(in / s) ----
static_assert(Conv<3, 3, 32, Same, Stride<2>>::output_shape(Shape::hwc(224, 224, 3)) ==
              Shape::hwc(112, 112, 32));
static_assert(Conv<3, 3, 32, Same, Stride<2>>::output_shape(Shape::hwc(225, 225, 3)) ==
              Shape::hwc(113, 113, 32));
static_assert(Conv<5, 5, 32, Same>::output_shape(Shape::hwc(3, 3, 3)) == Shape::hwc(3, 3, 32));
static_assert(detail::slide(7, 3, 2, 1, 0, 0, true, false).out == 4);
static_assert(detail::slide(7, 3, 2, 1, 0, 0, true, false).pad_begin == 1);
static_assert(detail::slide(8, 3, 2, 1, 0, 0, true, false).pad_begin == 0);  // odd total: 0 + 1
static_assert(detail::slide(8, 3, 2, 1, 0, 0, true, false).pad_end == 1);

// ---- parameters: KH*KW*(Cin/G)*F + F ----
// The seed's conv3-256 (input 128 channels): 128*3*3*256 + 256 = 295,168; 294,912 without bias.
constexpr Shape c128 = Shape::hwc(56, 56, 128);
static_assert(Conv<3, 3, 256, Pad<1>>::weights(c128) + Conv<3, 3, 256, Pad<1>>::biases(c128) ==
              295'168);
static_assert(Conv<3, 3, 256, Pad<1>, NoBias>::weights(c128) +
                  Conv<3, 3, 256, Pad<1>, NoBias>::biases(c128) ==
              294'912);
// Grouped: AlexNet's conv2, 5x5, 96 -> 256 in two groups: 5*5*48*256 + 256 = 307,456
// (Caffe bvlc_alexnet; docs/sources.md#alexnet).
static_assert(params_at<Net<Input<27, 27, 96>, Conv<5, 5, 256, Pad<2>, Groups<2>>>, 1> ==
              307'456);
// PyTorch Conv2d(8, 16, 3, stride=2, padding=1, groups=4): 304 parameters, 9x9 -> 5x5.
using G4 = Net<Input<9, 9, 8>, Conv<3, 3, 16, Stride<2>, Pad<1>, Groups<4>>>;
static_assert(params<G4> == 304 && output_shape<G4> == Shape::hwc(5, 5, 16));

// ---- depthwise: KH*KW*Cin*M (+ Cin*M) ----
static_assert(DepthwiseConv<3, 3, Stride<2>, Pad<1>>::output_shape(Shape::hwc(112, 112, 32)) ==
              Shape::hwc(56, 56, 32));
static_assert(DepthwiseConv<3, 3, Pad<1>, NoBias>::weights(Shape::hwc(112, 112, 32)) == 288);
static_assert(DepthwiseConv<3, 3, Pad<1>, NoBias>::biases(Shape::hwc(112, 112, 32)) == 0);
using DW2 = DepthwiseConv<3, 3, Multiplier<2>>;
static_assert(DW2::output_shape(Shape::hwc(8, 8, 16)) == Shape::hwc(6, 6, 32));
static_assert(DW2::weights(Shape::hwc(8, 8, 16)) == 288 && DW2::biases(Shape::hwc(8, 8, 16)) == 32);
// A depthwise convolution is a Conv with Groups = Cin and Filters = Cin * M.
static_assert(params<Net<Input<8, 8, 16>, DW2>> ==
              params<Net<Input<8, 8, 16>, Conv<3, 3, 32, Groups<16>>>>);

// ---- names as written ----
static_assert(Conv<3, 3, 64, Pad<1>>::name == "Conv 3x3/1 p1, 64");
static_assert(Conv<11, 11, 96, Stride<4>>::name == "Conv 11x11/4, 96");
static_assert(Conv<5, 5, 256, Pad<2>, Groups<2>>::name == "Conv 5x5/1 p2 g2, 256");
static_assert(Conv<3, 3, 32, Same, Stride<2>, NoBias>::name == "Conv 3x3/2 same, 32, no bias");
static_assert(Conv<3, 3, 64, Pad<2>, Dilation<2>>::name == "Conv 3x3/1 p2 d2, 64");
static_assert(Rect::name == "Conv 3x5/2x1 p1x0, 8");
static_assert(Conv<3, 3, 32, Stride<2>, Pad<0, 1, 0, 1>>::name == "Conv 3x3/2 p0,1,0,1, 32");
static_assert(DepthwiseConv<3, 3, Stride<2>, Pad<1>>::name == "DepthwiseConv 3x3/2 p1");
static_assert(DW2::name == "DepthwiseConv 3x3/1, x2");

// ---- checks (the compile errors themselves are tested in tests/fail) ----
static_assert(Conv<5, 5, 8>::check(Shape::hwc(4, 4, 3)).is<error::kernel_larger_than_padded_input>());
static_assert(!Conv<5, 5, 8, Pad<1>>::check(Shape::hwc(3, 3, 3)));  // 3 + 2 = 5 fits
static_assert(Conv<3, 3, 8, Dilation<2>>::check(Shape::hwc(4, 4, 3)).is<error::kernel_larger_than_padded_input>());  // spans 5
static_assert(Conv<3, 3, 8, Groups<2>>::check(Shape::hwc(9, 9, 3)).is<error::groups_must_divide_channels>());
static_assert(!Conv<3, 3, 9, Groups<3>>::check(Shape::hwc(9, 9, 6)));
static_assert(Conv<3, 3, 8, Stride<0>>::check(Shape::hwc(9, 9, 3)).is<error::stride_must_be_positive>());
static_assert(Conv<3, 3, 0>::check(Shape::hwc(9, 9, 3)).is<error::filters_must_be_positive>());
static_assert(Conv<0, 3, 8>::check(Shape::hwc(9, 9, 3)).is<error::kernel_must_be_positive>());
static_assert(Conv<3, 3, 8, Pad<-1>>::check(Shape::hwc(9, 9, 3)).is<error::padding_must_not_be_negative>());
static_assert(Conv<3, 3, 8>::check(Shape::vector(81)).is<error::layer_needs_a_feature_map>());
static_assert(DepthwiseConv<3, 3, Multiplier<0>>::check(Shape::hwc(9, 9, 3)).is<error::depth_multiplier_must_be_positive>());

// 'same' on depthwise convolutions, as Keras' DepthwiseConv2D: at stride 2 on 224 the total
// padding is 1, at the bottom/right (the first window starts at pixel 0); on 225 it is 2, one
// on each side.
static_assert(DepthwiseConv<3, 3, Stride<2>, Same>::output_shape(Shape::hwc(224, 224, 8)) ==
              Shape::hwc(112, 112, 8));
static_assert(receptive_field<Net<Input<224, 224, 8>, DepthwiseConv<3, 3, Stride<2>, Same>>>.start_h == 0);
static_assert(receptive_field<Net<Input<225, 225, 8>, DepthwiseConv<3, 3, Stride<2>, Same>>>.start_h == -1);
}  // namespace
