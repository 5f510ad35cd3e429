// An input written channels first, as PyTorch prints tensors (3 x 224 x 224), where ctnn reads
// H x W x C: the network goes wrong only layers later (the convolution sees a 3-row map), and
// that first error says what the input looks like.
// fix: write the input H x W x C: Input<224, 224, 3>.
// expect: the kernel \(dilated: d\*\(k-1\)\+1\) is larger than the padded input
// expect: kernel_larger_than_padded_input<ctnn::input_looks_CxHxW_write_HxWxC<ctnn::at_layer<3> ?>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Stem = Net<Input<224, 224, 3>, Conv<7, 7, 64, Stride<2>, Pad<3>>, MaxPool<3, 3, Stride<2>, Pad<1>>, Conv<3, 3, 64>>;
#else
using Stem = Net<Input<3, 224, 224>, Conv<7, 7, 64, Stride<2>, Pad<3>>, MaxPool<3, 3, Stride<2>, Pad<1>>, Conv<3, 3, 64>>;
#endif
static_assert(params<Stem> > 0);
