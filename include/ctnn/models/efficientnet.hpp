#pragma once
// ctnn/models/efficientnet.hpp: EfficientNet-B0 (Tan & Le 2019), as torchvision's
// efficientnet_b0.
//
// Conventions of torchvision's version: 224x224x3 input; every convolution of the feature
// extractor is bias-free and followed by BatchNorm (2C learnable + 2C moving statistics);
// SiLU (ctnn's Swish) as the activation; "same"-style padding written explicitly as
// (k - 1) / 2; squeeze-and-excitation convolutions carry a bias; the classifier is
// AdaptiveAvgPool2d(1), flatten, dropout and a biased FC-1000 without a soft-max.
// Stochastic depth drops whole residual branches while training: no parameters, no change of
// shape, so it is not written.

#include <type_traits>

#include <ctnn/models/published.hpp>
#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/compose/gate.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/compose/repeat.hpp>
#include <ctnn/compose/residual.hpp>
#include <ctnn/compose/sequential.hpp>
#include <ctnn/layers/activation.hpp>
#include <ctnn/layers/conv.hpp>
#include <ctnn/layers/dense.hpp>
#include <ctnn/layers/input.hpp>
#include <ctnn/layers/normalization.hpp>
#include <ctnn/layers/pool.hpp>
#include <ctnn/layers/regularization.hpp>

namespace ctnn::models {

namespace efficientnet {

/// ConvBnSiLU<K, F, S>: torchvision's Conv2dNormActivation with SiLU: a KxK convolution with
/// F filters, stride S, padding (K - 1) / 2 and no bias, then BatchNorm and SiLU. The stem
/// (K = 3, S = 2) and the last 1x1 convolution of the feature extractor.
template <int K, int F, int S>  // (no default argument: g++ and clang++ would name it differently)
struct ConvBnSiLU final : Sequential<Conv<K, K, F, Stride<S>, Pad<(K - 1) / 2>, NoBias>, BatchNorm,
                                     Swish> {};

/// SqueezeExcitation<C, Squeezed>: torchvision's SqueezeExcitation(C, Squeezed, SiLU): the
/// channels' means (AdaptiveAvgPool2d(1), a 1x1xC map), a biased 1x1 convolution down to
/// Squeezed channels, SiLU, a biased 1x1 convolution back to C, a sigmoid; the input is scaled
/// by the result channel by channel. Parameters 2*C*Squeezed + Squeezed + C.
template <int C, int Squeezed>
struct SqueezeExcitation final
    : Gate<AdaptiveAvgPool<1>, Conv<1, 1, Squeezed>, Swish, Conv<1, 1, C>, Sigmoid> {};

/// MBConvBody<Expand, K, S, In, Out>: the main path of a mobile inverted bottleneck on In
/// channels, as torchvision's MBConv.block: expansion to E = In * Expand channels (1x1, no
/// bias, BatchNorm, SiLU; absent when Expand is 1), KxK depthwise convolution with stride S
/// and padding (K - 1) / 2 (no bias, BatchNorm, SiLU), squeeze-and-excitation to
/// max(1, In / 4) channels (a quarter of the block's input, not of E), projection to Out
/// channels (1x1, no bias, BatchNorm, no activation). torchvision rounds E to a multiple of 8;
/// every E of B0 already is one. (Not final: MBConv derives from it when there is no shortcut.)
template <int Expand, int K, int S, int In, int Out>
struct MBConvBody
    : Sequential<Conv<1, 1, In * Expand, NoBias>, BatchNorm, Swish,
                 DepthwiseConv<K, K, Stride<S>, Pad<(K - 1) / 2>, NoBias>, BatchNorm, Swish,
                 SqueezeExcitation<In * Expand, (In / 4 > 1 ? In / 4 : 1)>,
                 Conv<1, 1, Out, NoBias>, BatchNorm> {};

/// Expand ratio 1 (MBConv1): no expansion convolution.
template <int K, int S, int In, int Out>
struct MBConvBody<1, K, S, In, Out>
    : Sequential<DepthwiseConv<K, K, Stride<S>, Pad<(K - 1) / 2>, NoBias>, BatchNorm, Swish,
                 SqueezeExcitation<In, (In / 4 > 1 ? In / 4 : 1)>,
                 Conv<1, 1, Out, NoBias>, BatchNorm> {};

/// MBConv<Expand, K, S, In, Out>: "MBConv<Expand>, kKxK" of the paper's Table 1, one block of
/// torchvision's MBConv: the body above, inside a Residual (identity shortcut) when the block
/// keeps the shape (S = 1 and In = Out), as torchvision's use_res_connect.
template <int Expand, int K, int S, int In, int Out>
struct MBConv final : std::conditional_t<S == 1 && In == Out,
                                         Residual<MBConvBody<Expand, K, S, In, Out>>,
                                         MBConvBody<Expand, K, S, In, Out>> {};

/// Stage<Expand, K, S, In, Out, Layers>: one row of the paper's Table 1 (torchvision's
/// features[1] ... features[7]): Layers MBConv blocks; the first goes from In to Out channels
/// with stride S, the other Layers - 1 keep Out channels with stride 1 (and are residual).
template <int Expand, int K, int S, int In, int Out, int Layers>
struct Stage final : Sequential<MBConv<Expand, K, S, In, Out>,
                                Repeat<Layers - 1, MBConv<Expand, K, 1, Out, Out>>> {};

/// A stage of one block is that block alone.
template <int Expand, int K, int S, int In, int Out>
struct Stage<Expand, K, S, In, Out, 1> final : Sequential<MBConv<Expand, K, S, In, Out>> {};

}  // namespace efficientnet

/// EfficientNetB0: Tan & Le 2019, Table 1, as torchvision.models.efficientnet_b0 (see the
/// conventions at the top of this file). Elements 1 to 9 are torchvision's features[0] to
/// features[8], so shape_at<EfficientNetB0, i + 1> is the output of features[i].
struct EfficientNetB0 final
    : Net<Input<224, 224, 3>,
          efficientnet::ConvBnSiLU<3, 32, 2>,  // stage 1: Conv3x3, 224 (input resolution)
          // Stage<expand ratio, kernel, stride, in, out, layers>  Table 1: stage, operator, input
          efficientnet::Stage<1, 3, 1,  32,  16, 1>,  // 2: MBConv1, k3x3, 112
          efficientnet::Stage<6, 3, 2,  16,  24, 2>,  // 3: MBConv6, k3x3, 112
          efficientnet::Stage<6, 5, 2,  24,  40, 2>,  // 4: MBConv6, k5x5,  56
          efficientnet::Stage<6, 3, 2,  40,  80, 3>,  // 5: MBConv6, k3x3,  28
          efficientnet::Stage<6, 5, 1,  80, 112, 3>,  // 6: MBConv6, k5x5,  14
          efficientnet::Stage<6, 5, 2, 112, 192, 4>,  // 7: MBConv6, k5x5,  14
          efficientnet::Stage<6, 3, 1, 192, 320, 1>,  // 8: MBConv6, k3x3,   7
          efficientnet::ConvBnSiLU<1, 1280, 1>,  // stage 9: Conv1x1 & Pooling & FC, 7
          AdaptiveAvgPool<1>, Flatten, Dropout, FC<1000>> {
    static constexpr Published published{
        .params = 5'288'548,
        .non_trainable = 42'016,
        .macs = 385'814'752,
        .source = "torchvision weight metadata (EfficientNet_B0_Weights num_params and GFLOPS) and BatchNorm "
                  "buffers; paper Table 2: 5.3M"};
};


}  // namespace ctnn::models
