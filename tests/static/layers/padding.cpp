// Static tests of ctnn/layers/padding.hpp and ctnn/layers/input.hpp.
// The samples of this header's layers that tests/static/laws.cpp holds to the laws of every
// layer (collected by tests/CMakeLists.txt from the "// laws:" lines of tests/static/layers):
// laws: ZeroPad<1>, ZeroPad<0, 1, 0, 1>
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
}  // namespace
