#pragma once
// ctnn/models/mobilenet.hpp: MobileNet v1 (Howard et al. 2017) as Keras Applications builds it,
// MobileNetV2 (Sandler et al. 2018) as torchvision and as Keras Applications build it, and
// MobileNetV3-Large (Howard et al. 2019) as torchvision builds it.
//
// All take a 224x224x3 input with width multiplier 1. Every convolution that feeds a BatchNorm
// has no bias (NoBias); each BatchNorm holds 2C learnable and 2C non-trainable values, which is
// why Keras' "Total params" is torchvision's parameter count plus the BatchNorm statistics.
// torchvision pads symmetrically (kernel k: padding (k-1)/2). Keras pads 'same' at stride 1 and,
// before a stride-2 3x3 convolution, adds an explicit ZeroPadding2D of one row at the bottom and
// one column at the right (ZeroPad<0, 1, 0, 1>) and then convolves 'valid'. At the even sizes a
// 224 input has at every stride-2 layer (224, 112, 56, 28, 14) both give the same shapes.

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
#include <ctnn/layers/padding.hpp>
#include <ctnn/layers/pool.hpp>
#include <ctnn/layers/regularization.hpp>

namespace ctnn::models {

namespace mobilenet {

/// make_divisible(v, d): v rounded to the nearest multiple of d, at least d, and not more than
/// 10% below v: the channel rounding torchvision and Keras share (`_make_divisible`).
constexpr int make_divisible(int v, int divisor = 8) noexcept {
    int rounded = (v + divisor / 2) / divisor * divisor;
    if (rounded < divisor) rounded = divisor;
    if (10 * rounded < 9 * v) rounded += divisor;
    return rounded;
}

// ---- type-level helpers for blocks with optional parts --------------------------------------

/// join<Sequential<A...>, Sequential<B...>, ...>::type = Sequential<A..., B...>: the layers of
/// several parts in one flat chain.
template <class... Parts>
struct join;
template <class... A>
struct join<Sequential<A...>> {
    using type = Sequential<A...>;
};
template <class... A, class... B, class... Rest>
struct join<Sequential<A...>, Sequential<B...>, Rest...> : join<Sequential<A..., B...>, Rest...> {};

/// when<B, Layers...>: the part Layers if B holds, else nothing (an empty part).
template <bool B, class... Layers>
using when = std::conditional_t<B, Sequential<Layers...>, Sequential<>>;

/// residual_if<B, Body>: Residual<Body> (identity shortcut) if B holds, else Body alone.
template <bool B, class Body>
using residual_if = std::conditional_t<B, Residual<Body>, Body>;

/// A stack of the paper's table row (t, c, n, s): n blocks with expansion t and c output
/// channels, the first with stride s (taking In channels), the others with stride 1.
template <template <int, int, int, int> class Block, int In, int T, int C, int N, int S>
using stage = std::conditional_t<N == 1, Sequential<Block<In, T, C, S>>,
                                 Sequential<Block<In, T, C, S>, Repeat<N - 1, Block<C, T, C, 1>>>>;

/// Keras' 3x3 depthwise convolution without bias: 'same' at stride 1; at stride 2, a
/// ZeroPadding2D(((0, 1), (0, 1))) then 'valid' (for MobileNetV2, Keras' `correct_pad`, which
/// gives this padding on even input sizes).
template <int S>
using keras_depthwise3x3 = std::conditional_t<S == 1, Sequential<DepthwiseConv<3, 3, Same, NoBias>>,
                                              Sequential<ZeroPad<0, 1, 0, 1>,
                                                         DepthwiseConv<3, 3, Stride<S>, NoBias>>>;

// ---- torchvision blocks ---------------------------------------------------------------------

/// ConvNormActivation<K, F, S, Act>: torchvision's Conv2dNormActivation: a KxK convolution with
/// F filters, stride S, padding (K-1)/2 and no bias, then BatchNorm, then Act.
template <int K, int F, int S, class Act>
struct ConvNormActivation final
    : Sequential<Conv<K, K, F, Stride<S>, Pad<(K - 1) / 2>, NoBias>, BatchNorm, Act> {};

/// InvertedResidual<In, T, Out, S>: torchvision's MobileNetV2 block (the paper's "bottleneck
/// residual block", Table 1) on In channels, expansion T, Out channels, stride S: a 1x1
/// expansion to In*T channels with BatchNorm and ReLU6 (only when T != 1), a 3x3 depthwise
/// convolution (stride S, padding 1) with BatchNorm and ReLU6, and a linear 1x1 projection with
/// BatchNorm; convolutions without bias. An identity shortcut when S == 1 and In == Out.
template <int In, int T, int Out, int S>
struct InvertedResidual final
    : residual_if<S == 1 && In == Out,
                  typename join<when<T != 1, Conv<1, 1, In * T, NoBias>, BatchNorm, ReLU6>,
                                Sequential<DepthwiseConv<3, 3, Stride<S>, Pad<1>, NoBias>,
                                           BatchNorm, ReLU6,
                                           Conv<1, 1, Out, NoBias>, BatchNorm>>::type> {};

/// BottleneckStage<In, T, C, N, S>: one row (t, c, n, s) of the MobileNetV2 paper's Table 2 as
/// torchvision builds it: N InvertedResidual blocks, the first on In channels with stride S.
template <int In, int T, int C, int N, int S>
struct BottleneckStage final : stage<InvertedResidual, In, T, C, N, S> {};

/// SqueezeExcitation<C, Squeeze>: torchvision's SqueezeExcitation with MobileNetV3's hard
/// sigmoid: global average pooling to 1x1xC, a 1x1 convolution to Squeeze channels (bias) and
/// ReLU, a 1x1 convolution back to C channels (bias), HardSigmoid, and the input rescaled
/// channel by channel.
template <int C, int Squeeze>
struct SqueezeExcitation final
    : Gate<AdaptiveAvgPool<1>, Conv<1, 1, Squeeze>, ReLU, Conv<1, 1, C>, HardSigmoid> {};

/// InvertedResidualV3<In, K, Exp, Out, SE, NL, S>: torchvision's MobileNetV3 block, its
/// arguments in the order of torchvision's table (input channels, kernel, expanded channels,
/// output channels, squeeze-and-excitation, nonlinearity, stride): a 1x1 expansion to Exp
/// channels with BatchNorm and NL (only when Exp != In), a KxK depthwise convolution (stride S,
/// padding (K-1)/2) with BatchNorm and NL, a SqueezeExcitation with
/// make_divisible(Exp / 4) squeeze channels (only when SE), and a linear 1x1 projection with
/// BatchNorm; convolutions without bias. An identity shortcut when S == 1 and In == Out.
template <int In, int K, int Exp, int Out, bool SE, class NL, int S>
struct InvertedResidualV3 final
    : residual_if<S == 1 && In == Out,
                  typename join<when<Exp != In, Conv<1, 1, Exp, NoBias>, BatchNorm, NL>,
                                Sequential<DepthwiseConv<K, K, Stride<S>, Pad<(K - 1) / 2>, NoBias>,
                                           BatchNorm, NL>,
                                when<SE, SqueezeExcitation<Exp, make_divisible(Exp / 4)>>,
                                Sequential<Conv<1, 1, Out, NoBias>, BatchNorm>>::type> {};

// ---- Keras Applications blocks --------------------------------------------------------------

/// KerasDepthwiseSeparable<F, S>: Keras' MobileNet `_depthwise_conv_block` (depth multiplier
/// 1): a 3x3 depthwise convolution with stride S (Keras' padding, see keras_depthwise3x3),
/// BatchNorm, ReLU6, then a 1x1 convolution to F channels ('same'), BatchNorm, ReLU6; no biases.
template <int F, int S>
struct KerasDepthwiseSeparable final
    : join<keras_depthwise3x3<S>,
           Sequential<BatchNorm, ReLU6, Conv<1, 1, F, Same, NoBias>, BatchNorm, ReLU6>>::type {};

/// KerasInvertedResidual<In, T, Out, S>: Keras' MobileNetV2 `_inverted_res_block`: a 1x1
/// expansion to In*T channels ('same') with BatchNorm and ReLU6 (Keras skips it for its first
/// block, the only one with expansion 1), a 3x3 depthwise convolution with stride S (Keras'
/// padding, see keras_depthwise3x3) with BatchNorm and ReLU6, a linear 1x1 projection ('same')
/// with BatchNorm; no biases. An identity shortcut (Add) when S == 1 and In == Out.
template <int In, int T, int Out, int S>
struct KerasInvertedResidual final
    : residual_if<S == 1 && In == Out,
                  typename join<when<T != 1, Conv<1, 1, In * T, Same, NoBias>, BatchNorm, ReLU6>,
                                keras_depthwise3x3<S>,
                                Sequential<BatchNorm, ReLU6,
                                           Conv<1, 1, Out, Same, NoBias>, BatchNorm>>::type> {};

/// KerasBottleneckStage<In, T, C, N, S>: a row (t, c, n, s) of the MobileNetV2 table with
/// Keras' blocks.
template <int In, int T, int C, int N, int S>
struct KerasBottleneckStage final : stage<KerasInvertedResidual, In, T, C, N, S> {};

}  // namespace mobilenet

/// KerasMobileNet: MobileNet v1 (Howard et al. 2017, Table 1) as keras.applications.MobileNet
/// builds it with alpha = 1 and depth multiplier 1 on a 224x224x3 input: a 3x3/2 convolution
/// with 32 filters (ZeroPadding2D(((0, 1), (0, 1))), 'valid', no bias), BatchNorm, ReLU6; 13
/// depthwise-separable blocks; then GlobalAveragePooling2D(keepdims=True) (1x1x1024), Dropout,
/// a 1x1 convolution to 1000 classes with bias, Reshape to 1000, Softmax. The paper's table
/// gives the 13th depthwise convolution stride 2 on a 7x7 input; Keras (and every released
/// model) uses stride 1 there, as written here.
struct KerasMobileNet final
    : Net<Input<224, 224, 3>,
          ZeroPad<0, 1, 0, 1>, Conv<3, 3, 32, Stride<2>, NoBias>, BatchNorm, ReLU6,
          mobilenet::KerasDepthwiseSeparable<64, 1>,
          mobilenet::KerasDepthwiseSeparable<128, 2>,
          mobilenet::KerasDepthwiseSeparable<128, 1>,
          mobilenet::KerasDepthwiseSeparable<256, 2>,
          mobilenet::KerasDepthwiseSeparable<256, 1>,
          mobilenet::KerasDepthwiseSeparable<512, 2>,
          Repeat<5, mobilenet::KerasDepthwiseSeparable<512, 1>>,
          mobilenet::KerasDepthwiseSeparable<1024, 2>,
          mobilenet::KerasDepthwiseSeparable<1024, 1>,
          AdaptiveAvgPool<1>, Dropout, Conv<1, 1, 1000, Same>, Flatten, Softmax> {
    static constexpr Published published{
        .params = 4'231'976,
        .non_trainable = 21'888,
        .total = 4'253'864,
        .macs = 568'740'352,
        .source = "Keras Applications MobileNet summary; paper Table 8: 4.2M parameters, "
                  "569M mult-adds (568,740,352 recounted)"};
};


/// MobileNetV2: torchvision.models.mobilenet_v2 (width 1, 224x224x3 input), the rows of the
/// paper's Table 2: a 3x3/2 convolution with 32 filters, BatchNorm and ReLU6; seven bottleneck
/// stages (t, c, n, s); a 1x1 convolution to 1280 with BatchNorm and ReLU6; then torchvision's
/// head: average pooling to 1x1, flatten, Dropout(0.2), FC 1000 (with bias). No convolution
/// has a bias.
struct MobileNetV2 final
    : Net<Input<224, 224, 3>,
          mobilenet::ConvNormActivation<3, 32, 2, ReLU6>,
          //                        in  t    c  n  s
          mobilenet::BottleneckStage<32, 1, 16, 1, 1>,
          mobilenet::BottleneckStage<16, 6, 24, 2, 2>,
          mobilenet::BottleneckStage<24, 6, 32, 3, 2>,
          mobilenet::BottleneckStage<32, 6, 64, 4, 2>,
          mobilenet::BottleneckStage<64, 6, 96, 3, 1>,
          mobilenet::BottleneckStage<96, 6, 160, 3, 2>,
          mobilenet::BottleneckStage<160, 6, 320, 1, 1>,
          mobilenet::ConvNormActivation<1, 1280, 1, ReLU6>,
          AdaptiveAvgPool<1>, Flatten, Dropout, FC<1000>> {
    static constexpr Published published{
        .params = 3'504'872,
        .non_trainable = 34'112,
        .macs = 300'774'272,
        .source = "torchvision weight metadata (MobileNet_V2_Weights num_params and GFLOPS) and BatchNorm "
                  "buffers"};
};


/// KerasMobileNetV2: keras.applications.MobileNetV2 (alpha = 1, 224x224x3 input) as Keras
/// builds it (Keras 2 and 3): a 3x3/2 convolution with 32 filters ('same', which here pads one
/// row and column at the bottom and right, exactly as the ZeroPadding2D(correct_pad) + 'valid'
/// of older keras-applications releases), BatchNorm, ReLU6; the same seven stages with Keras'
/// blocks; a 1x1 convolution to 1280 with BatchNorm and ReLU6; GlobalAveragePooling2D to a flat
/// 1280, Dense 1000 with bias and softmax.
struct KerasMobileNetV2 final
    : Net<Input<224, 224, 3>,
          Conv<3, 3, 32, Stride<2>, Same, NoBias>, BatchNorm, ReLU6,
          //                             in  t    c  n  s
          mobilenet::KerasBottleneckStage<32, 1, 16, 1, 1>,
          mobilenet::KerasBottleneckStage<16, 6, 24, 2, 2>,
          mobilenet::KerasBottleneckStage<24, 6, 32, 3, 2>,
          mobilenet::KerasBottleneckStage<32, 6, 64, 4, 2>,
          mobilenet::KerasBottleneckStage<64, 6, 96, 3, 1>,
          mobilenet::KerasBottleneckStage<96, 6, 160, 3, 2>,
          mobilenet::KerasBottleneckStage<160, 6, 320, 1, 1>,
          Conv<1, 1, 1280, NoBias>, BatchNorm, ReLU6,
          GlobalAvgPool, FC<1000>, Softmax> {
    static constexpr Published published{
        .params = 3'504'872,
        .non_trainable = 34'112,
        .total = 3'538'984,
        .source = "Keras Applications MobileNetV2 summary"};
};


/// MobileNetV3Large: torchvision.models.mobilenet_v3_large (width 1, 224x224x3 input), the
/// rows of torchvision's table (the paper's Table 1): a 3x3/2 convolution with 16 filters,
/// BatchNorm and HardSwish; 15 inverted residual blocks; a 1x1 convolution to 960 with
/// BatchNorm and HardSwish; then average pooling to 1x1, flatten, FC 1280, HardSwish,
/// Dropout(0.2), FC 1000 (both FC with bias). No convolution outside squeeze-and-excitation has
/// a bias.
struct MobileNetV3Large final
    : Net<Input<224, 224, 3>,
          mobilenet::ConvNormActivation<3, 16, 2, HardSwish>,
          //                           in  k  exp  out  SE     NL        s
          mobilenet::InvertedResidualV3<16, 3, 16, 16, false, ReLU, 1>,
          mobilenet::InvertedResidualV3<16, 3, 64, 24, false, ReLU, 2>,
          mobilenet::InvertedResidualV3<24, 3, 72, 24, false, ReLU, 1>,
          mobilenet::InvertedResidualV3<24, 5, 72, 40, true, ReLU, 2>,
          mobilenet::InvertedResidualV3<40, 5, 120, 40, true, ReLU, 1>,
          mobilenet::InvertedResidualV3<40, 5, 120, 40, true, ReLU, 1>,
          mobilenet::InvertedResidualV3<40, 3, 240, 80, false, HardSwish, 2>,
          mobilenet::InvertedResidualV3<80, 3, 200, 80, false, HardSwish, 1>,
          mobilenet::InvertedResidualV3<80, 3, 184, 80, false, HardSwish, 1>,
          mobilenet::InvertedResidualV3<80, 3, 184, 80, false, HardSwish, 1>,
          mobilenet::InvertedResidualV3<80, 3, 480, 112, true, HardSwish, 1>,
          mobilenet::InvertedResidualV3<112, 3, 672, 112, true, HardSwish, 1>,
          mobilenet::InvertedResidualV3<112, 5, 672, 160, true, HardSwish, 2>,
          mobilenet::InvertedResidualV3<160, 5, 960, 160, true, HardSwish, 1>,
          mobilenet::InvertedResidualV3<160, 5, 960, 160, true, HardSwish, 1>,
          mobilenet::ConvNormActivation<1, 960, 1, HardSwish>,
          AdaptiveAvgPool<1>, Flatten,
          FC<1280>, HardSwish, Dropout,
          FC<1000>> {
    static constexpr Published published{
        .params = 5'483'032,
        .non_trainable = 24'400,
        .macs = 216'589'760,
        .source = "torchvision weight metadata (MobileNet_V3_Large_Weights num_params and GFLOPS) and "
                  "BatchNorm buffers"};
};


}  // namespace ctnn::models
