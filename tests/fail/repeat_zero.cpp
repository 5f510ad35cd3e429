// Repeat<0, ...>.
// fix: repeat at least once, or remove the Repeat.
// expect: Repeat<N, ...> needs N >= 1
// expect: repeat_count_must_be_positive<ctnn::at_layer<2>, ctnn::Repeat<0, ctnn::Conv<3, 3, 8, ctnn::Pad<1> ?>, ctnn::ReLU>
// expect: repeat_count<0>
#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Stack = Repeat<1, Conv<3, 3, 8, Pad<1>>, ReLU>;
#else
using Stack = Repeat<0, Conv<3, 3, 8, Pad<1>>, ReLU>;
#endif
using Net1 = Net<Input<16, 16, 8>, Conv<1, 1, 8>, Stack>;
static_assert(params<Net1> > 0);
