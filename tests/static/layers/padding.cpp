// Static tests of ctnn/layers/padding.hpp and ctnn/layers/input.hpp.
// The samples of this header's layers that tests/static/laws.cpp holds to the laws of every
// layer (collected by tests/CMakeLists.txt from the "// laws:" lines of tests/static/layers):
// laws: ZeroPad<1>, ZeroPad<0, 1, 0, 1>, ChannelPad<32, Stride<2>>, ChannelPad<600>
#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers/input.hpp>
#include <ctnn/layers/padding.hpp>

namespace {
using namespace ctnn;

static_assert(ZeroPad<1>::output_shape(Shape::hwc(224, 224, 3)) == Shape::hwc(226, 226, 3));
static_assert(ZeroPad<3, 0>::output_shape(Shape::hwc(10, 10, 3)) == Shape::hwc(16, 10, 3));
// Keras MobileNetV2's ZeroPadding2D(((0, 1), (0, 1))): one row at the bottom, one column right.
static_assert(ZeroPad<0, 1, 0, 1>::output_shape(Shape::hwc(112, 112, 32)) ==
              Shape::hwc(113, 113, 32));
static_assert(ZeroPad<1>::name == "ZeroPad 1" && ZeroPad<3, 0>::name == "ZeroPad 3x0");
static_assert(ZeroPad<0, 1, 0, 1>::name == "ZeroPad 0,1,0,1");
static_assert(ZeroPad<-1>::check(Shape::hwc(4, 4, 1)).is<error::padding_must_not_be_negative>());
static_assert(ZeroPad<1>::check(Shape::vector(4)).is<error::layer_needs_a_feature_map>());

static_assert(Input<224, 224, 3>::shape == Shape::hwc(224, 224, 3));
static_assert(Input<4096>::shape == Shape::vector(4096));
static_assert(Input<224, 224, 3>::name == "Input 224x224x3" && Input<784>::name == "Input 784");
static_assert(Input<224, 224, 3>::valid && !Input<0, 224, 3>::valid && !Input<-1>::valid);

// ChannelPad: ResNet's option A shortcut (He et al. 2016, Sec. 4.2). In the CIFAR ResNets the
// second stage's first block takes 32x32x16 to 16x16x32; its shortcut subsamples the input by 2
// (x[:, :, ::2, ::2]) and pads 8 + 8 zero channels (F.pad(..., (0, 0, 0, 0, 8, 8)) in the
// PyTorch versions): no parameters, 16x16x32 out.
static_assert(ChannelPad<32, Stride<2>>::name == "ChannelPad 1x1/2, 32");
static_assert(ChannelPad<32, Stride<2>>::output_shape(Shape::hwc(32, 32, 16)) == Shape::hwc(16, 16, 32));
static_assert(ChannelPad<32, Stride<2>>::output_shape(Shape::hwc(33, 31, 16)) == Shape::hwc(17, 16, 32));
static_assert(ChannelPad<16>::output_shape(Shape::hwc(8, 8, 16)) == Shape::hwc(8, 8, 16));
using OptionA = Net<Input<32, 32, 16>, ChannelPad<32, Stride<2>>>;
static_assert(params<OptionA> == 0 && ops<OptionA>.total() == 0);
static_assert(activations<OptionA> == 32 * 32 * 16 + 16 * 16 * 32);  // a new buffer
static_assert(receptive_field<OptionA>.jump_h == 2 && receptive_field<OptionA>.size_h == 1);
// The channels may not shrink, and a flat input has no map to subsample.
static_assert(ChannelPad<8>::check(Shape::hwc(4, 4, 16)).is<error::channel_pad_cannot_drop_channels>());
static_assert(ChannelPad<8>::check(Shape::vector(4)).is<error::layer_needs_a_feature_map>());
static_assert(ChannelPad<8, Stride<0>>::check(Shape::hwc(4, 4, 4)).is<error::stride_must_be_positive>());
}  // namespace
