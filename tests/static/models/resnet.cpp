// Static tests of ctnn/models/resnet.hpp: stage shapes, per-stage and per-block counts,
// BatchNorm buffers, v1 against v1.5, Keras' ResNet50 and the CIFAR pre-activation ResNets.
//
// "Recounted" numbers: recounted with torchvision 0.14 (Debian python3-torchvision), as
// sum(p.numel() for p in module.parameters()), the buffers without num_batches_tracked, and
// forward-hook output shapes on a zero input. v1 shapes: torchvision's resnet50 with the stride
// of layer2.0, layer3.0 and layer4.0 moved from conv2 to conv1. Pre-activation ResNets: the
// authors' resnet-pre-act.lua (KaimingHe/resnet-1k-layers) transcribed to PyTorch 1.13.
#include <cstddef>
#include <initializer_list>

#include <ctnn/analysis.hpp>
#include <ctnn/models/resnet.hpp>

namespace {
using namespace ctnn;
using namespace ctnn::models;

// The row reached from top-level element `top` by the 1-based child positions in `path`
// (e.g. {1} = a stage's first block, {2, 1} = the first copy of its Repeat).
template <class N>
constexpr const Row& row_of(std::size_t top, std::initializer_list<int> path) {
    const auto& r = rows<N>;
    std::size_t at = 0;
    while (!(r[at].depth == 0 && r[at].index == top)) ++at;
    for (const int p : path) {
        const int depth = r[at].depth + 1;
        std::size_t k = at + 1;
        while (r[k].depth >= depth && !(r[k].depth == depth && r[k].position == p)) ++k;
        at = r[k].depth == depth ? k : r.size();  // past the end: not a constant expression
    }
    return r[at];
}

// Elements of the torchvision and v1 models: 1 conv1, 2 bn1, 3 relu, 4 maxpool, 5-8 layer1-4,
// 9 avgpool, 10 flatten, 11 fc.
static_assert(layer_count<ResNet18> == 11 && layer_count<ResNet34> == 11);
static_assert(layer_count<ResNet50> == 11 && layer_count<ResNet101> == 11);
static_assert(layer_count<ResNet152> == 11);
static_assert(layer_count<ResNet50V1> == 11 && layer_count<ResNet101V1> == 11);
static_assert(layer_count<ResNet152V1> == 11);
// Keras: pad, conv, bn, relu, pad, pool, 4 stacks, avg_pool, predictions (Dense), its softmax.
static_assert(layer_count<KerasResNet50> == 13);
// CIFAR: conv, 3 stages, bn, relu, avg pool, flatten, fc.
static_assert(layer_count<PreActResNet164> == 9 && layer_count<PreActResNet1001> == 9);

// ---- torchvision ResNet-50 (v1.5) ------------------------------------------------------------
// Shapes (recounted): maxpool 56x56x64, layer1 56x56x256, layer2 28x28x512, layer3 14x14x1024,
// layer4 7x7x2048, avgpool 1x1x2048, fc 1000.
static_assert(shape_at<ResNet50, 1> == Shape::hwc(112, 112, 64));
static_assert(shape_at<ResNet50, 4> == Shape::hwc(56, 56, 64));
static_assert(shape_at<ResNet50, 5> == Shape::hwc(56, 56, 256));
static_assert(shape_at<ResNet50, 6> == Shape::hwc(28, 28, 512));
static_assert(shape_at<ResNet50, 7> == Shape::hwc(14, 14, 1024));
static_assert(shape_at<ResNet50, 8> == Shape::hwc(7, 7, 2048));
static_assert(shape_at<ResNet50, 9> == Shape::hwc(1, 1, 2048));
static_assert(output_shape<ResNet50> == Shape::vector(1000));
// Parameters per stage (recounted): conv1 9,408; bn1 128; layer1 215,808; layer2 1,219,584;
// layer3 7,098,368; layer4 14,964,736; fc 2,049,000.
static_assert(params_at<ResNet50, 1> == 9'408 && params_at<ResNet50, 2> == 128);
static_assert(params_at<ResNet50, 5> == 215'808 && params_at<ResNet50, 6> == 1'219'584);
static_assert(params_at<ResNet50, 7> == 7'098'368 && params_at<ResNet50, 8> == 14'964'736);
static_assert(params_at<ResNet50, 11> == 2'049'000);
// BN buffers per stage (recounted): 2,816; 7,168; 20,480; 22,528.
static_assert(non_trainable_params_at<ResNet50, 5> == 2'816);
static_assert(non_trainable_params_at<ResNet50, 6> == 7'168);
static_assert(non_trainable_params_at<ResNet50, 7> == 20'480);
static_assert(non_trainable_params_at<ResNet50, 8> == 22'528);
// Blocks (recounted): layer1[0] with its downsample 75,008 (of which the downsample
// 64*256 + 2*256 = 16,896), layer1[1] 70,400, layer2[0] 379,392, layer2[1] 280,064,
// layer3[0] 1,512,448, layer3[1] 1,117,184, layer4[0] 6,039,552, layer4[1] 4,462,592.
static_assert(row_of<ResNet50>(5, {1}).params() == 75'008);
static_assert(row_of<ResNet50>(5, {1, 1, 2}).params() == 16'896);
static_assert(row_of<ResNet50>(5, {1, 1, 2}).name == "Downsample<256, 1>");
static_assert(row_of<ResNet50>(5, {2, 1}).params() == 70'400);
static_assert(row_of<ResNet50>(6, {1}).params() == 379'392);
static_assert(row_of<ResNet50>(6, {2, 1}).params() == 280'064);
static_assert(row_of<ResNet50>(7, {1}).params() == 1'512'448);
static_assert(row_of<ResNet50>(7, {2, 1}).params() == 1'117'184);
static_assert(row_of<ResNet50>(8, {1}).params() == 6'039'552);
static_assert(row_of<ResNet50>(8, {2, 1}).params() == 4'462'592);
// layer1[0].downsample outputs 56x56x256 (recounted).
static_assert(row_of<ResNet50>(5, {1, 1, 2}).output == Shape::hwc(56, 56, 256));
static_assert(row_of<ResNet50>(7, {2}).name == "Repeat x5");

// ---- v1 against v1.5 inside the first bottleneck of a stage ---------------------------------
// Path {1, 1, 1, k}: the stage's first block, its Residual, the residual branch, its k-th layer
// (1 = conv1, 4 = conv2). v1.5 (torchvision, recounted): layer2.0.conv1 keeps 56x56 (128
// channels), conv2 halves it to 28x28. v1 (recounted with the stride moved): conv1 already
// gives 28x28x128. Same from layer3.0 (28 -> 14) and layer4.0 (14 -> 7).
static_assert(row_of<ResNet50>(6, {1, 1, 1, 1}).output == Shape::hwc(56, 56, 128));
static_assert(row_of<ResNet50>(6, {1, 1, 1, 4}).output == Shape::hwc(28, 28, 128));
static_assert(row_of<ResNet50V1>(6, {1, 1, 1, 1}).output == Shape::hwc(28, 28, 128));
static_assert(row_of<ResNet50V1>(6, {1, 1, 1, 4}).output == Shape::hwc(28, 28, 128));
static_assert(row_of<ResNet50>(7, {1, 1, 1, 1}).output == Shape::hwc(28, 28, 256));
static_assert(row_of<ResNet50V1>(7, {1, 1, 1, 1}).output == Shape::hwc(14, 14, 256));
static_assert(row_of<ResNet50>(8, {1, 1, 1, 1}).output == Shape::hwc(14, 14, 512));
static_assert(row_of<ResNet50V1>(8, {1, 1, 1, 1}).output == Shape::hwc(7, 7, 512));
static_assert(row_of<ResNet50>(6, {1, 1, 1, 1}).name == "Conv 1x1/1, 128, no bias");
static_assert(row_of<ResNet50V1>(6, {1, 1, 1, 1}).name == "Conv 1x1/2, 128, no bias");
static_assert(row_of<ResNet50>(6, {1, 1, 1, 4}).name == "Conv 3x3/2 p1, 128, no bias");
// The first stage has stride 1: there v1 and v1.5 coincide.
static_assert(row_of<ResNet50V1>(5, {1, 1, 1, 1}).output == row_of<ResNet50>(5, {1, 1, 1, 1}).output);
// Equal parameters, BN buffers and stage shapes (docs/sources.md#how-the-sources-count, on
// v1 and v1.5).
static_assert(params<ResNet50V1> == params<ResNet50>);
static_assert(params<ResNet101V1> == params<ResNet101>);
static_assert(params<ResNet152V1> == params<ResNet152>);
static_assert(non_trainable_params<ResNet50V1> == non_trainable_params<ResNet50>);
static_assert(non_trainable_params<ResNet101V1> == non_trainable_params<ResNet101>);
static_assert(non_trainable_params<ResNet152V1> == non_trainable_params<ResNet152>);
static_assert(shape_at<ResNet50V1, 5> == shape_at<ResNet50, 5> && shape_at<ResNet50V1, 6> == shape_at<ResNet50, 6>);
static_assert(shape_at<ResNet50V1, 7> == shape_at<ResNet50, 7> && shape_at<ResNet50V1, 8> == shape_at<ResNet50, 8>);
static_assert(params_at<ResNet50V1, 6> == 1'219'584);
// The same block template, the placement as a parameter.
static_assert(params<Net<Input<56, 56, 256>, resnet::Bottleneck<128, 2, resnet::v1, resnet::ShortcutKind::projection>>> ==
              params<Net<Input<56, 56, 256>, resnet::Bottleneck<128, 2, resnet::v1_5, resnet::ShortcutKind::projection>>>);

// ---- BatchNorm buffers of all torchvision ResNets ------------------------------------------
// Recounted (docs/sources.md#resnet): resnet18 9,600; resnet34 17,024; resnet50 53,120;
// resnet101 105,344; resnet152 151,424.
static_assert(non_trainable_params<ResNet18> == 9'600);
static_assert(non_trainable_params<ResNet34> == 17'024);
static_assert(non_trainable_params<ResNet50> == 53'120);
static_assert(non_trainable_params<ResNet101> == 105'344);
static_assert(non_trainable_params<ResNet152> == 151'424);

// ---- ResNet-18/34 ----------------------------------------------------------------------------
// Stage shapes (recounted): 56x56x64, 28x28x128, 14x14x256, 7x7x512; avgpool 1x1x512.
static_assert(shape_at<ResNet18, 5> == Shape::hwc(56, 56, 64));
static_assert(shape_at<ResNet18, 6> == Shape::hwc(28, 28, 128));
static_assert(shape_at<ResNet18, 7> == Shape::hwc(14, 14, 256));
static_assert(shape_at<ResNet18, 8> == Shape::hwc(7, 7, 512));
static_assert(shape_at<ResNet34, 8> == Shape::hwc(7, 7, 512) && shape_at<ResNet34, 9> == Shape::hwc(1, 1, 512));
// Stages (recounted): resnet18 147,968 / 525,568 / 2,099,712 / 8,393,728;
// resnet34 221,952 / 1,116,416 / 6,822,400 / 13,114,368.
static_assert(params_at<ResNet18, 5> == 147'968 && params_at<ResNet18, 6> == 525'568);
static_assert(params_at<ResNet18, 7> == 2'099'712 && params_at<ResNet18, 8> == 8'393'728);
static_assert(params_at<ResNet34, 5> == 221'952 && params_at<ResNet34, 6> == 1'116'416);
static_assert(params_at<ResNet34, 7> == 6'822'400 && params_at<ResNet34, 8> == 13'114'368);
// Blocks (recounted): layer1[0] 73,984 (identity shortcut), layer2[0] 230,144 (with its
// downsample), layer2[1] 295,424, layer3[0] 919,040, layer4[0] 3,673,088, layer4[1] 4,720,640.
static_assert(row_of<ResNet18>(5, {1}).params() == 73'984);
static_assert(row_of<ResNet18>(5, {1, 1, 2}).name == "Identity");
static_assert(row_of<ResNet18>(6, {1}).params() == 230'144);
static_assert(row_of<ResNet18>(6, {2, 1}).params() == 295'424);
static_assert(row_of<ResNet34>(7, {1}).params() == 919'040);
static_assert(row_of<ResNet34>(8, {1}).params() == 3'673'088);
static_assert(row_of<ResNet34>(8, {2, 2}).params() == 4'720'640);
// BN buffers per stage (recounted): resnet34 768 / 2,304 / 6,656 / 7,168.
static_assert(non_trainable_params_at<ResNet34, 5> == 768 && non_trainable_params_at<ResNet34, 6> == 2'304);
static_assert(non_trainable_params_at<ResNet34, 7> == 6'656 && non_trainable_params_at<ResNet34, 8> == 7'168);

// ---- ResNet-101/152 --------------------------------------------------------------------------
// Stages (recounted): resnet101 layer3 26,090,496 (23 blocks), BN 72,704; resnet152 layer2
// 2,339,840 (8 blocks), layer3 40,613,888 (36 blocks), BN 13,312 and 112,640.
static_assert(params_at<ResNet101, 7> == 26'090'496 && non_trainable_params_at<ResNet101, 7> == 72'704);
static_assert(params_at<ResNet152, 6> == 2'339'840 && non_trainable_params_at<ResNet152, 6> == 13'312);
static_assert(params_at<ResNet152, 7> == 40'613'888 && non_trainable_params_at<ResNet152, 7> == 112'640);
static_assert(shape_at<ResNet101, 7> == Shape::hwc(14, 14, 1024) && shape_at<ResNet152, 8> == Shape::hwc(7, 7, 2048));
static_assert(shape_at<ResNet152V1, 8> == Shape::hwc(7, 7, 2048));

// ---- Keras ResNet50 --------------------------------------------------------------------------
// Keras Applications (keras.io applications table, model summary): total 25,636,712,
// trainable 25,583,592, non-trainable 53,120.
static_assert(total_params<KerasResNet50> == 25'636'712);
static_assert(params<KerasResNet50> == 25'583'592 && non_trainable_params<KerasResNet50> == 53'120);
// Keras' convolutions carry a bias, torchvision's do not: 25,583,592 - 25,557,032 = 26,560
// (docs/sources.md#keras-resnet50); the BN buffers are the same.
static_assert(params<KerasResNet50> - params<ResNet50V1> == 26'560);
static_assert(non_trainable_params<KerasResNet50> == non_trainable_params<ResNet50V1>);
// Shapes from Keras' documented layers: conv1_pad 230x230x3, conv1_conv 112x112x64, pool1_pad
// 114x114x64, pool1_pool 56x56x64, conv2 ... conv5 as torchvision's layer1 ... layer4, avg_pool
// a flat 2048 (GlobalAveragePooling2D), predictions 1000.
static_assert(shape_at<KerasResNet50, 1> == Shape::hwc(230, 230, 3));
static_assert(shape_at<KerasResNet50, 2> == Shape::hwc(112, 112, 64));
static_assert(shape_at<KerasResNet50, 5> == Shape::hwc(114, 114, 64));
static_assert(shape_at<KerasResNet50, 6> == Shape::hwc(56, 56, 64));
static_assert(shape_at<KerasResNet50, 7> == Shape::hwc(56, 56, 256));
static_assert(shape_at<KerasResNet50, 8> == Shape::hwc(28, 28, 512));
static_assert(shape_at<KerasResNet50, 9> == Shape::hwc(14, 14, 1024));
static_assert(shape_at<KerasResNet50, 10> == Shape::hwc(7, 7, 2048));
static_assert(shape_at<KerasResNet50, 11> == Shape::vector(2048));
static_assert(output_shape<KerasResNet50> == Shape::vector(1000));
// conv1_conv: 7*7*3*64 + 64 = 9,472; conv2_block1 with its conv shortcut: torchvision's
// layer1[0] (75,008) + one bias per filter (64 + 64 + 256 + 256); as Keras' "Param #" column
// (BN statistics included): 4,160 + 256 + 36,928 + 256 + 16,640 + 16,640 + 1,024 + 1,024.
static_assert(params_at<KerasResNet50, 2> == 9'472);
static_assert(row_of<KerasResNet50>(7, {1}).params() == 75'008 + 640);
static_assert(row_of<KerasResNet50>(7, {1}).total_params() ==
              4'160 + 256 + 36'928 + 256 + 16'640 + 16'640 + 1'024 + 1'024);
// v1: conv3_block1_1_conv already halves the map.
static_assert(row_of<KerasResNet50>(8, {1, 1, 1, 1}).output == Shape::hwc(28, 28, 128));

// ---- pre-activation ResNets for CIFAR-10 -----------------------------------------------------
// Shapes (recounted): conv 32x32x16, stages 32x32x64, 16x16x128, 8x8x256, pooled 1x1x256.
static_assert(shape_at<PreActResNet164, 1> == Shape::hwc(32, 32, 16));
static_assert(shape_at<PreActResNet164, 2> == Shape::hwc(32, 32, 64));
static_assert(shape_at<PreActResNet164, 3> == Shape::hwc(16, 16, 128));
static_assert(shape_at<PreActResNet164, 4> == Shape::hwc(8, 8, 256));
static_assert(shape_at<PreActResNet164, 7> == Shape::hwc(1, 1, 256));
static_assert(output_shape<PreActResNet164> == Shape::vector(10));
static_assert(shape_at<PreActResNet1001, 2> == Shape::hwc(32, 32, 64));
static_assert(shape_at<PreActResNet1001, 3> == Shape::hwc(16, 16, 128));
static_assert(shape_at<PreActResNet1001, 4> == Shape::hwc(8, 8, 256));
static_assert(output_shape<PreActResNet1001> == Shape::vector(10));
// Exact counts (recounted; docs/sources.md#pre-activation-resnets-for-cifar-10): 1,703,258 and
// 10,327,706 (the paper: 1.7M and 10.2M); BN buffers
// (recounted) 24,224 and 149,216.
static_assert(params<PreActResNet164> == 1'703'258 && params<PreActResNet1001> == 10'327'706);
static_assert(non_trainable_params<PreActResNet164> == 24'224);
static_assert(non_trainable_params<PreActResNet1001> == 149'216);
// Stages (recounted): ResNet-164 81,952 / 326,272 / 1,291,520 (BN 3,360 / 6,784 / 13,568);
// ResNet-1001 504,544 / 1,980,928 / 7,838,720 (BN 21,216 / 42,496 / 84,992).
static_assert(params_at<PreActResNet164, 2> == 81'952 && params_at<PreActResNet164, 3> == 326'272);
static_assert(params_at<PreActResNet164, 4> == 1'291'520);
static_assert(non_trainable_params_at<PreActResNet164, 2> == 3'360);
static_assert(non_trainable_params_at<PreActResNet164, 3> == 6'784);
static_assert(non_trainable_params_at<PreActResNet164, 4> == 13'568);
static_assert(params_at<PreActResNet1001, 2> == 504'544 && params_at<PreActResNet1001, 3> == 1'980'928);
static_assert(params_at<PreActResNet1001, 4> == 7'838'720);
static_assert(non_trainable_params_at<PreActResNet1001, 2> == 21'216);
static_assert(non_trainable_params_at<PreActResNet1001, 3> == 42'496);
static_assert(non_trainable_params_at<PreActResNet1001, 4> == 84'992);
// Units (recounted): the first unit of stage 1 (BN-ReLU on 16 channels, projection 16 -> 64)
// 4,704; an identity unit of stage 1 4,544; the first units of stages 2 and 3 23,808 and
// 94,720; an identity unit of stage 3 70,400.
static_assert(row_of<PreActResNet164>(2, {1}).params() == 4'704);
static_assert(row_of<PreActResNet164>(2, {2, 1}).params() == 4'544);
static_assert(row_of<PreActResNet164>(3, {1}).params() == 23'808);
static_assert(row_of<PreActResNet164>(4, {1}).params() == 94'720);
static_assert(row_of<PreActResNet1001>(4, {2, 110}).params() == 70'400);
static_assert(row_of<PreActResNet1001>(4, {2}).name == "Repeat x110");
// Depth = the first conv + 3 convs per unit * 3 stages * n units + the FC = 9n + 2:
// n = 18 gives 164, n = 111 gives 1001 (the paper's naming).
static_assert(1 + 3 * 3 * 18 + 1 == 164 && 1 + 3 * 3 * 111 + 1 == 1001);
// The authors' code puts a stage's stride in the first 1x1 convolution of its first unit:
// path {1, 3, 1, 1} is the unit's Sequential, its Residual, the branch, the first conv.
static_assert(row_of<PreActResNet164>(3, {1, 3, 1, 1}).output == Shape::hwc(16, 16, 32));
static_assert(row_of<PreActResNet164>(3, {1, 3, 2}).name == "Conv 1x1/2, 128, no bias");
}  // namespace

// ---- the CIFAR-10 ResNets (He et al. 2016, "Deep Residual Learning", Sec. 4.2, Table 6) ------
// Table 6 gives the parameters rounded to two figures: 0.27M, 0.46M, 0.66M, 0.85M, 1.7M.
namespace cifar {
constexpr bool rounds_to(std::uint64_t n, std::uint64_t hundredths_of_million) {
    return n + 5'000 >= hundredths_of_million * 10'000 && n < hundredths_of_million * 10'000 + 5'000;
}
static_assert(rounds_to(params<ResNet20>, 27) && rounds_to(params<ResNet32>, 46) &&
              rounds_to(params<ResNet44>, 66) && rounds_to(params<ResNet56>, 85));
static_assert(params<ResNet110> > 1'650'000 && params<ResNet110> < 1'750'000);  // "1.7M"
// The depth is 6n + 2 weighted layers (Sec. 4.2): the first convolution, 2 per block, the FC.
static_assert(layer_count<ResNet20> == 3 + 3 + 2);
static_assert(output_shape<ResNet56> == Shape::vector(10));
// Option A adds no parameter: a stage of n blocks has n * 2 3x3 convolutions and BatchNorms.
// Stage 2 of ResNet-20: one 3x3 convolution from 16 to 32 channels and five from 32 to 32, each
// with BatchNorm: 3x3x16x32 + 2*32 + 5 * (3x3x32x32 + 2*32) = 51,072.
static_assert(params_at<ResNet20, 5> == 3 * 3 * 16 * 32 + 2 * 32 + 5 * (3 * 3 * 32 * 32 + 2 * 32));
static_assert(shape_at<ResNet20, 5> == Shape::hwc(16, 16, 32) && shape_at<ResNet20, 6> == Shape::hwc(8, 8, 64));
}  // namespace cifar
