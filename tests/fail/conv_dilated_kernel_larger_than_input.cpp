// A 3x3 convolution with dilation 4 spans 9 inputs; the 7x7 map padded by 1 has 9: fits only
// with padding.
// fix: pad more, dilate less, or convolve a larger map.
// expect: the kernel \(dilated: d\*\(k-1\)\+1\) is larger than the padded input
// expect: at_layer<1>, ctnn::Conv<3, 3, 8, ctnn::Dilation<4>
// expect: input_hwc<6, 6, 3>
// expect: kernel_hw<9, 9>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<7, 7, 3>, Conv<3, 3, 8, Dilation<4>, Pad<1>>>;
#else
using Net1 = Net<Input<6, 6, 3>, Conv<3, 3, 8, Dilation<4>, Pad<1>>>;
#endif
static_assert(output_shape<Net1> == Shape::hwc(1, 1, 8));
