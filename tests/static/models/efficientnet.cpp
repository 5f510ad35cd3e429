// Static tests of ctnn/models/efficientnet.hpp: EfficientNet-B0 as torchvision's efficientnet_b0.
// "Recounted" numbers come from torchvision 0.14 (Debian python3-torchvision): per-module
// sum(p.numel() for p in m.parameters()), the BatchNorm buffers without num_batches_tracked,
// and forward-hook output shapes on a zero 1x3x224x224 input.
#include <ctnn/analysis.hpp>
#include <ctnn/models/efficientnet.hpp>

namespace {
using namespace ctnn;
using namespace ctnn::models;
using namespace ctnn::models::efficientnet;
using B0 = EfficientNetB0;

// ---- headline numbers ----------------------------------------------------------------------
// torchvision weight metadata, EfficientNet_B0_Weights.IMAGENET1K_V1.meta["num_params"].
static_assert(params<B0> == 5'288'548);
// The paper's Table 2: 5.3M parameters.
static_assert((params<B0> + 50'000) / 100'000 == 53);
// BatchNorm buffers: 42,016 (recounted with torchvision 0.14; docs/sources.md#efficientnet-b0).
static_assert(non_trainable_params<B0> == 42'016);
// What Keras would call "Total params" for the same architecture: parameters + BN statistics.
static_assert(total_params<B0> == 5'288'548 + 42'016);

// ---- structure -------------------------------------------------------------------------------
// Stem, 7 stages, last conv, AdaptiveAvgPool, Flatten, Dropout, FC.
static_assert(layer_count<B0> == 13);
static_assert(name_at<B0, 1> == "ConvBnSiLU<3, 32, 2>");

// ---- shapes at stage boundaries: element i + 1 is torchvision's features[i] -----------------
// Recounted with torchvision 0.14 (forward hooks).
static_assert(shape_at<B0, 1> == Shape::hwc(112, 112, 32));
static_assert(shape_at<B0, 2> == Shape::hwc(112, 112, 16));
static_assert(shape_at<B0, 3> == Shape::hwc(56, 56, 24));
static_assert(shape_at<B0, 4> == Shape::hwc(28, 28, 40));
static_assert(shape_at<B0, 5> == Shape::hwc(14, 14, 80));
static_assert(shape_at<B0, 6> == Shape::hwc(14, 14, 112));
static_assert(shape_at<B0, 7> == Shape::hwc(7, 7, 192));
static_assert(shape_at<B0, 8> == Shape::hwc(7, 7, 320));
static_assert(shape_at<B0, 9> == Shape::hwc(7, 7, 1280));
static_assert(shape_at<B0, 10> == Shape::hwc(1, 1, 1280));  // AdaptiveAvgPool2d(1)
static_assert(shape_at<B0, 11> == Shape::vector(1280));     // torch.flatten(x, 1)
static_assert(output_shape<B0> == Shape::vector(1000));

// ---- per stage: parameters and BatchNorm buffers of features[0] ... features[8] ------------
// Recounted with torchvision 0.14.
static_assert(params_at<B0, 1> == 928 && non_trainable_params_at<B0, 1> == 64);
static_assert(params_at<B0, 2> == 1'448 && non_trainable_params_at<B0, 2> == 96);
static_assert(params_at<B0, 3> == 16'714 && non_trainable_params_at<B0, 3> == 1'056);
static_assert(params_at<B0, 4> == 46'640 && non_trainable_params_at<B0, 4> == 1'696);
static_assert(params_at<B0, 5> == 242'930 && non_trainable_params_at<B0, 5> == 5'280);
static_assert(params_at<B0, 6> == 543'148 && non_trainable_params_at<B0, 6> == 7'968);
static_assert(params_at<B0, 7> == 2'026'348 && non_trainable_params_at<B0, 7> == 18'048);
static_assert(params_at<B0, 8> == 717'232 && non_trainable_params_at<B0, 8> == 5'248);
static_assert(params_at<B0, 9> == 412'160 && non_trainable_params_at<B0, 9> == 2'560);
// classifier: Linear(1280, 1000) = 1,281,000 (recounted with torchvision 0.14).
static_assert(params_at<B0, 13> == 1'281'000);

// ---- single blocks (recounted with torchvision 0.14: features[i][j]) --------------------------
template <int H, int C, class Block>
using alone = Net<Input<H, H, C>, Block>;

// features[1][0]: MBConv1 k3, 32 -> 16, no expansion, no shortcut: 1,448, BN buffers 96;
// its SqueezeExcitation(32, 8): 552.
using S2 = alone<112, 32, MBConv<1, 3, 1, 32, 16>>;
static_assert(params<S2> == 1'448 && non_trainable_params<S2> == 96);
static_assert(output_shape<S2> == Shape::hwc(112, 112, 16));
static_assert(params<alone<112, 32, SqueezeExcitation<32, 8>>> == 552);

// features[2][0]: MBConv6 k3 stride 2, 16 -> 24: 6,004, BN buffers 432; SE(96, 4): 868.
using S3a = alone<112, 16, MBConv<6, 3, 2, 16, 24>>;
static_assert(params<S3a> == 6'004 && non_trainable_params<S3a> == 432);
static_assert(output_shape<S3a> == Shape::hwc(56, 56, 24));
static_assert(params<alone<56, 96, SqueezeExcitation<96, 4>>> == 868);

// features[2][1]: MBConv6 k3, 24 -> 24, residual: 10,710, BN buffers 624; SE(144, 6): 1,878.
using S3b = alone<56, 24, MBConv<6, 3, 1, 24, 24>>;
static_assert(params<S3b> == 10'710 && non_trainable_params<S3b> == 624);
static_assert(name_at<S3b, 1> == "MBConv<6, 3, 1, 24, 24>");
// Residual block: MBConv's row, then its body (a named block) and the identity shortcut.
static_assert(rows<S3b>[1].name == "MBConv<6, 3, 1, 24, 24>");
static_assert(rows<S3b>[2].name == "MBConvBody<6, 3, 1, 24, 24>" && rows<S3b>[2].depth == 1);
static_assert(params<alone<56, 144, SqueezeExcitation<144, 6>>> == 1'878);

// features[4][0]: MBConv6 k3 stride 2, 40 -> 80: 37,130, BN buffers 1,120; SE(240, 10): 5,050.
using S5a = alone<28, 40, MBConv<6, 3, 2, 40, 80>>;
static_assert(params<S5a> == 37'130 && non_trainable_params<S5a> == 1'120);
static_assert(params<alone<14, 240, SqueezeExcitation<240, 10>>> == 5'050);

// features[6][1]: MBConv6 k5, 192 -> 192, residual: 587,952, BN buffers 4,992;
// SE(1152, 48): 111,792.
using S7b = alone<7, 192, MBConv<6, 5, 1, 192, 192>>;
static_assert(params<S7b> == 587'952 && non_trainable_params<S7b> == 4'992);
static_assert(params<alone<7, 1152, SqueezeExcitation<1152, 48>>> == 111'792);

// features[7][0]: MBConv6 k3, 192 -> 320: 717,232, BN buffers 5,248 (the whole stage).
using S8 = alone<7, 192, MBConv<6, 3, 1, 192, 320>>;
static_assert(params<S8> == 717'232 && non_trainable_params<S8> == 5'248);
}  // namespace
