// Static tests of ctnn/models/squeezenet.hpp: SqueezeNet 1.1 as torchvision builds it. Per-module
// figures are torchvision's parameter counts and forward-hook output shapes on a zero
// 1x3x224x224 input, recounted with torchvision 0.14 (Debian python3-torchvision); torchvision
// prints N x C x H x W, written here as H x W x C.
#include <ctnn/analysis.hpp>
#include <ctnn/models/squeezenet.hpp>

namespace {
using namespace ctnn;
using namespace ctnn::models;

// Elements, as torchvision's features[0..12] then classifier[0..3] and the flatten of forward():
// 1 conv1, 2 ReLU, 3 pool, 4 fire2, 5 fire3, 6 pool, 7 fire4, 8 fire5, 9 pool, 10 fire6,
// 11 fire7, 12 fire8, 13 fire9, 14 dropout, 15 conv10, 16 ReLU, 17 adaptive pool, 18 flatten.
static_assert(layer_count<SqueezeNet11> == 18);
// A Fire is one block of 10 rows: itself, squeeze and ReLU, the Concat, and two branches of
// (Sequential, conv, ReLU); the other 10 elements are one row each, plus the Input.
static_assert(rows<SqueezeNet11>.size() == 1 + 10 + 8 * 10);
static_assert(name_at<SqueezeNet11, 4> == "Fire<16, 64, 64>");

// Stem (recounted with torchvision 0.14 (Debian python3-torchvision)): conv1 1,792 parameters,
// 111x111x64; the ceil-mode pool gives 55x55.
static_assert(params_at<SqueezeNet11, 1> == 1'792);
static_assert(shape_at<SqueezeNet11, 1> == Shape::hwc(111, 111, 64));
static_assert(shape_at<SqueezeNet11, 3> == Shape::hwc(55, 55, 64));

// Each Fire module's output shape and parameters (recounted with torchvision 0.14 (Debian
// python3-torchvision)): fire2 11,408, fire3 12,432, fire4 45,344, fire5 49,440, fire6 104,880,
// fire7 111,024, fire8 188,992, fire9 197,184.
static_assert(shape_at<SqueezeNet11, 4> == Shape::hwc(55, 55, 128));
static_assert(params_at<SqueezeNet11, 4> == 11'408);
static_assert(shape_at<SqueezeNet11, 5> == Shape::hwc(55, 55, 128));
static_assert(params_at<SqueezeNet11, 5> == 12'432);
static_assert(shape_at<SqueezeNet11, 6> == Shape::hwc(27, 27, 128));
static_assert(shape_at<SqueezeNet11, 7> == Shape::hwc(27, 27, 256));
static_assert(params_at<SqueezeNet11, 7> == 45'344);
static_assert(shape_at<SqueezeNet11, 8> == Shape::hwc(27, 27, 256));
static_assert(params_at<SqueezeNet11, 8> == 49'440);
static_assert(shape_at<SqueezeNet11, 9> == Shape::hwc(13, 13, 256));
static_assert(shape_at<SqueezeNet11, 10> == Shape::hwc(13, 13, 384));
static_assert(params_at<SqueezeNet11, 10> == 104'880);
static_assert(shape_at<SqueezeNet11, 11> == Shape::hwc(13, 13, 384));
static_assert(params_at<SqueezeNet11, 11> == 111'024);
static_assert(shape_at<SqueezeNet11, 12> == Shape::hwc(13, 13, 512));
static_assert(params_at<SqueezeNet11, 12> == 188'992);
static_assert(shape_at<SqueezeNet11, 13> == Shape::hwc(13, 13, 512));
static_assert(params_at<SqueezeNet11, 13> == 197'184);

// Classifier (recounted with torchvision 0.14 (Debian python3-torchvision)): conv10 513,000,
// 13x13x1000, pooled to 1x1x1000 and flattened to 1000.
static_assert(params_at<SqueezeNet11, 15> == 513'000);
static_assert(shape_at<SqueezeNet11, 15> == Shape::hwc(13, 13, 1000));
static_assert(shape_at<SqueezeNet11, 17> == Shape::hwc(1, 1, 1000));
static_assert(output_shape<SqueezeNet11> == Shape::vector(1000));

// torchvision weight metadata, SqueezeNet1_1_Weights.IMAGENET1K_V1.meta["num_params"]; no
// BatchNorm, so no buffers (docs/sources.md#squeezenet).
static_assert(params<SqueezeNet11> == 1'235'496);
static_assert(non_trainable_params<SqueezeNet11> == 0);
static_assert(total_params<SqueezeNet11> == params<SqueezeNet11>);
// Every convolution has a bias: 64 + fires' (S + E1 + E3) + 1000.
static_assert(biases<SqueezeNet11> ==
              64 + 2 * (16 + 128) + 2 * (32 + 256) + 2 * (48 + 384) + 2 * (64 + 512) + 1000);
}  // namespace
