// A 7x7 convolution on the 5x5 map left after two 2x2 poolings, without padding.
// fix: pad the input (Pad<P> or Same), use a smaller kernel, or downsample less before it.
// expect: the kernel \(dilated: d\*\(k-1\)\+1\) is larger than the padded input
// expect: kernel_larger_than_padded_input<ctnn::at_layer<4>, ctnn::Conv<7, 7, 64>
// expect: input_hwc<5, 5, 32>
// expect: padded_hw<5, 5>
// expect: kernel_hw<7, 7>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Last = Conv<7, 7, 64, Pad<1>>;  // 5 + 2 = 7: fits
#else
using Last = Conv<7, 7, 64>;
#endif
struct Small final : Net<Input<20, 20, 3>, Conv<3, 3, 32, Pad<1>>, MaxPool<2, 2>, MaxPool<2, 2>, Last> {};
static_assert(params<Small> > 0);
