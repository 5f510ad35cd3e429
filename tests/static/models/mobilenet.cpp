// Static tests of ctnn/models/mobilenet.hpp: MobileNet v1 (Keras), MobileNetV2 (torchvision and
// Keras) and MobileNetV3-Large (torchvision): stage shapes, per-block parameter counts,
// BatchNorm statistics and layer counts, each number with its source.
//
// "Recounted with torchvision 0.14 (Debian python3-torchvision)" means: the model built by
// torchvision.models, sum(p.numel() for p in module.parameters()) per features[i] module, the
// BatchNorm buffers without num_batches_tracked, and forward-hook output shapes on a zero input.
// Keras is not installed; its blocks were recounted with PyTorch 1.13 modules of the same
// shapes (Conv2d with groups = channels for DepthwiseConv2D, ZeroPad2d((0, 1, 0, 1)) for
// ZeroPadding2D(((0, 1), (0, 1)))), which also reproduce Keras' published totals.
#include <cstddef>
#include <cstdint>
#include <iterator>

#include <ctnn/analysis.hpp>
#include <ctnn/models/mobilenet.hpp>

namespace {
using namespace ctnn;
using namespace ctnn::models;
namespace mn = ctnn::models::mobilenet;

// One block alone on an HxWxC input.
template <class Block, int H, int C>
using on = Net<Input<H, H, C>, Block>;

// ---- make_divisible: torchvision's _make_divisible(v, 8) ------------------------------------
// MobileNetV3-Large's squeeze channels, make_divisible(exp // 4): 72 -> 24 (18 rounds to 16,
// more than 10% below, so up to 24), 120 -> 32, 480 -> 120, 672 -> 168, 960 -> 240
// (recounted with torchvision 0.14: the fc1 widths of features[4], [5], [11], [12], [14]).
static_assert(mn::make_divisible(72 / 4) == 24 && mn::make_divisible(120 / 4) == 32);
static_assert(mn::make_divisible(480 / 4) == 120 && mn::make_divisible(672 / 4) == 168);
static_assert(mn::make_divisible(960 / 4) == 240 && mn::make_divisible(3) == 8);

// ---- KerasMobileNet (v1) ----------------------------------------------------------------------
// Keras Applications' summary (docs/sources.md#mobilenet): 4,253,864 = 4,231,976 + 21,888.
static_assert(params<KerasMobileNet> == 4'231'976);
static_assert(non_trainable_params<KerasMobileNet> == 21'888);
static_assert(total_params<KerasMobileNet> == 4'253'864);
// The paper (Howard et al. 2017, Table 8): 4.2 million parameters.
static_assert((params<KerasMobileNet> + 50'000) / 100'000 == 42);
// Elements: ZeroPad, Conv, BN, ReLU6, 13 blocks (5 of them in one Repeat), GlobalAveragePooling
// (keepdims), Dropout, conv_preds, Reshape, Softmax.
static_assert(layer_count<KerasMobileNet> == 18);
// Shapes at the stage boundaries (the paper's Table 1: 112, 56, 28, 14, 7).
static_assert(shape_at<KerasMobileNet, 1> == Shape::hwc(225, 225, 3));  // conv1_pad
static_assert(shape_at<KerasMobileNet, 2> == Shape::hwc(112, 112, 32));
static_assert(shape_at<KerasMobileNet, 5> == Shape::hwc(112, 112, 64));
static_assert(shape_at<KerasMobileNet, 6> == Shape::hwc(56, 56, 128));
static_assert(shape_at<KerasMobileNet, 8> == Shape::hwc(28, 28, 256));
static_assert(shape_at<KerasMobileNet, 10> == Shape::hwc(14, 14, 512));
static_assert(shape_at<KerasMobileNet, 11> == Shape::hwc(14, 14, 512));
static_assert(shape_at<KerasMobileNet, 12> == Shape::hwc(7, 7, 1024));
static_assert(shape_at<KerasMobileNet, 13> == Shape::hwc(7, 7, 1024));
static_assert(shape_at<KerasMobileNet, 14> == Shape::hwc(1, 1, 1024));  // keepdims=True
static_assert(shape_at<KerasMobileNet, 16> == Shape::hwc(1, 1, 1000));
static_assert(shape_at<KerasMobileNet, 17> == Shape::vector(1000));
// Per layer and block (recounted with PyTorch 1.13 modules of Keras' shapes): conv1 864,
// conv1_bn 64 + 64; block 1 (dw 288, BN 64, pw 2,048, BN 128) 2,528 + 192 statistics; block 2
// 9,152 + 384; each of the five 512 blocks 268,800 + 2,048; block 13 1,061,888 + 4,096;
// conv_preds 1024*1000 + 1000 = 1,025,000.
static_assert(params_at<KerasMobileNet, 2> == 864 && params_at<KerasMobileNet, 3> == 64);
static_assert(non_trainable_params<Net<Input<224, 224, 3>, ZeroPad<0, 1, 0, 1>,
                                       Conv<3, 3, 32, Stride<2>, NoBias>, BatchNorm>> == 64);
static_assert(params_at<KerasMobileNet, 5> == 2'528 && params_at<KerasMobileNet, 6> == 9'152);
static_assert(non_trainable_params<on<mn::KerasDepthwiseSeparable<64, 1>, 112, 32>> == 192);
static_assert(non_trainable_params<on<mn::KerasDepthwiseSeparable<128, 2>, 112, 64>> == 384);
static_assert(params_at<KerasMobileNet, 11> == 5 * 268'800);
static_assert(non_trainable_params<on<Repeat<5, mn::KerasDepthwiseSeparable<512, 1>>, 14, 512>> ==
              5 * 2'048);
static_assert(params_at<KerasMobileNet, 13> == 1'061'888);
static_assert(non_trainable_params<on<mn::KerasDepthwiseSeparable<1024, 1>, 7, 1024>> == 4'096);
static_assert(params_at<KerasMobileNet, 16> == 1'025'000);
// A stride-2 block pads first: 112 + 1 = 113, then (113 - 3) / 2 + 1 = 56.
static_assert(rows<on<mn::KerasDepthwiseSeparable<128, 2>, 112, 64>>[2].name == "ZeroPad 0,1,0,1");
static_assert(rows<on<mn::KerasDepthwiseSeparable<128, 2>, 112, 64>>[2].output ==
              Shape::hwc(113, 113, 64));
static_assert(rows<on<mn::KerasDepthwiseSeparable<128, 1>, 56, 128>>[2].name ==
              "DepthwiseConv 3x3/1 same, no bias");

// ---- MobileNetV2 (torchvision) ----------------------------------------------------------------
// torchvision weight metadata (MobileNet_V2_Weights.IMAGENET1K_V1): 3,504,872; BN buffers
// 34,112 (recounted; docs/sources.md#mobilenet).
static_assert(params<MobileNetV2> == 3'504'872);
static_assert(non_trainable_params<MobileNetV2> == 34'112);
static_assert(total_params<MobileNetV2> == 3'504'872 + 34'112);
// Elements: stem, 7 stages, last conv, pool, flatten, dropout, FC.
static_assert(layer_count<MobileNetV2> == 13);
// Stage outputs (recounted with torchvision 0.14: features[0], [1], [3], [6], [10], [13],
// [16], [17], [18]).
static_assert(shape_at<MobileNetV2, 1> == Shape::hwc(112, 112, 32));
static_assert(shape_at<MobileNetV2, 2> == Shape::hwc(112, 112, 16));
static_assert(shape_at<MobileNetV2, 3> == Shape::hwc(56, 56, 24));
static_assert(shape_at<MobileNetV2, 4> == Shape::hwc(28, 28, 32));
static_assert(shape_at<MobileNetV2, 5> == Shape::hwc(14, 14, 64));
static_assert(shape_at<MobileNetV2, 6> == Shape::hwc(14, 14, 96));
static_assert(shape_at<MobileNetV2, 7> == Shape::hwc(7, 7, 160));
static_assert(shape_at<MobileNetV2, 8> == Shape::hwc(7, 7, 320));
static_assert(shape_at<MobileNetV2, 9> == Shape::hwc(7, 7, 1280));
static_assert(shape_at<MobileNetV2, 10> == Shape::hwc(1, 1, 1280));
static_assert(shape_at<MobileNetV2, 11> == Shape::vector(1280));
// Per block (recounted with torchvision 0.14): features[0] 928 (64 buffers), features[1] 896
// (96), features[2] 5,136 (432), features[3] 8,832 (624), features[14] 155,264 (2,624),
// features[17] 473,920 (4,480), features[18] 412,160 (2,560), classifier 1,281,000.
static_assert(params_at<MobileNetV2, 1> == 928 && params_at<MobileNetV2, 2> == 896);
static_assert(non_trainable_params<on<mn::InvertedResidual<32, 1, 16, 1>, 112, 32>> == 96);
static_assert(params<on<mn::InvertedResidual<16, 6, 24, 2>, 112, 16>> == 5'136);
static_assert(non_trainable_params<on<mn::InvertedResidual<16, 6, 24, 2>, 112, 16>> == 432);
static_assert(params<on<mn::InvertedResidual<24, 6, 24, 1>, 56, 24>> == 8'832);
static_assert(non_trainable_params<on<mn::InvertedResidual<24, 6, 24, 1>, 56, 24>> == 624);
static_assert(params<on<mn::InvertedResidual<96, 6, 160, 2>, 14, 96>> == 155'264);
static_assert(non_trainable_params<on<mn::InvertedResidual<96, 6, 160, 2>, 14, 96>> == 2'624);
static_assert(params_at<MobileNetV2, 8> == 473'920);
static_assert(params_at<MobileNetV2, 9> == 412'160);
static_assert(params_at<MobileNetV2, 13> == 1'281'000);
// Per stage, sums of the torchvision blocks above and features[4..16] (recounted with
// torchvision 0.14): 5,136 + 8,832; 10,000 + 2 * 14,848; 21,056 + 3 * 54,272;
// 66,624 + 2 * 118,272; 155,264 + 2 * 320,000.
static_assert(params_at<MobileNetV2, 3> == 13'968 && params_at<MobileNetV2, 4> == 39'696);
static_assert(params_at<MobileNetV2, 5> == 183'872 && params_at<MobileNetV2, 6> == 303'168);
static_assert(params_at<MobileNetV2, 7> == 795'264);
// The shortcut exists exactly when stride is 1 and channels are kept (torchvision's
// use_res_connect): the block's rows are then Residual, body (1 + 8 layers), Identity.
static_assert(rows<on<mn::InvertedResidual<24, 6, 24, 1>, 56, 24>>.size() == 1 + 1 + 9 + 1);
static_assert(rows<on<mn::InvertedResidual<24, 6, 24, 1>, 56, 24>>[11].name == "Identity");
static_assert(rows<on<mn::InvertedResidual<16, 6, 24, 2>, 112, 16>>.size() == 1 + 1 + 8);
static_assert(rows<on<mn::InvertedResidual<64, 6, 96, 1>, 14, 64>>.size() == 1 + 1 + 8);
// t = 1: no expansion convolution (5 layers).
static_assert(rows<on<mn::InvertedResidual<32, 1, 16, 1>, 112, 32>>.size() == 1 + 1 + 5);
static_assert(name_at<MobileNetV2, 2> == "BottleneckStage<32, 1, 16, 1, 1>");

// ---- KerasMobileNetV2 -------------------------------------------------------------------------
// Keras Applications' summary (docs/sources.md#mobilenet): 3,538,984 = 3,504,872 + 34,112, the same
// learnable count as torchvision's and its BN buffers as the non-trainable part.
static_assert(total_params<KerasMobileNetV2> == 3'538'984);
static_assert(params<KerasMobileNetV2> == params<MobileNetV2>);
static_assert(non_trainable_params<KerasMobileNetV2> == non_trainable_params<MobileNetV2>);
// Elements: Conv1, bn_Conv1, Conv1_relu, 7 stages, Conv_1, Conv_1_bn, out_relu, pooling,
// Dense, softmax.
static_assert(layer_count<KerasMobileNetV2> == 16);
// Every stage ends with torchvision's shape (Keras element 3 + k = torchvision's 1 + k).
static_assert(shape_at<KerasMobileNetV2, 3> == shape_at<MobileNetV2, 1>);
static_assert(shape_at<KerasMobileNetV2, 4> == shape_at<MobileNetV2, 2>);
static_assert(shape_at<KerasMobileNetV2, 5> == shape_at<MobileNetV2, 3>);
static_assert(shape_at<KerasMobileNetV2, 6> == shape_at<MobileNetV2, 4>);
static_assert(shape_at<KerasMobileNetV2, 7> == shape_at<MobileNetV2, 5>);
static_assert(shape_at<KerasMobileNetV2, 8> == shape_at<MobileNetV2, 6>);
static_assert(shape_at<KerasMobileNetV2, 9> == shape_at<MobileNetV2, 7>);
static_assert(shape_at<KerasMobileNetV2, 10> == shape_at<MobileNetV2, 8>);
static_assert(shape_at<KerasMobileNetV2, 13> == shape_at<MobileNetV2, 9>);
// ... and every stage holds torchvision's parameters and statistics.
static_assert(params_at<KerasMobileNetV2, 4> == params_at<MobileNetV2, 2>);
static_assert(params_at<KerasMobileNetV2, 5> == params_at<MobileNetV2, 3>);
static_assert(params_at<KerasMobileNetV2, 6> == params_at<MobileNetV2, 4>);
static_assert(params_at<KerasMobileNetV2, 7> == params_at<MobileNetV2, 5>);
static_assert(params_at<KerasMobileNetV2, 8> == params_at<MobileNetV2, 6>);
static_assert(params_at<KerasMobileNetV2, 9> == params_at<MobileNetV2, 7>);
static_assert(params_at<KerasMobileNetV2, 10> == params_at<MobileNetV2, 8>);
static_assert(non_trainable_params<on<mn::KerasBottleneckStage<96, 6, 160, 3, 2>, 14, 96>> ==
              non_trainable_params<on<mn::BottleneckStage<96, 6, 160, 3, 2>, 14, 96>>);
// Keras' head: a flat 1280 after GlobalAveragePooling2D, Dense 1,281,000.
static_assert(shape_at<KerasMobileNetV2, 14> == Shape::vector(1280));
static_assert(params_at<KerasMobileNetV2, 15> == 1'281'000);
// Keras' padding on even sizes equals torchvision's symmetric padding 1 in shape: Conv1's
// 'same' at stride 2 pads one row and column at the end, as ZeroPadding2D(((0, 1), (0, 1)))
// + 'valid' (keras-applications 1.0.7's Conv1_pad) would.
static_assert(output_shape<Net<Input<224, 224, 3>, Conv<3, 3, 32, Stride<2>, Same, NoBias>>> ==
              output_shape<Net<Input<224, 224, 3>, ZeroPad<0, 1, 0, 1>,
                                   Conv<3, 3, 32, Stride<2>, NoBias>>>);
static_assert(rows<on<mn::KerasInvertedResidual<16, 6, 24, 2>, 112, 16>>[5].name ==
              "ZeroPad 0,1,0,1");

// ---- MobileNetV3Large (torchvision) -----------------------------------------------------------
// torchvision weight metadata (MobileNet_V3_Large_Weights.IMAGENET1K_V1): 5,483,032; BN
// buffers 24,400 (recounted; docs/sources.md#mobilenet).
static_assert(params<MobileNetV3Large> == 5'483'032);
static_assert(non_trainable_params<MobileNetV3Large> == 24'400);
// Elements: stem, 15 blocks, last conv, pool, flatten, FC, HardSwish, Dropout, FC.
static_assert(layer_count<MobileNetV3Large> == 23);
// Stage outputs (recounted with torchvision 0.14: features[0], [1], [3], [6], [12], [15],
// [16]).
static_assert(shape_at<MobileNetV3Large, 1> == Shape::hwc(112, 112, 16));
static_assert(shape_at<MobileNetV3Large, 2> == Shape::hwc(112, 112, 16));
static_assert(shape_at<MobileNetV3Large, 4> == Shape::hwc(56, 56, 24));
static_assert(shape_at<MobileNetV3Large, 7> == Shape::hwc(28, 28, 40));
static_assert(shape_at<MobileNetV3Large, 11> == Shape::hwc(14, 14, 80));
static_assert(shape_at<MobileNetV3Large, 13> == Shape::hwc(14, 14, 112));
static_assert(shape_at<MobileNetV3Large, 16> == Shape::hwc(7, 7, 160));
static_assert(shape_at<MobileNetV3Large, 17> == Shape::hwc(7, 7, 960));
static_assert(shape_at<MobileNetV3Large, 19> == Shape::vector(960));
// Per block (recounted with torchvision 0.14): features[0] 464 (32 buffers), features[1] 464
// (64), features[4] 10,328 (368) of which the squeeze-and-excitation 72*24 + 24 + 24*72 + 72 =
// 3,552, features[7] 32,080 (1,120), features[13] 429,224 (3,008), features[16] 155,520
// (1,920), classifier 960*1280 + 1280 + 1280*1000 + 1000 = 2,511,080.
static_assert(params_at<MobileNetV3Large, 1> == 464 && params_at<MobileNetV3Large, 2> == 464);
static_assert(non_trainable_params<on<mn::ConvNormActivation<3, 16, 2, HardSwish>, 224, 3>> == 32);
static_assert(non_trainable_params<on<mn::InvertedResidualV3<16, 3, 16, 16, false, ReLU, 1>,
                                      112, 16>> == 64);
static_assert(params_at<MobileNetV3Large, 5> == 10'328);
static_assert(non_trainable_params<on<mn::InvertedResidualV3<24, 5, 72, 40, true, ReLU, 2>,
                                      56, 24>> == 368);
static_assert(params<on<mn::SqueezeExcitation<72, 24>, 28, 72>> == 3'552);
static_assert(params_at<MobileNetV3Large, 8> == 32'080);
static_assert(non_trainable_params<on<mn::InvertedResidualV3<40, 3, 240, 80, false, HardSwish, 2>,
                                      28, 40>> == 1'120);
static_assert(params_at<MobileNetV3Large, 14> == 429'224);
static_assert(non_trainable_params<on<mn::InvertedResidualV3<112, 5, 672, 160, true, HardSwish, 2>,
                                      14, 112>> == 3'008);
static_assert(params_at<MobileNetV3Large, 17> == 155'520);
static_assert(params_at<MobileNetV3Large, 20> + params_at<MobileNetV3Large, 23> == 2'511'080);
// Structure of a block with every part (features[4]): Residual absent (stride 2), expansion
// (3 layers), depthwise (3), Gate with its 5 layers, projection (2).
static_assert(rows<on<mn::InvertedResidualV3<24, 5, 72, 40, true, ReLU, 2>, 56, 24>>.size() ==
              1 + 1 + 3 + 3 + (1 + 5) + 2);
static_assert(rows<on<mn::InvertedResidualV3<24, 5, 72, 40, true, ReLU, 2>, 56, 24>>[8].name ==
              "SqueezeExcitation<72, 24>");
static_assert(rows<on<mn::InvertedResidualV3<24, 5, 72, 40, true, ReLU, 2>, 56, 24>>[5].name ==
              "DepthwiseConv 5x5/2 p2, no bias");

// Every layer of Keras' MobileNetV2, in order, with its output shape: the 145 layers of
// keras.applications.MobileNetV2 (alpha 1, 224x224, include_top) other than the Input and the
// ten "add" layers (which are ctnn's Residual blocks), as keras/applications/mobilenet_v2.py
// builds them: Conv1 'same' at stride 2; in each stride-2 block, ZeroPadding2D(correct_pad)
// -- one row and column at the bottom and right -- then the 'valid' depthwise convolution
// (block_1_pad 113x113x96, block_3_pad 57x57x144, block_6_pad 29x29x192, block_13_pad
// 15x15x576); its last layer, Dense(1000, softmax), is ctnn's FC<1000> then Softmax.
constexpr Shape S(std::uint64_t h, std::uint64_t w, std::uint64_t c) { return Shape::hwc(h, w, c); }
constexpr Shape V(std::uint64_t n) { return Shape::vector(n); }
constexpr Shape keras_mobilenet_v2_layers[] = {
    S(112, 112, 32),
    S(112, 112, 32),
    S(112, 112, 32),
    S(112, 112, 32),
    S(112, 112, 32),
    S(112, 112, 32),
    S(112, 112, 16),
    S(112, 112, 16),
    S(112, 112, 96),
    S(112, 112, 96),
    S(112, 112, 96),
    S(113, 113, 96),
    S(56, 56, 96),
    S(56, 56, 96),
    S(56, 56, 96),
    S(56, 56, 24),
    S(56, 56, 24),
    S(56, 56, 144),
    S(56, 56, 144),
    S(56, 56, 144),
    S(56, 56, 144),
    S(56, 56, 144),
    S(56, 56, 144),
    S(56, 56, 24),
    S(56, 56, 24),
    S(56, 56, 144),
    S(56, 56, 144),
    S(56, 56, 144),
    S(57, 57, 144),
    S(28, 28, 144),
    S(28, 28, 144),
    S(28, 28, 144),
    S(28, 28, 32),
    S(28, 28, 32),
    S(28, 28, 192),
    S(28, 28, 192),
    S(28, 28, 192),
    S(28, 28, 192),
    S(28, 28, 192),
    S(28, 28, 192),
    S(28, 28, 32),
    S(28, 28, 32),
    S(28, 28, 192),
    S(28, 28, 192),
    S(28, 28, 192),
    S(28, 28, 192),
    S(28, 28, 192),
    S(28, 28, 192),
    S(28, 28, 32),
    S(28, 28, 32),
    S(28, 28, 192),
    S(28, 28, 192),
    S(28, 28, 192),
    S(29, 29, 192),
    S(14, 14, 192),
    S(14, 14, 192),
    S(14, 14, 192),
    S(14, 14, 64),
    S(14, 14, 64),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 64),
    S(14, 14, 64),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 64),
    S(14, 14, 64),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 64),
    S(14, 14, 64),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 384),
    S(14, 14, 96),
    S(14, 14, 96),
    S(14, 14, 576),
    S(14, 14, 576),
    S(14, 14, 576),
    S(14, 14, 576),
    S(14, 14, 576),
    S(14, 14, 576),
    S(14, 14, 96),
    S(14, 14, 96),
    S(14, 14, 576),
    S(14, 14, 576),
    S(14, 14, 576),
    S(14, 14, 576),
    S(14, 14, 576),
    S(14, 14, 576),
    S(14, 14, 96),
    S(14, 14, 96),
    S(14, 14, 576),
    S(14, 14, 576),
    S(14, 14, 576),
    S(15, 15, 576),
    S(7, 7, 576),
    S(7, 7, 576),
    S(7, 7, 576),
    S(7, 7, 160),
    S(7, 7, 160),
    S(7, 7, 960),
    S(7, 7, 960),
    S(7, 7, 960),
    S(7, 7, 960),
    S(7, 7, 960),
    S(7, 7, 960),
    S(7, 7, 160),
    S(7, 7, 160),
    S(7, 7, 960),
    S(7, 7, 960),
    S(7, 7, 960),
    S(7, 7, 960),
    S(7, 7, 960),
    S(7, 7, 960),
    S(7, 7, 160),
    S(7, 7, 160),
    S(7, 7, 960),
    S(7, 7, 960),
    S(7, 7, 960),
    S(7, 7, 960),
    S(7, 7, 960),
    S(7, 7, 960),
    S(7, 7, 320),
    S(7, 7, 320),
    S(7, 7, 1280),
    S(7, 7, 1280),
    S(7, 7, 1280),
    V(1280),
    V(1000)};

constexpr bool every_keras_layer_matches() {
    std::size_t k = 0;
    for (const Row& r : rows<KerasMobileNetV2>) {
        // Blocks, and the Identity shortcut rows of ctnn's Residual (in Keras the "add" layers
        // take the block's input directly), have no Keras layer of their own.
        if (r.is_block() || r.kind == &input_kind || r.name == "Identity") continue;
        if (k == std::size(keras_mobilenet_v2_layers)) return r.name == "Softmax";  // in Dense
        if (r.output != keras_mobilenet_v2_layers[k++]) return false;
    }
    return false;
}
static_assert(std::size(keras_mobilenet_v2_layers) == 145);
static_assert(every_keras_layer_matches());
}  // namespace
