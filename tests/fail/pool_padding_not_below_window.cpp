// A 3x3 max pooling padded by 3 with PadUpToWindow: even ONNX Runtime's looser rule wants the
// padding below the window.
// fix: pad less than the window (at most 2 for 3x3), or pad the input with ZeroPad first.
// expect: pooling padding must be smaller than the window
// expect: pool_padding_not_below_window<ctnn::at_layer<1>, ctnn::MaxPool<3, 3, ctnn::Stride<1>, ctnn::Pad<3>, ctnn::PadUpToWindow ?>
// expect: padding_hw<3, 3>, ctnn::error::window_hw<3, 3>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<8, 8, 8>, MaxPool<3, 3, Stride<1>, Pad<2>, PadUpToWindow>>;
#else
using Net1 = Net<Input<8, 8, 8>, MaxPool<3, 3, Stride<1>, Pad<3>, PadUpToWindow>>;
#endif
static_assert(output_shape<Net1>.c == 8);
