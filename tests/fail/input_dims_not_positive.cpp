// An Input with a zero dimension.
// fix: every dimension of Input is at least 1.
// expect: every dimension of Input<...> must be at least 1
// expect: input_dimensions_must_be_positive<ctnn::at_layer<0>, ctnn::Input<224, 0, 3>
// expect: input_written_as<224, 0, 3>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<224, 1, 3>, ReLU>;
#else
using Net1 = Net<Input<224, 0, 3>, ReLU>;
#endif
static_assert(params<Net1> == 0);
