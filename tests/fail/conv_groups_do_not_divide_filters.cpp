// Groups<4> on 8 input channels (fine) but 10 filters (not a multiple of 4).
// fix: choose Groups<G> with G dividing both the input channels and the filters.
// expect: Groups<G> must divide both the input channels and the filters
// expect: groups_must_divide_channels<ctnn::at_layer<1>, ctnn::Conv<3, 3, 10, ctnn::Groups<4> ?>
// expect: in_channels<8>, ctnn::error::filters<10>, ctnn::error::groups<4>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<8, 8, 8>, Conv<3, 3, 12, Groups<4>>>;
#else
using Net1 = Net<Input<8, 8, 8>, Conv<3, 3, 10, Groups<4>>>;
#endif
static_assert(params<Net1> > 0);
