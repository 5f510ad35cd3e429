// Groups<3> on 64 input channels: 64 is not a multiple of 3.
// fix: choose Groups<G> with G dividing both the input channels and the filters.
// expect: Groups<G> must divide both the input channels and the filters
// expect: groups_must_divide_channels<ctnn::at_layer<3>, ctnn::Conv<3, 3, 96, ctnn::Pad<1>, ctnn::Groups<3> ?>
// expect: in_channels<64>
// expect: filters<96>
// expect: groups<3>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Grouped = Conv<3, 3, 96, Pad<1>, Groups<2>>;
#else
using Grouped = Conv<3, 3, 96, Pad<1>, Groups<3>>;
#endif
using Net1 = Net<Input<32, 32, 3>, Conv<3, 3, 64, Pad<1>>, ReLU, Grouped>;
static_assert(params<Net1> > 0);
