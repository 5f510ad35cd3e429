// Stride<0, 2>: a zero stride.
// fix: strides are at least 1.
// expect: the stride must be at least 1
// expect: stride_must_be_positive<ctnn::at_layer<2>, ctnn::Conv<3, 3, 16, ctnn::Stride<0, 2>
// expect: input_hwc<32, 32, 8>
// expect: stride_hw<0, 2>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Strided = Conv<3, 3, 16, Stride<1, 2>>;
#else
using Strided = Conv<3, 3, 16, Stride<0, 2>>;
#endif
using Net1 = Net<Input<32, 32, 3>, Conv<1, 1, 8>, Strided>;
static_assert(layer_count<Net1> == 2);
