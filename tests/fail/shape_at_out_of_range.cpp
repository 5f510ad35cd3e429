// shape_at with an index past the last layer.
// fix: indices run from 0 (the input) to layer_count<N>.
// expect: the layer index is larger than the network's layer_count
// expect: layer_index_out_of_range<Tiny, ctnn::layer_index<3>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
struct Tiny final : Net<Input<10>, FC<5>, ReLU> {};
#ifdef CTNN_TWIN
static_assert(shape_at<Tiny, 2> == Shape::vector(5));
#else
static_assert(shape_at<Tiny, 3> == Shape::vector(5));
#endif
