// Upsample<0>: a scale factor of 0.
// fix: upsample by a factor of at least 1 (Upsample<2> doubles the height and width).
// expect: the upsampling factor must be at least 1
// expect: scale_factor_must_be_positive<ctnn::at_layer<1>, ctnn::Upsample<0>, ctnn::error::input_hwc<8, 8, 16>, ctnn::error::factor_hw<0, 0> ?>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Up = Upsample<2>;
#else
using Up = Upsample<0>;
#endif
using Net1 = Net<Input<8, 8, 16>, Up, Conv<3, 3, 4, Pad<1>>>;
static_assert(params<Net1> > 0);
