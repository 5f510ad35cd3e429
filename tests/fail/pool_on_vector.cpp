// Global pooling after global pooling: the second one receives a vector.
// fix: pool a map, before Flatten, FC or global pooling.
// expect: this layer needs an H x W x C input but receives a flat vector
// expect: layer_needs_a_feature_map<ctnn::at_layer<2>, ctnn::GlobalMaxPool, ctnn::error::input_vector<16> ?>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<8, 8, 16>, GlobalAvgPool, FC<4>>;
#else
using Net1 = Net<Input<8, 8, 16>, GlobalAvgPool, GlobalMaxPool>;
#endif
static_assert(output_shape<Net1>.flat);
