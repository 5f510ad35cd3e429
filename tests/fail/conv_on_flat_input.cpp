// A convolution after Flatten.
// fix: convolve before Flatten, FC or global pooling; after them the tensor is a vector.
// expect: this layer needs an H x W x C input but receives a flat vector
// expect: layer_needs_a_feature_map<ctnn::at_layer<2>, ctnn::Conv<3, 3, 8>
// expect: input_vector<192>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<8, 8, 3>, Conv<3, 3, 8>, Flatten>;
#else
using Net1 = Net<Input<8, 8, 3>, Flatten, Conv<3, 3, 8>>;
#endif
static_assert(params<Net1> == 224);
