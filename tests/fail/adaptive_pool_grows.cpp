// AdaptiveAvgPool<7> on a 6x6 map.
// fix: ask for at most the input size (AdaptiveAvgPool<6> here), or pool less before it.
// expect: adaptive pooling asks for an output larger than its input
// expect: adaptive_pool_cannot_grow_the_input<ctnn::at_layer<2>, ctnn::AdaptiveAvgPool<7>
// expect: input_hwc<6, 6, 256>
// expect: output_hw<7, 7>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Head = AdaptiveAvgPool<6>;
#else
using Head = AdaptiveAvgPool<7>;
#endif
using Net1 = Net<Input<13, 13, 256>, MaxPool<3, 3, Stride<2>>, Head>;
static_assert(params<Net1> == 0);
