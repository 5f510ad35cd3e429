// Static tests of ctnn/analysis/params.hpp, on VGG-16 (the seed question) and BatchNorm nets.
#include <cstddef>
#include <cstdint>

#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/layers.hpp>
#include <ctnn/models/vgg.hpp>

namespace {
using namespace ctnn;
using models::VGG16;

template <class N>
constexpr std::uint64_t params_between(std::size_t first, std::size_t last) {
    std::uint64_t sum = 0;
    for (std::size_t i = first; i <= last; ++i) sum += rows<N>[i].params();
    return sum;
}

// The classic VGG-16 breakdown, biases included (docs/sources.md#vgg, "VGG-16 per layer";
// torchvision's vgg16 has the same layers): conv1 block 38,720 (1,792 + 36,928), conv2 221,440,
// conv3 1,475,328, conv4 5,899,776, conv5 7,079,424, fc1 102,764,544, fc2 16,781,312,
// fc3 4,097,000; total 138,357,544 (torchvision VGG16_Weights num_params).
static_assert(params_at<VGG16, 1> == 1'792 && params_at<VGG16, 3> == 36'928);
static_assert(params_between<VGG16>(1, 5) == 38'720);
static_assert(params_between<VGG16>(6, 10) == 221'440);
static_assert(params_between<VGG16>(11, 17) == 1'475'328);
static_assert(params_between<VGG16>(18, 24) == 5'899'776);
static_assert(params_between<VGG16>(25, 31) == 7'079'424);
static_assert(params_at<VGG16, 32> == 102'764'544);
static_assert(params_at<VGG16, 35> == 16'781'312);
static_assert(params_at<VGG16, 38> == 4'097'000);
static_assert(params<VGG16> == 138'357'544);
static_assert(total_params<VGG16> == 138'357'544 && non_trainable_params<VGG16> == 0);
static_assert(trainable_params<VGG16> == params<VGG16>);
// The first conv3-256 (128 input channels): 128*3*3*256 + 256 = 295,168 (294,912 weights).
static_assert(params_at<VGG16, 11> == 295'168);
static_assert(weights_at<VGG16, 11> == 294'912 && biases_at<VGG16, 11> == 256);
// Biases: one per filter or unit: 2*64 + 2*128 + 3*256 + 6*512 + 4096 + 4096 + 1000 = 13,416.
static_assert(biases<VGG16> == 13'416 && weights<VGG16> == 138'357'544 - 13'416);
// fc1 holds 74% of the parameters.
static_assert(params_at<VGG16, 32> * 100 / params<VGG16> == 74);

// The VGG paper, section 3.2: at test time fc1 becomes a 7x7 convolution on the 7x7x512 map,
// with the same 102,764,544 parameters; fc2 and fc3 become 1x1 convolutions.
static_assert(params<Net<Input<7, 7, 512>, Conv<7, 7, 4096>>> == 102'764'544);
using conv3_512 = Conv<3, 3, 512, Pad<1>>;
struct VGG16FullyConvolutional final
    : Net<Input<224, 224, 3>,
          Conv<3, 3, 64, Pad<1>>, ReLU, Conv<3, 3, 64, Pad<1>>, ReLU, MaxPool<2, 2>,
          Conv<3, 3, 128, Pad<1>>, ReLU, Conv<3, 3, 128, Pad<1>>, ReLU, MaxPool<2, 2>,
          Conv<3, 3, 256, Pad<1>>, ReLU, Conv<3, 3, 256, Pad<1>>, ReLU, Conv<3, 3, 256, Pad<1>>,
          ReLU, MaxPool<2, 2>,
          conv3_512, ReLU, conv3_512, ReLU, conv3_512, ReLU, MaxPool<2, 2>,
          conv3_512, ReLU, conv3_512, ReLU, conv3_512, ReLU, MaxPool<2, 2>,
          Conv<7, 7, 4096>, ReLU, Conv<1, 1, 4096>, ReLU, Conv<1, 1, 1000>> {};
static_assert(params<VGG16FullyConvolutional> == params<VGG16>);
static_assert(output_shape<VGG16FullyConvolutional> == Shape::hwc(1, 1, 1000));

// BatchNorm: 2C learnable (scale, shift), 2C non-trainable (moving mean, variance).
using BN = Net<Input<32, 32, 3>, Conv<3, 3, 16, Pad<1>, NoBias>, BatchNorm, ReLU>;
static_assert(params<BN> == 3 * 3 * 3 * 16 + 2 * 16);
static_assert(non_trainable_params<BN> == 2 * 16);
static_assert(total_params<BN> == params<BN> + non_trainable_params<BN>);
static_assert(non_trainable_params_at<BN, 2> == 32 && params_at<BN, 2> == 32);
}  // namespace
