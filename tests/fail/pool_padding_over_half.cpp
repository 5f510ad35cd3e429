// A 3x3 max pooling padded by 2: PyTorch rejects padding over half the window.
// fix: pad at most half the window (Pad<1> for 3x3), or pad the input with ZeroPad first.
// expect: pooling padding must be at most half the window
// expect: pool_padding_over_half_window<ctnn::at_layer<1>, ctnn::MaxPool<3, 3, ctnn::Pad<2> ?>
// expect: padding_hw<2, 2>, ctnn::error::window_hw<3, 3>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<8, 8, 8>, MaxPool<3, 3, Pad<1>>>;
#else
using Net1 = Net<Input<8, 8, 8>, MaxPool<3, 3, Pad<2>>>;
#endif
static_assert(output_shape<Net1>.c == 8);
