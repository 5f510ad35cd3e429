// An 8x8 pooling after VGG-16's pool5 (7x7): the mistake ctnn's error messages were designed on.
// fix: pool with a window at most the (padded) input size, or drop the layer.
// expect: the pooling window is larger than the padded input
// expect: window_larger_than_padded_input<ctnn::at_layer<32>, ctnn::MaxPool<8, 8>
// expect: input_hwc<7, 7, 512>
// expect: window_hw<8, 8>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Extra = MaxPool<7, 7>;
#else
using Extra = MaxPool<8, 8>;
#endif
using c64 = Conv<3, 3, 64, Pad<1>>;
using c128 = Conv<3, 3, 128, Pad<1>>;
using c256 = Conv<3, 3, 256, Pad<1>>;
using c512 = Conv<3, 3, 512, Pad<1>>;
struct VGG16Plus final : Net<Input<224, 224, 3>, c64, ReLU, c64, ReLU, MaxPool<2, 2>,
                             c128, ReLU, c128, ReLU, MaxPool<2, 2>,
                             c256, ReLU, c256, ReLU, c256, ReLU, MaxPool<2, 2>,
                             c512, ReLU, c512, ReLU, c512, ReLU, MaxPool<2, 2>,
                             c512, ReLU, c512, ReLU, c512, ReLU, MaxPool<2, 2>, Extra> {};
static_assert(params<VGG16Plus> == 14'714'688);
