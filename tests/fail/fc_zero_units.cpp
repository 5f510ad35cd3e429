// FC<0>.
// fix: an FC layer has at least one unit.
// expect: the number of units must be at least 1
// expect: units_must_be_positive<ctnn::at_layer<3>, ctnn::FC<0>
// expect: units<0>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Head = FC<1>;
#else
using Head = FC<0>;
#endif
using Net1 = Net<Input<16>, FC<8>, ReLU, Head>;
static_assert(params<Net1> > 0);
