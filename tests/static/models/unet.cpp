// Static tests of ctnn/models/unet.hpp: U-Net (Ronneberger, Fischer and Brox 2015) as Figure 1
// of the paper draws it, and its padded variant.
#include <ctnn/analysis.hpp>
#include <ctnn/models/unet.hpp>

namespace {
using namespace ctnn;
using models::UNet;
using models::UNetPadded;

// Figure 1: a 572x572 input tile gives a 388x388 map with 2 classes.
static_assert(input_shape<UNet> == Shape::hwc(572, 572, 1));
static_assert(output_shape<UNet> == Shape::hwc(388, 388, 2));
// 31,030,658 parameters and 150,428,424,448 multiply-accumulates, recounted in PyTorch 1.13
// (Debian python3-torch) from a module written after Figure 1 (transposed convolutions counted
// at their input positions); the same figures are given in issue 7 of this project.
static_assert(params<UNet> == 31'030'658);
static_assert(macs<UNet> == 150'428'424'448);
static_assert(non_trainable_params<UNet> == 0);

// The contracting path's maps as the figure labels them: 568x568x64, 280x280x128, 136x136x256,
// 64x64x512, and 28x28x1024 at the bottom; the crops of the skip connections 392, 200, 104
// and 56. Rows of the nested levels (rows<UNet> in pre-order): level 1 is row 1.
constexpr const Row& row(std::size_t i) { return rows<UNet>[i]; }
constexpr std::size_t find(std::string_view name, std::size_t from = 0) {
    for (std::size_t i = from; i < rows<UNet>.size(); ++i)
        if (rows<UNet>[i].name == name) return i;
    return rows<UNet>.size();
}
static_assert(row(find("CenterCrop 392")).input == Shape::hwc(568, 568, 64));
static_assert(row(find("CenterCrop 200")).input == Shape::hwc(280, 280, 128));
static_assert(row(find("CenterCrop 104")).input == Shape::hwc(136, 136, 256));
static_assert(row(find("CenterCrop 56")).input == Shape::hwc(64, 64, 512));
static_assert(row(find("DoubleConv<1024>")).output == Shape::hwc(28, 28, 1024));
// The up-convolutions: 28 -> 56 with 512 channels, ... 196 -> 392 with 64.
static_assert(row(find("ConvTranspose 2x2/2, 512")).output == Shape::hwc(56, 56, 512));
static_assert(row(find("ConvTranspose 2x2/2, 64")).output == Shape::hwc(392, 392, 64));
static_assert(row(find("ConvTranspose 2x2/2, 64")).params() == 128 * 64 * 4 + 64);

// Peak memory: the skip connections stay alive while the levels below run, but the largest
// moment is the first level's second convolution, 570x570x64 in and 568x568x64 out (the input
// tile is freed after the first one).
static_assert(peak_activations<UNet> == 568ull * 568 * 64 + 570ull * 570 * 64);

// The padded variant keeps every map's size: 512x512x1 -> 512x512x2, the same parameters,
// and 192,384,335,872 MACs (recounted in PyTorch as above).
static_assert(output_shape<UNetPadded> == Shape::hwc(512, 512, 2));
static_assert(params<UNetPadded> == params<UNet>);
static_assert(macs<UNetPadded> == 192'384'335'872);

// Receptive field: through four 2x2 poolings and four 2x2 up-convolutions back to a jump of 1;
// each output position sees at most 200x200 input pixels (outputs differ by position after
// upsampling: this is the largest).
static_assert(receptive_field<UNet>.size_h == 200 && receptive_field<UNet>.jump_h == 1);
}  // namespace
