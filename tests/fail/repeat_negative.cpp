// Repeat<-1, ...>: a count computed as stage length - 2 for a stage of one block.
// fix: repeat zero times or more (Repeat<0, ...> is the identity), or remove the Repeat.
// expect: Repeat<N, ...> needs N >= 0
// expect: repeat_count_must_not_be_negative<ctnn::at_layer<2>, ctnn::Repeat<-1, ctnn::Conv<3, 3, 8, ctnn::Pad<1> ?>, ctnn::ReLU>
// expect: repeat_count<-1>
#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Stack = Repeat<0, Conv<3, 3, 8, Pad<1>>, ReLU>;
#else
using Stack = Repeat<-1, Conv<3, 3, 8, Pad<1>>, ReLU>;
#endif
using Net1 = Net<Input<16, 16, 8>, Conv<1, 1, 8>, Stack>;
static_assert(params<Net1> == 8 * 8 + 8);
