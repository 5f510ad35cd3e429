// ChannelSplit into two branches of a 3-channel input.
// fix: give the input a channel count the number of branches divides.
// expect: ChannelSplit needs an H x W x C input whose C the number of branches divides
// expect: channel_split_needs_divisible_channels<ctnn::at_layer<1>, ctnn::ChannelSplit<ctnn::Identity, ctnn::ReLU>
// expect: input_hwc<8, 8, 3>, ctnn::error::branches<2>
#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<8, 8, 4>, ChannelSplit<Identity, ReLU>>;
#else
using Net1 = Net<Input<8, 8, 3>, ChannelSplit<Identity, ReLU>>;
#endif
static_assert(params<Net1> == 0);
