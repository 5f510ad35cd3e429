// Static tests of ctnn/layers/resize.hpp: Upsample, UpsampleBilinear and CenterCrop.
// The samples of this header's layers that tests/static/laws.cpp holds to the laws of every
// layer (collected by tests/CMakeLists.txt from the "// laws:" lines of tests/static/layers):
// laws: Upsample<2>, Upsample<2, 3>, UpsampleBilinear<2>, UpsampleBilinear<3, 1>, CenterCrop<4>
// laws: CenterCrop<1, 3>
#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>

namespace {
using namespace ctnn;

// Upsampling by integer factors: PyTorch Upsample(scale_factor=(2, 3)) on 5x7 gives 10x21.
static_assert(Upsample<2, 3>::output_shape(Shape::hwc(5, 7, 4)) == Shape::hwc(10, 21, 4));
static_assert(Upsample<2>::output_shape(Shape::hwc(5, 7, 4)) == Shape::hwc(10, 14, 4));
static_assert(UpsampleBilinear<2>::output_shape(Shape::hwc(5, 7, 4)) == Shape::hwc(10, 14, 4));
// No parameters; nearest copies (no operation), bilinear weighs 4 values per output.
using Up = Net<Input<5, 7, 4>, Upsample<2>>;
using Bi = Net<Input<5, 7, 4>, UpsampleBilinear<2>>;
static_assert(params<Up> == 0 && params<Bi> == 0);
static_assert(total_ops<Up> == 0);
static_assert(ops<Bi>.pooling == 4 * 10 * 14 * 4);
// A new buffer: activations are the input and the output.
static_assert(activations<Up> == 5 * 7 * 4 + 10 * 14 * 4);
static_assert(Upsample<2, 3>::name == "Upsample 2x3" && UpsampleBilinear<2>::name == "UpsampleBilinear 2");

// Receptive field after pooling by 4 and upsampling by 2: jump 4 -> 2; nearest keeps the
// size (each output copies one input), bilinear adds one input's jump.
using PoolNearest = Net<Input<16, 16, 1>, MaxPool<4, 4>, Upsample<2>>;
using PoolBilinear = Net<Input<16, 16, 1>, MaxPool<4, 4>, UpsampleBilinear<2>>;
static_assert(receptive_field<PoolNearest>.size_h == 4 && receptive_field<PoolNearest>.jump_h == 2);
static_assert(receptive_field<PoolBilinear>.size_h == 8 && receptive_field<PoolBilinear>.jump_h == 2);
static_assert(receptive_field<PoolBilinear>.start_h == 0);
// Factor 1 is a copy.
static_assert(receptive_field<Net<Input<4, 4, 1>, UpsampleBilinear<1>>>.size_h == 1);

// CenterCrop: U-Net's first skip connection, 568x568x64 cropped to 392x392 (Ronneberger et al.
// 2015, Figure 1: margins of 88 on each side).
using Crop = Net<Input<568, 568, 64>, CenterCrop<392>>;
static_assert(output_shape<Crop> == Shape::hwc(392, 392, 64));
static_assert(params<Crop> == 0 && total_ops<Crop> == 0);
static_assert(receptive_field<Crop>.start_h == 88 && receptive_field<Crop>.size_h == 1);
// An odd margin: the extra row goes to the bottom (top margin floor(5 / 2) = 2).
static_assert(CenterCrop<3, 4>::output_shape(Shape::hwc(8, 8, 2)) == Shape::hwc(3, 4, 2));
static_assert(receptive_field<Net<Input<8, 8, 2>, CenterCrop<3, 4>>>.start_h == 2);
static_assert(receptive_field<Net<Input<8, 8, 2>, CenterCrop<3, 4>>>.start_w == 2);
static_assert(CenterCrop<392>::name == "CenterCrop 392" && CenterCrop<3, 4>::name == "CenterCrop 3x4");
// What they reject (tests/fail/crop_larger_than_input.cpp, upsample_zero_factor.cpp).
static_assert(detail::check_of<CenterCrop<9>>(Shape::hwc(8, 10, 1)).is<error::crop_larger_than_input>());
static_assert(!detail::check_of<CenterCrop<8>>(Shape::hwc(8, 8, 1)));
static_assert(detail::check_of<CenterCrop<0, 2>>(Shape::hwc(8, 8, 1)).is<error::output_size_must_be_positive>());
static_assert(detail::check_of<Upsample<2, 0>>(Shape::hwc(8, 8, 1)).is<error::scale_factor_must_be_positive>());
static_assert(detail::check_of<Upsample<2>>(Shape::vector(8)).is<error::layer_needs_a_feature_map>());
}  // namespace
