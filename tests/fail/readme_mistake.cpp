// The mistake shown in README.md: Groups<3> on the 32 channels of SmallNet's layer 4.
// fix: choose Groups<G> with G dividing both the input channels and the filters.
// expect: ctnn: Groups<G> must divide both the input channels and the filters
// expect: groups_must_divide_channels<ctnn::at_layer<4>, ctnn::Conv<3, 3, 64, ctnn::Pad<1>, ctnn::Groups<3> ?>
// expect: in_channels<32>, ctnn::error::filters<64>, ctnn::error::groups<3>
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Layer4 = Conv<3, 3, 64, Pad<1>>;
#else
using Layer4 = Conv<3, 3, 64, Pad<1>, Groups<3>>;
#endif
struct SmallNet final : Net<Input<32, 32, 3>,
                            Conv<3, 3, 32, Pad<1>>, ReLU, MaxPool<2, 2>,
                            Layer4, ReLU, MaxPool<2, 2>,
                            FC<128>, ReLU, FC<10>> {};
static_assert(params<SmallNet> > 0);
