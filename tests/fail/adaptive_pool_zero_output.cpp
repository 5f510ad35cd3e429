// AdaptiveAvgPool<0, 1>: an empty output.
// fix: ask for at least 1x1 (AdaptiveAvgPool<1> averages the whole map).
// expect: the requested output size must be at least 1x1
// expect: output_size_must_be_positive<ctnn::at_layer<1>, ctnn::AdaptiveAvgPool<0, 1>,
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<8, 8, 8>, AdaptiveAvgPool<1, 1>>;
#else
using Net1 = Net<Input<8, 8, 8>, AdaptiveAvgPool<0, 1>>;
#endif
static_assert(output_shape<Net1>.c == 8);
