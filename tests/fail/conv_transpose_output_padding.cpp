// OutputPadding<2> on a stride-2 transposed convolution: PyTorch requires output_padding to be
// smaller than the stride or the dilation.
// fix: use OutputPadding<1> (or none): it only picks between the output sizes stride 2 allows.
// expect: OutputPadding must be at least 0 and smaller than the stride or the dilation
// expect: output_padding_out_of_range<ctnn::at_layer<2>, ctnn::ConvTranspose<3, 3, 64, ctnn::Stride<2>, ctnn::Pad<1>, ctnn::OutputPadding<2> ?>
// expect: input_hwc<14, 14, 128>
// expect: output_padding_hw<2, 2>
// expect: limit_hw<2, 2>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Up = ConvTranspose<3, 3, 64, Stride<2>, Pad<1>, OutputPadding<1>>;
#else
using Up = ConvTranspose<3, 3, 64, Stride<2>, Pad<1>, OutputPadding<2>>;
#endif
using Net1 = Net<Input<14, 14, 256>, Conv<1, 1, 128>, Up>;
static_assert(params<Net1> > 0);
