// A convolution with no filters.
// fix: a convolution has at least one filter.
// expect: the number of filters must be at least 1
// expect: filters_must_be_positive<ctnn::at_layer<2>, ctnn::Conv<1, 1, 0>,
// expect: filters<0>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Squeeze = Conv<1, 1, 1>;
#else
using Squeeze = Conv<1, 1, 0>;
#endif
using Net1 = Net<Input<8, 8, 3>, Conv<3, 3, 8, Pad<1>>, Squeeze>;
static_assert(params<Net1> > 0);
