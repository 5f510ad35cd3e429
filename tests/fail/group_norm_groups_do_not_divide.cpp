// GroupNorm<32> on 48 channels: 32 groups cannot split 48 channels evenly (PyTorch: "num_channels
// must be divisible by num_groups").
// fix: choose G dividing the channels (GroupNorm<16> or GroupNorm<8> for 48 channels).
// expect: GroupNorm<G> needs at least one group and G dividing the input channels
// expect: norm_groups_must_divide_channels<ctnn::at_layer<2>, ctnn::GroupNorm<32>, ctnn::error::input_hwc<32, 32, 48>, ctnn::error::channels<48>, ctnn::error::groups<32> ?>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Norm = GroupNorm<16>;
#else
using Norm = GroupNorm<32>;
#endif
using Net1 = Net<Input<32, 32, 3>, Conv<3, 3, 48, Pad<1>>, Norm>;
static_assert(params<Net1> > 0);
