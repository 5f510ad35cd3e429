// CenterCrop<392> of a 280x280 map: U-Net's skip connection cropped to the wrong level's size.
// fix: crop to at most the input's size (CenterCrop<200> at this level of U-Net).
// expect: the crop is larger than its input
// expect: crop_larger_than_input<ctnn::at_layer<2>, ctnn::CenterCrop<392>, ctnn::error::input_hwc<280, 280, 128>, ctnn::error::crop_hw<392, 392> ?>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Crop = CenterCrop<200>;
#else
using Crop = CenterCrop<392>;
#endif
using Net1 = Net<Input<282, 282, 128>, Conv<3, 3, 128>, Crop>;
static_assert(params<Net1> > 0);
