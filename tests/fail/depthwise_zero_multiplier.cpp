// A depthwise convolution with multiplier 0.
// fix: the multiplier is at least 1 (output channels = input channels x multiplier).
// expect: the depth multiplier must be at least 1
// expect: depth_multiplier_must_be_positive<ctnn::at_layer<1>, ctnn::DepthwiseConv<3, 3, ctnn::Multiplier<0> ?>
// expect: multiplier<0>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<8, 8, 8>, DepthwiseConv<3, 3, Multiplier<1>>>;
#else
using Net1 = Net<Input<8, 8, 8>, DepthwiseConv<3, 3, Multiplier<0>>>;
#endif
static_assert(params<Net1> > 0);
