// Static tests of ctnn/models/lenet.hpp, alexnet.hpp and vgg.hpp: per-layer numbers and shapes
// (tests/static/models/zoo.cpp checks every model against its published figures).
#include <ctnn/analysis.hpp>
#include <ctnn/models/alexnet.hpp>
#include <ctnn/models/lenet.hpp>
#include <ctnn/models/vgg.hpp>

namespace {
using namespace ctnn;
using namespace ctnn::models;

// LeNet-5, modern variant: 61,706 parameters (docs/sources.md#lenet-5): conv1 156, conv2 2,416,
// FC 120 48,120, FC 84 10,164, FC 10 850.
static_assert(params<LeNet5> == 61'706);
static_assert(params_at<LeNet5, 1> == 156 && params_at<LeNet5, 4> == 2'416);
static_assert(params_at<LeNet5, 8> == 48'120 && params_at<LeNet5, 10> == 10'164);
static_assert(params_at<LeNet5, 12> == 850);
static_assert(shape_at<LeNet5, 1> == Shape::hwc(28, 28, 6) && shape_at<LeNet5, 3> == Shape::hwc(14, 14, 6));
static_assert(shape_at<LeNet5, 6> == Shape::hwc(5, 5, 16));

// AlexNet as Caffe's bvlc_alexnet (docs/sources.md#alexnet): 60,965,224; per layer conv1 34,944
// (55x55), conv2 307,456 (27x27), conv3 885,120 (13x13), conv4 663,936, conv5 442,624,
// fc6 37,752,832, fc7 16,781,312, fc8 4,097,000.
static_assert(params<AlexNet> == 60'965'224);
static_assert(params_at<AlexNet, 1> == 34'944 && shape_at<AlexNet, 1> == Shape::hwc(55, 55, 96));
static_assert(params_at<AlexNet, 5> == 307'456 && shape_at<AlexNet, 5> == Shape::hwc(27, 27, 256));
static_assert(params_at<AlexNet, 9> == 885'120 && shape_at<AlexNet, 9> == Shape::hwc(13, 13, 384));
static_assert(params_at<AlexNet, 11> == 663'936 && params_at<AlexNet, 13> == 442'624);
static_assert(params_at<AlexNet, 16> == 37'752'832 && params_at<AlexNet, 19> == 16'781'312);
static_assert(params_at<AlexNet, 22> == 4'097'000);
static_assert(non_trainable_params<AlexNet> == 0);

// torchvision's AlexNet: 61,100,840 (AlexNet_Weights.IMAGENET1K_V1 num_params); fc6 sees
// 6*6*256 = 9,216 values.
static_assert(params<AlexNetTorchvision> == 61'100'840);
static_assert(shape_at<AlexNetTorchvision, 15> == Shape::vector(9'216));

// VGG: torchvision weight metadata (the paper's Table 2: 133, 133, 138, 144 million).
static_assert(params<VGG11> == 132'863'336);
static_assert(params<VGG13> == 133'047'848);
static_assert(params<VGG16> == 138'357'544);
static_assert(params<VGG19> == 143'667'240);
static_assert(params<VGG11> / 1'000'000 == 132 && (params<VGG11> + 500'000) / 1'000'000 == 133);
static_assert((params<VGG19> + 500'000) / 1'000'000 == 144);
static_assert(layer_count<VGG11> == 29 && layer_count<VGG19> == 45);
}  // namespace
