#pragma once
// ctnn/models/resnet.hpp: residual networks (He et al. 2016).
//
//   ResNet18 ... ResNet152     torchvision's ResNets (v1.5: a bottleneck's stride in its 3x3 conv)
//   ResNet50V1 ... 152V1       the paper's layout (v1: the stride in the first 1x1 conv)
//   KerasResNet50              Keras Applications' ResNet50 (v1, convolutions with a bias)
//   PreActResNet164, 1001      pre-activation ResNets for CIFAR-10 ("Identity Mappings in Deep
//                              Residual Networks", He et al. 2016)
//
// Where the stride of a bottleneck's downsampling block sits is a template parameter
// (resnet::StrideAt), so that v1 and v1.5 come from one block template: the two have the same
// parameters but different intermediate shapes, hence different multiply-accumulate counts.

#include <type_traits>

#include <ctnn/models/published.hpp>
#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/compose/repeat.hpp>
#include <ctnn/compose/residual.hpp>
#include <ctnn/compose/sequential.hpp>
#include <ctnn/layers/activation.hpp>
#include <ctnn/layers/conv.hpp>
#include <ctnn/layers/dense.hpp>
#include <ctnn/layers/identity.hpp>
#include <ctnn/layers/input.hpp>
#include <ctnn/layers/normalization.hpp>
#include <ctnn/layers/padding.hpp>
#include <ctnn/layers/pool.hpp>

namespace ctnn::models {

namespace resnet {

/// Which convolution of a bottleneck block carries the block's stride.
///   first_1x1: the first 1x1 convolution, as the ResNet paper's Caffe models and Keras ("v1");
///   conv_3x3:  the 3x3 convolution, as torchvision and fb.resnet.torch ("v1.5").
/// The parameters are the same; with first_1x1 the 3x3 convolution sees a map a quarter the
/// size, so v1 needs fewer multiply-accumulates.
enum class StrideAt { first_1x1, conv_3x3 };
inline constexpr StrideAt v1 = StrideAt::first_1x1;
inline constexpr StrideAt v1_5 = StrideAt::conv_3x3;

/// The shortcut of a residual block: the input itself, or a 1x1 projection where the block
/// changes the shape (the paper's option B).
enum class ShortcutKind { identity, projection };

/// Convolutions without bias, as every torchvision ResNet convolution (each is followed by
/// BatchNorm, whose shift makes a bias redundant).
template <int F, int S = 1>
using conv1x1 = Conv<1, 1, F, Stride<S>, NoBias>;
template <int F, int S = 1>
using conv3x3 = Conv<3, 3, F, Stride<S>, Pad<1>, NoBias>;

/// The ImageNet stem of every ResNet here (the paper's conv1 and the max pooling of conv2_x):
/// 7x7/2 convolution with padding 3 (224 -> 112), then 3x3/2 max pooling with padding 1
/// (112 -> 56). The models write conv1, BatchNorm, ReLU, pool1 in that order.
using stem_conv = Conv<7, 7, 64, Stride<2>, Pad<3>, NoBias>;
using stem_pool = MaxPool<3, 3, Stride<2>, Pad<1>>;

/// Downsample<F, S>: torchvision's projection shortcut, a 1x1 convolution to F channels with
/// stride S and no bias, then BatchNorm.
template <int F, int S>
struct Downsample final : Sequential<conv1x1<F, S>, BatchNorm> {};

/// The shortcut of a torchvision block that outputs F channels with stride S.
template <ShortcutKind Sc, int F, int S>
using shortcut =
    Shortcut<std::conditional_t<Sc == ShortcutKind::projection, Downsample<F, S>, Identity>>;

/// BasicBlock<F, S, Sc>: torchvision's BasicBlock (ResNet-18/34), two 3x3 convolutions of F
/// filters without bias, each followed by BatchNorm; the first carries the stride S. The ReLU
/// after the sum belongs to the block. With only 3x3 convolutions there is no choice of where
/// the stride goes, so v1 and v1.5 are the same network for ResNet-18 and ResNet-34.
template <int F, int S, ShortcutKind Sc>
struct BasicBlock final
    : Sequential<Residual<Sequential<conv3x3<F, S>, BatchNorm, ReLU, conv3x3<F>, BatchNorm>,
                          shortcut<Sc, F, S>>,
                 ReLU> {};

/// Bottleneck<W, S, At, Sc>: the bottleneck block of ResNet-50/101/152: 1x1 to W channels,
/// 3x3 with W, 1x1 to 4*W (expansion 4), each convolution without bias and followed by
/// BatchNorm, ReLU between them and after the sum. The stride S goes where `At` says
/// (StrideAt::conv_3x3 for torchvision's v1.5, StrideAt::first_1x1 for the paper's v1).
template <int W, int S, StrideAt At, ShortcutKind Sc>
struct Bottleneck final
    : Sequential<Residual<Sequential<conv1x1<W, At == StrideAt::first_1x1 ? S : 1>, BatchNorm, ReLU,
                                     conv3x3<W, At == StrideAt::conv_3x3 ? S : 1>, BatchNorm, ReLU,
                                     conv1x1<4 * W>, BatchNorm>,
                          shortcut<Sc, 4 * W, S>>,
                 ReLU> {};

/// BasicStage<F, Blocks, S>: one stage of ResNet-18/34 (torchvision's layer1 ... layer4):
/// Blocks BasicBlocks of F filters, the first with stride S. torchvision projects the shortcut
/// when the stride is not 1 or the channels change; in these networks the channels change
/// exactly where the stride is 2 (the stem already gives layer1 its 64 channels).
template <int F, int Blocks, int S>
struct BasicStage final
    : Sequential<BasicBlock<F, S, S == 1 ? ShortcutKind::identity : ShortcutKind::projection>,
                 Repeat<Blocks - 1, BasicBlock<F, 1, ShortcutKind::identity>>> {};

/// BottleneckStage<W, Blocks, S, At>: one stage of ResNet-50/101/152 (the paper's conv2_x ...
/// conv5_x): Blocks bottlenecks of width W and output 4*W, the first with stride S and a
/// projection shortcut (its channels always change: 64 -> 256 in the first stage).
template <int W, int Blocks, int S, StrideAt At>
struct BottleneckStage final
    : Sequential<Bottleneck<W, S, At, ShortcutKind::projection>,
                 Repeat<Blocks - 1, Bottleneck<W, 1, At, ShortcutKind::identity>>> {};

}  // namespace resnet

// ---- torchvision (v1.5) ---------------------------------------------------------------------
// torchvision.models.resnet18 ... resnet152 at 224x224x3: the stem, four stages (layer1 ...
// layer4, the paper's Table 1), AdaptiveAvgPool2d(1), flatten, FC 1000 (logits, no softmax).
// Convolutions have no bias; every convolution is followed by BatchNorm.

/// ResNet18: BasicBlocks [2, 2, 2, 2].
struct ResNet18 final : Net<Input<224, 224, 3>,
                            resnet::stem_conv, BatchNorm, ReLU, resnet::stem_pool,
                            resnet::BasicStage<64, 2, 1>,
                            resnet::BasicStage<128, 2, 2>,
                            resnet::BasicStage<256, 2, 2>,
                            resnet::BasicStage<512, 2, 2>,
                            AdaptiveAvgPool<1>, Flatten, FC<1000>> {
    static constexpr Published published{
        .params = 11'689'512,
        .non_trainable = 9'600,
        .macs = 1'814'073'344,
        .source = "torchvision weight metadata (ResNet18_Weights num_params and GFLOPS) and BatchNorm "
                  "buffers"};
};

/// ResNet34: BasicBlocks [3, 4, 6, 3].
struct ResNet34 final : Net<Input<224, 224, 3>,
                            resnet::stem_conv, BatchNorm, ReLU, resnet::stem_pool,
                            resnet::BasicStage<64, 3, 1>,
                            resnet::BasicStage<128, 4, 2>,
                            resnet::BasicStage<256, 6, 2>,
                            resnet::BasicStage<512, 3, 2>,
                            AdaptiveAvgPool<1>, Flatten, FC<1000>> {
    static constexpr Published published{
        .params = 21'797'672,
        .source = "torchvision weight metadata (ResNet34_Weights num_params)"};
};

/// ResNet50: Bottlenecks [3, 4, 6, 3], stride in the 3x3 convolution (v1.5).
struct ResNet50 final : Net<Input<224, 224, 3>,
                            resnet::stem_conv, BatchNorm, ReLU, resnet::stem_pool,
                            resnet::BottleneckStage<64, 3, 1, resnet::v1_5>,
                            resnet::BottleneckStage<128, 4, 2, resnet::v1_5>,
                            resnet::BottleneckStage<256, 6, 2, resnet::v1_5>,
                            resnet::BottleneckStage<512, 3, 2, resnet::v1_5>,
                            AdaptiveAvgPool<1>, Flatten, FC<1000>> {
    static constexpr Published published{
        .params = 25'557'032,
        .non_trainable = 53'120,
        .macs = 4'089'184'256,
        .source = "torchvision weight metadata (ResNet50_Weights num_params and GFLOPS) and BatchNorm "
                  "buffers"};
};

/// ResNet101: Bottlenecks [3, 4, 23, 3] (v1.5).
struct ResNet101 final : Net<Input<224, 224, 3>,
                             resnet::stem_conv, BatchNorm, ReLU, resnet::stem_pool,
                             resnet::BottleneckStage<64, 3, 1, resnet::v1_5>,
                             resnet::BottleneckStage<128, 4, 2, resnet::v1_5>,
                             resnet::BottleneckStage<256, 23, 2, resnet::v1_5>,
                             resnet::BottleneckStage<512, 3, 2, resnet::v1_5>,
                             AdaptiveAvgPool<1>, Flatten, FC<1000>> {
    static constexpr Published published{
        .params = 44'549'160,
        .non_trainable = 105'344,
        .macs = 7'801'405'440,
        .source = "torchvision weight metadata (ResNet101_Weights num_params and GFLOPS) and BatchNorm "
                  "buffers"};
};

/// ResNet152: Bottlenecks [3, 8, 36, 3] (v1.5).
struct ResNet152 final : Net<Input<224, 224, 3>,
                             resnet::stem_conv, BatchNorm, ReLU, resnet::stem_pool,
                             resnet::BottleneckStage<64, 3, 1, resnet::v1_5>,
                             resnet::BottleneckStage<128, 8, 2, resnet::v1_5>,
                             resnet::BottleneckStage<256, 36, 2, resnet::v1_5>,
                             resnet::BottleneckStage<512, 3, 2, resnet::v1_5>,
                             AdaptiveAvgPool<1>, Flatten, FC<1000>> {
    static constexpr Published published{
        .params = 60'192'808,
        .non_trainable = 151'424,
        .macs = 11'513'626'624,
        .source = "torchvision weight metadata (ResNet152_Weights num_params and GFLOPS) and BatchNorm "
                  "buffers"};
};


// ---- the paper's layout (v1) ----------------------------------------------------------------
// He et al. 2016, Table 1, with the stride of each downsampling bottleneck in its first 1x1
// convolution, as the authors' Caffe models and Keras. Everything else as torchvision's
// (convolutions without bias, BatchNorm, the same stem and head), so only the shapes inside the
// first block of stages 2-4 differ. ResNet-18/34 have no v1 twin: see resnet::BasicBlock.

/// ResNet50V1: Bottlenecks [3, 4, 6, 3], stride in the first 1x1 convolution.
struct ResNet50V1 final : Net<Input<224, 224, 3>,
                              resnet::stem_conv, BatchNorm, ReLU, resnet::stem_pool,
                              resnet::BottleneckStage<64, 3, 1, resnet::v1>,
                              resnet::BottleneckStage<128, 4, 2, resnet::v1>,
                              resnet::BottleneckStage<256, 6, 2, resnet::v1>,
                              resnet::BottleneckStage<512, 3, 2, resnet::v1>,
                              AdaptiveAvgPool<1>, Flatten, FC<1000>> {
    static constexpr Published published{
        .params = 25'557'032,
        .non_trainable = 53'120,
        .macs = 3'857'973'248,
        .source = "torchvision's ResNet-50 figures: moving the stride moves no parameter"};
};

/// ResNet101V1: Bottlenecks [3, 4, 23, 3] (v1).
struct ResNet101V1 final : Net<Input<224, 224, 3>,
                               resnet::stem_conv, BatchNorm, ReLU, resnet::stem_pool,
                               resnet::BottleneckStage<64, 3, 1, resnet::v1>,
                               resnet::BottleneckStage<128, 4, 2, resnet::v1>,
                               resnet::BottleneckStage<256, 23, 2, resnet::v1>,
                               resnet::BottleneckStage<512, 3, 2, resnet::v1>,
                               AdaptiveAvgPool<1>, Flatten, FC<1000>> {
    static constexpr Published published{
        .params = 44'549'160,
        .non_trainable = 105'344,
        .source = "torchvision's ResNet-101 figures: moving the stride moves no parameter"};
};

/// ResNet152V1: Bottlenecks [3, 8, 36, 3] (v1).
struct ResNet152V1 final : Net<Input<224, 224, 3>,
                               resnet::stem_conv, BatchNorm, ReLU, resnet::stem_pool,
                               resnet::BottleneckStage<64, 3, 1, resnet::v1>,
                               resnet::BottleneckStage<128, 8, 2, resnet::v1>,
                               resnet::BottleneckStage<256, 36, 2, resnet::v1>,
                               resnet::BottleneckStage<512, 3, 2, resnet::v1>,
                               AdaptiveAvgPool<1>, Flatten, FC<1000>> {
    static constexpr Published published{
        .params = 60'192'808,
        .non_trainable = 151'424,
        .source = "torchvision's ResNet-152 figures: moving the stride moves no parameter"};
};


// ---- Keras Applications ---------------------------------------------------------------------

namespace resnet {

/// KerasProjection<F, S>: Keras' conv shortcut ("_0_conv", "_0_bn"): a 1x1 convolution to F
/// channels with stride S and a bias, then BatchNorm.
template <int F, int S>
struct KerasProjection final : Sequential<Conv<1, 1, F, Stride<S>>, BatchNorm> {};

/// KerasBottleneck<F, S, Sc>: Keras Applications' `block1` (v1 layout): 1x1 with stride S,
/// 3x3 padding 'same', 1x1 to 4*F; every convolution with a bias (Keras' default
/// use_bias=True) and followed by BatchNorm; ReLU between them and after the sum.
template <int F, int S, ShortcutKind Sc>
struct KerasBottleneck final
    : Sequential<Residual<Sequential<Conv<1, 1, F, Stride<S>>, BatchNorm, ReLU,
                                     Conv<3, 3, F, Same>, BatchNorm, ReLU,
                                     Conv<1, 1, 4 * F>, BatchNorm>,
                          Shortcut<std::conditional_t<Sc == ShortcutKind::projection,
                                                      KerasProjection<4 * F, S>, Identity>>>,
                 ReLU> {};

/// KerasStack<F, Blocks, S>: Keras' `stack1`: a block with a conv shortcut and stride S, then
/// Blocks - 1 blocks with the identity shortcut.
template <int F, int Blocks, int S>
struct KerasStack final : Sequential<KerasBottleneck<F, S, ShortcutKind::projection>,
                                     Repeat<Blocks - 1, KerasBottleneck<F, 1, ShortcutKind::identity>>> {};

}  // namespace resnet

/// KerasResNet50: keras.applications.ResNet50 at 224x224x3: ZeroPadding2D(3), a valid 7x7/2
/// convolution with a bias, BatchNorm, ReLU, ZeroPadding2D(1), a valid 3x3/2 max pooling;
/// stacks [3, 4, 6, 3] (v1 layout, biases everywhere); GlobalAveragePooling2D; Dense 1000 with
/// softmax. The same shapes as ResNet50V1; 26,560 more parameters (one bias per conv filter).
struct KerasResNet50 final : Net<Input<224, 224, 3>,
                                 ZeroPad<3>, Conv<7, 7, 64, Stride<2>>, BatchNorm, ReLU,
                                 ZeroPad<1>, MaxPool<3, 3, Stride<2>>,
                                 resnet::KerasStack<64, 3, 1>,
                                 resnet::KerasStack<128, 4, 2>,
                                 resnet::KerasStack<256, 6, 2>,
                                 resnet::KerasStack<512, 3, 2>,
                                 GlobalAvgPool, FC<1000>, Softmax> {
    static constexpr Published published{
        .params = 25'583'592,
        .non_trainable = 53'120,
        .total = 25'636'712,
        .source = "Keras Applications ResNet50 summary"};
};


// ---- pre-activation ResNets for CIFAR-10 ----------------------------------------------------

namespace resnet {

/// PreActBottleneck<W, S, At, Sc>: the full pre-activation unit of "Identity Mappings in Deep
/// Residual Networks" (He et al. 2016, Fig. 4e): BN-ReLU-conv1x1 (W), BN-ReLU-conv3x3 (W),
/// BN-ReLU-conv1x1 (4*W), added to the shortcut with nothing after the sum. Convolutions
/// without bias, as the authors' Torch code (resnet-1k-layers, resnet-pre-act.lua: its
/// ConvInit removes the biases under cuDNN >= 4). The stride goes where `At` says; the
/// authors' code puts it in the first 1x1 convolution (StrideAt::first_1x1).
///
/// With an identity shortcut, the BN-ReLU is the first layer of the residual branch.
/// With a projection (the first unit of each stage, where the shape changes), the authors'
/// code applies one BN-ReLU before the split, so the 1x1 projection (no bias, no BatchNorm)
/// reads the pre-activated input. (bearpaw/pytorch-classification's preresnet.py projects the
/// raw input instead and keeps the BN-ReLU inside the branch: the same layers and counts.)
template <int W, int S, StrideAt At, ShortcutKind Sc>
struct PreActBottleneck;

template <int W, int S, StrideAt At>
struct PreActBottleneck<W, S, At, ShortcutKind::identity> final
    : Residual<Sequential<BatchNorm, ReLU, conv1x1<W, At == StrideAt::first_1x1 ? S : 1>,
                          BatchNorm, ReLU, conv3x3<W, At == StrideAt::conv_3x3 ? S : 1>,
                          BatchNorm, ReLU, conv1x1<4 * W>>> {};

template <int W, int S, StrideAt At>
struct PreActBottleneck<W, S, At, ShortcutKind::projection> final
    : Sequential<BatchNorm, ReLU,
                 Residual<Sequential<conv1x1<W, At == StrideAt::first_1x1 ? S : 1>,
                                     BatchNorm, ReLU, conv3x3<W, At == StrideAt::conv_3x3 ? S : 1>,
                                     BatchNorm, ReLU, conv1x1<4 * W>>,
                          Shortcut<conv1x1<4 * W, S>>>> {};

/// PreActStage<W, Units, S>: one stage of the CIFAR pre-activation ResNets: a projection unit
/// with stride S (stride in the first 1x1, as the authors' code), then Units - 1 identity units.
template <int W, int Units, int S>
struct PreActStage final
    : Sequential<PreActBottleneck<W, S, StrideAt::first_1x1, ShortcutKind::projection>,
                 Repeat<Units - 1, PreActBottleneck<W, 1, StrideAt::first_1x1, ShortcutKind::identity>>> {};

}  // namespace resnet

// The CIFAR-10 networks of "Identity Mappings" (He et al. 2016), as the authors' Torch
// code: 32x32x3 input; a 3x3 convolution with 16 filters (no bias, no BN-ReLU: the first unit
// pre-activates it); three stages of n = (depth - 2) / 9 bottleneck units of widths 16, 32, 64
// (outputs 64, 128, 256; maps 32, 16, 8) with strides 1, 2, 2; a final BN-ReLU; 8x8 average
// pooling (global at 8x8); FC 10 with a bias.

/// PreActResNet164: n = 18 units per stage.
struct PreActResNet164 final : Net<Input<32, 32, 3>,
                                   Conv<3, 3, 16, Pad<1>, NoBias>,
                                   resnet::PreActStage<16, 18, 1>,
                                   resnet::PreActStage<32, 18, 2>,
                                   resnet::PreActStage<64, 18, 2>,
                                   BatchNorm, ReLU, AvgPool<8, 8>, Flatten, FC<10>> {
    static constexpr Published published{
        .params = 1'703'258,
        .source = "He et al. 2016, Identity Mappings: 1.7M; exact count with 1x1 projection "
                  "shortcuts"};
};

/// PreActResNet1001: n = 111 units per stage.
struct PreActResNet1001 final : Net<Input<32, 32, 3>,
                                    Conv<3, 3, 16, Pad<1>, NoBias>,
                                    resnet::PreActStage<16, 111, 1>,
                                    resnet::PreActStage<32, 111, 2>,
                                    resnet::PreActStage<64, 111, 2>,
                                    BatchNorm, ReLU, AvgPool<8, 8>, Flatten, FC<10>> {
    static constexpr Published published{
        .params = 10'327'706,
        .source = "He et al. 2016, Identity Mappings: 10.2M; exact count with 1x1 projection "
                  "shortcuts"};
};

// ---- the CIFAR-10 ResNets of "Deep Residual Learning" ------------------------------------------

namespace resnet {

/// CifarBlock<F, S>: the basic block of the CIFAR-10 ResNets (He et al. 2016, "Deep Residual
/// Learning for Image Recognition", Sec. 4.2): two 3x3 convolutions of F filters without bias,
/// each followed by BatchNorm, the first with stride S; ReLU between them and after the sum.
/// The shortcut is the paper's option A: the identity, or where the block halves the map and
/// doubles the channels, the input subsampled and zero-padded (ChannelPad): no parameters.
template <int F, int S>
struct CifarBlock final
    : Sequential<Residual<Sequential<conv3x3<F, S>, BatchNorm, ReLU, conv3x3<F>, BatchNorm>,
                          Shortcut<std::conditional_t<S == 1, Identity, ChannelPad<F, Stride<S>>>>>,
                 ReLU> {};

/// CifarStage<F, N, S>: N CifarBlocks of F filters, the first with stride S.
template <int F, int N, int S>
struct CifarStage final : Sequential<CifarBlock<F, S>, Repeat<N - 1, CifarBlock<F, 1>>> {};

/// The CIFAR-10 ResNet of depth 6n + 2: a 3x3 convolution to 16 channels (no bias), BatchNorm,
/// ReLU; three stages of n blocks with 16, 32 and 64 filters on 32x32, 16x16 and 8x8 maps;
/// global average pooling; FC 10.
template <int N>
using CifarNet = Net<Input<32, 32, 3>, Conv<3, 3, 16, Pad<1>, NoBias>, BatchNorm, ReLU,
                     CifarStage<16, N, 1>, CifarStage<32, N, 2>, CifarStage<64, N, 2>,
                     GlobalAvgPool, FC<10>>;

}  // namespace resnet

// The paper's Table 6 gives the parameters rounded (0.27M, 0.46M, 0.66M, 0.85M, 1.7M); the exact
// counts and MACs below were recounted with PyTorch 1.13 from the paper's description, as the
// common implementations write it (convolutions without bias, option A shortcuts by slicing and
// F.pad; docs/sources.md). tests/static/models/resnet.cpp checks them against Table 6.

/// ResNet20: the CIFAR-10 ResNet with n = 3 (He et al. 2016, Table 6).
struct ResNet20 final : resnet::CifarNet<3> {
    static constexpr Published published{
        .params = 269'722, .non_trainable = 1'376, .macs = 40'551'040,
        .source = "He et al. 2016, Table 6: 0.27M; exact counts recounted with PyTorch"};
};
/// ResNet32: n = 5.
struct ResNet32 final : resnet::CifarNet<5> {
    static constexpr Published published{
        .params = 464'154, .non_trainable = 2'272, .macs = 68'862'592,
        .source = "He et al. 2016, Table 6: 0.46M; exact counts recounted with PyTorch"};
};
/// ResNet44: n = 7.
struct ResNet44 final : resnet::CifarNet<7> {
    static constexpr Published published{
        .params = 658'586, .non_trainable = 3'168, .macs = 97'174'144,
        .source = "He et al. 2016, Table 6: 0.66M; exact counts recounted with PyTorch"};
};
/// ResNet56: n = 9.
struct ResNet56 final : resnet::CifarNet<9> {
    static constexpr Published published{
        .params = 853'018, .non_trainable = 4'064, .macs = 125'485'696,
        .source = "He et al. 2016, Table 6: 0.85M; exact counts recounted with PyTorch"};
};
/// ResNet110: n = 18.
struct ResNet110 final : resnet::CifarNet<18> {
    static constexpr Published published{
        .params = 1'727'962, .non_trainable = 8'096, .macs = 252'887'680,
        .source = "He et al. 2016, Table 6: 1.7M; exact counts recounted with PyTorch"};
};

}  // namespace ctnn::models
