// A stride-2 block repeated until the map is smaller than its kernel: the fourth copy of the
// block (at layer 2) fails at its first layer: 16 -> 7 -> 3 -> 1, and a 3x3 kernel on 1x1.
// fix: repeat a stride-2 block fewer times, or pad its convolution.
// expect: the kernel \(dilated: d\*\(k-1\)\+1\) is larger than the padded input
// expect: kernel_larger_than_padded_input<ctnn::at_layer<2, 4, 1>, ctnn::Conv<3, 3, 8, ctnn::Stride<2> ?>
// expect: input_hwc<1, 1, 8>
#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
constexpr int copies = 3;
#else
constexpr int copies = 4;
#endif
using Net1 = Net<Input<32, 32, 8>, MaxPool<2, 2>, Repeat<copies, Conv<3, 3, 8, Stride<2>>, ReLU>>;
static_assert(params<Net1> > 0);
