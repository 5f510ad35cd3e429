// InstanceNorm after global pooling to 1x1: each channel has a single value to normalize
// (PyTorch: "Expected more than 1 spatial element when training", in eval mode too).
// fix: normalize before pooling to 1x1, or use BatchNorm (its statistics are learned) or
// LayerNorm (over the channels) there.
// expect: would compute its mean and variance over a single value per group or channel
// expect: normalization_needs_more_than_one_value<ctnn::at_layer<3>, ctnn::InstanceNorm, ctnn::error::input_hwc<1, 1, 64>, ctnn::error::values_per_statistic<1> ?>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Norm = LayerNorm;
#else
using Norm = InstanceNorm;
#endif
using Net1 = Net<Input<16, 16, 3>, Conv<3, 3, 64, Pad<1>>, AdaptiveAvgPool<1>, Norm>;
static_assert(params<Net1> > 0);
