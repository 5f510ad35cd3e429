// A 2x2 transposed convolution with padding 2 on a 1x1 map: the full output is 2x2, and the
// padding crops 2 rows and columns from each side.
// fix: pad less (padding crops the output of a transposed convolution), or upsample a larger map.
// expect: the padding crops away the whole output of the transposed convolution
// expect: transposed_convolution_output_must_be_positive<ctnn::at_layer<2>, ctnn::ConvTranspose<2, 2, 16, ctnn::Stride<2>, ctnn::Pad<2> ?>
// expect: input_hwc<1, 1, 32>
// expect: output_hw<-2, -2>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Up = ConvTranspose<2, 2, 16, Stride<2>>;
#else
using Up = ConvTranspose<2, 2, 16, Stride<2>, Pad<2>>;
#endif
using Net1 = Net<Input<4, 4, 8>, Conv<4, 4, 32>, Up>;
static_assert(params<Net1> > 0);
