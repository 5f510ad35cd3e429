// Static tests of ctnn/layers/pool.hpp. Shapes checked against PyTorch 1.13 nn.MaxPool2d.
// The samples of this header's layers that tests/static/laws.cpp holds to the laws of every
// layer (collected by tests/CMakeLists.txt from the "// laws:" lines of tests/static/layers):
// laws: MaxPool<2, 2>, MaxPool<3, 3, Stride<2>, Pad<1>, CeilMode>, AvgPool<3, 3, Stride<1>, Same>
// laws: AvgPool<2, 2, CeilMode>, MaxPool<3, 3, Stride<1>, Pad<2>, PadUpToWindow>, GlobalAvgPool
// laws: GlobalMaxPool, AdaptiveAvgPool<1, 1>, AdaptiveMaxPool<1>
#include <ctnn/analysis/receptive_field.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/layers/input.hpp>
#include <ctnn/layers/pool.hpp>

namespace {
using namespace ctnn;

// The stride defaults to the window: the seed's "MAXPOOL 2x2, stride 2".
static_assert(MaxPool<2, 2>::output_shape(Shape::hwc(224, 224, 64)) == Shape::hwc(112, 112, 64));
static_assert(MaxPool<2, 2>::options.stride_h == 2 && MaxPool<3, 2>::options.stride_w == 2);
// AlexNet's overlapping pooling: 3x3/2 on 55 -> 27, on 13 -> 6.
static_assert(MaxPool<3, 3, Stride<2>>::output_shape(Shape::hwc(55, 55, 96)) ==
              Shape::hwc(27, 27, 96));
static_assert(MaxPool<3, 3, Stride<2>>::output_shape(Shape::hwc(13, 13, 256)) ==
              Shape::hwc(6, 6, 256));
// ResNet's stem pooling: 3x3/2 p1 on 112 -> 56.
static_assert(MaxPool<3, 3, Stride<2>, Pad<1>>::output_shape(Shape::hwc(112, 112, 64)) ==
              Shape::hwc(56, 56, 64));

// Ceil mode (PyTorch ceil_mode=True, Caffe): GoogLeNet's 3x3/2 on 112 gives 56 (floor: 55).
static_assert(MaxPool<3, 3, Stride<2>, CeilMode>::output_shape(Shape::hwc(112, 112, 64)) ==
              Shape::hwc(56, 56, 64));
static_assert(MaxPool<3, 3, Stride<2>>::output_shape(Shape::hwc(112, 112, 64)) ==
              Shape::hwc(55, 55, 64));
static_assert(MaxPool<2, 2, CeilMode>::output_shape(Shape::hwc(7, 7, 1)) == Shape::hwc(4, 4, 1));
// The correction: no window may start in the right padding only. 2x2/2 p1 ceil on 5:
// ceil(5/2) + 1 = 4 windows, but the 4th would start at 6 >= 5 + 1, so 3 (PyTorch: 3).
static_assert(MaxPool<2, 2, Pad<1>, CeilMode>::output_shape(Shape::hwc(5, 5, 3)) ==
              Shape::hwc(3, 3, 3));
// 3x3/2 p1 ceil on 6: 4 windows, the last starts at 6 < 6 + 1 and stays (PyTorch: 4).
static_assert(MaxPool<3, 3, Stride<2>, Pad<1>, CeilMode>::output_shape(Shape::hwc(6, 6, 1)) ==
              Shape::hwc(4, 4, 1));
static_assert(AvgPool<2, 2, CeilMode>::output_shape(Shape::hwc(7, 7, 8)) == Shape::hwc(4, 4, 8));
// 'same' pooling (Keras padding='same'): ceil(in / s).
static_assert(MaxPool<3, 3, Stride<2>, Same>::output_shape(Shape::hwc(147, 147, 64)) ==
              Shape::hwc(74, 74, 64));

// Global and adaptive pooling.
static_assert(GlobalAvgPool::output_shape(Shape::hwc(7, 7, 2048)) == Shape::vector(2048));
static_assert(GlobalMaxPool::output_shape(Shape::hwc(7, 7, 512)) == Shape::vector(512));
static_assert(AdaptiveAvgPool<1, 1>::output_shape(Shape::hwc(7, 7, 512)) == Shape::hwc(1, 1, 512));
static_assert(AdaptiveAvgPool<6>::output_shape(Shape::hwc(13, 13, 256)) == Shape::hwc(6, 6, 256));
static_assert(AdaptiveMaxPool<2, 3>::output_shape(Shape::hwc(8, 8, 4)) == Shape::hwc(2, 3, 4));

// Names.
static_assert(MaxPool<2, 2>::name == "MaxPool 2x2/2");
static_assert(MaxPool<3, 3, Stride<2>, Pad<1>, CeilMode>::name == "MaxPool 3x3/2 p1, ceil");
static_assert(AvgPool<7, 7, Stride<1>>::name == "AvgPool 7x7/1");
static_assert(AdaptiveAvgPool<7>::name == "AdaptiveAvgPool 7x7");
static_assert(GlobalAvgPool::name == "GlobalAvgPool");

// Checks.
static_assert(MaxPool<8, 8>::check(Shape::hwc(7, 7, 512)).is<error::window_larger_than_padded_input>());
static_assert(MaxPool<3, 3, Pad<2>>::check(Shape::hwc(7, 7, 512)).is<error::pool_padding_over_half_window>());
static_assert(!MaxPool<3, 3, Pad<1>>::check(Shape::hwc(7, 7, 512)));
// PadUpToWindow lifts PyTorch's half-window rule to ONNX Runtime's "padding below the window":
// ONNX's backend test test_maxpool_2d_pads (onnx/backend/test/case/node/maxpool.py) pools
// 1x3x28x28 with a 3x3 kernel, stride 1 and pads 2 into 1x3x30x30.
static_assert(MaxPool<3, 3, Stride<1>, Pad<2>, PadUpToWindow>::output_shape(Shape::hwc(28, 28, 3)) ==
              Shape::hwc(30, 30, 3));
static_assert(!MaxPool<3, 3, Stride<1>, Pad<2>, PadUpToWindow>::check(Shape::hwc(28, 28, 3)));
static_assert(!AvgPool<3, 3, Stride<1>, Pad<2>, PadUpToWindow>::check(Shape::hwc(28, 28, 3)));
static_assert(MaxPool<3, 3, Pad<3>, PadUpToWindow>::check(Shape::hwc(28, 28, 3)).is<error::pool_padding_not_below_window>());
static_assert(AvgPool<2, 2>::check(Shape::vector(8)).is<error::layer_needs_a_feature_map>());
static_assert(GlobalAvgPool::check(Shape::vector(8)).is<error::layer_needs_a_feature_map>());
static_assert(AdaptiveAvgPool<8>::check(Shape::hwc(7, 7, 1)).is<error::adaptive_pool_cannot_grow_the_input>());
static_assert(AdaptiveAvgPool<0, 1>::check(Shape::hwc(7, 7, 1)).is<error::output_size_must_be_positive>());

// 'same' pooling splits an odd total padding as TensorFlow does: the extra row and column at
// the bottom and right, so the first window starts at the top-left pixel. 2x2/2 on 5: out 3,
// total (3-1)*2 + 2 - 5 = 1, all of it at the end; 3x3/1 on 5: total 2, one on each side.
static_assert(MaxPool<2, 2, Same>::output_shape(Shape::hwc(5, 5, 1)) == Shape::hwc(3, 3, 1));
static_assert(receptive_field<Net<Input<5, 5, 1>, MaxPool<2, 2, Same>>>.start_h == 0);
static_assert(receptive_field<Net<Input<5, 5, 1>, AvgPool<3, 3, Stride<1>, Same>>>.start_h == -1);
// Asymmetric explicit padding on pooling: one row at the bottom and one column at the right.
static_assert(MaxPool<2, 2, Pad<0, 1, 0, 1>>::output_shape(Shape::hwc(5, 5, 1)) == Shape::hwc(3, 3, 1));
static_assert(MaxPool<2, 2, Pad<0, 1, 0, 1>>::name == "MaxPool 2x2/2 p0,1,0,1");
}  // namespace
