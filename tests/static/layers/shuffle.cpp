// Static tests of ctnn/layers/shuffle.hpp.
// The samples of this header's layers that tests/static/laws.cpp holds to the laws of every
// layer (collected by tests/CMakeLists.txt from the "// laws:" lines of tests/static/layers):
// laws: ChannelShuffle<4>, ChannelShuffle<1>
#include <ctnn/analysis.hpp>
#include <ctnn/layers/shuffle.hpp>

namespace {
using namespace ctnn;
// ShuffleNet v2's shuffle of 2 groups on 28x28x116: a permutation, written to a new buffer.
static_assert(ChannelShuffle<2>::output_shape(Shape::hwc(28, 28, 116)) == Shape::hwc(28, 28, 116));
static_assert(ChannelShuffle<2>::name == "ChannelShuffle 2");
using Shuffled = Net<Input<28, 28, 116>, ChannelShuffle<2>>;
static_assert(params<Shuffled> == 0 && activations<Shuffled> == 2 * 28 * 28 * 116);
// G must divide the channels, and be at least 1.
static_assert(ChannelShuffle<3>::check(Shape::hwc(4, 4, 116)).is<error::groups_must_divide_channels>());
static_assert(ChannelShuffle<0>::check(Shape::hwc(4, 4, 8)).is<error::groups_must_be_positive>());
static_assert(ChannelShuffle<2>::check(Shape::vector(8)).is<error::layer_needs_a_feature_map>());
}  // namespace
