// CeilMode is a pooling option, not a convolution option.
// fix: use only the options the layer documents (CeilMode belongs to pooling).
// expect: this layer does not take this option
// expect: option_not_accepted_by_this_layer<ctnn::Conv<3, 3, 8, ctnn::CeilMode>, ctnn::CeilMode>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<8, 8, 3>, Conv<3, 3, 8>, MaxPool<2, 2, CeilMode>>;
#else
using Net1 = Net<Input<8, 8, 3>, Conv<3, 3, 8, CeilMode>>;
#endif
static_assert(params<Net1> == 224);
