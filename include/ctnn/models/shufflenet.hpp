#pragma once
// ctnn/models/shufflenet.hpp: ShuffleNet V2 1.0x (Ma et al. 2018), as torchvision's
// shufflenet_v2_x1_0.
//
// Conventions of torchvision's version: 224x224x3 input; no convolution has a bias, each is
// followed by BatchNorm (2C learnable + 2C moving statistics); ReLU after the 1x1
// convolutions and the stem, none after the depthwise ones; global average pooling as a mean
// over H and W (a flat vector, ctnn's GlobalAvgPool), then a biased FC-1000 without a soft-max.

#include <ctnn/models/published.hpp>
#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/compose/concat.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/compose/repeat.hpp>
#include <ctnn/compose/sequential.hpp>
#include <ctnn/layers/activation.hpp>
#include <ctnn/layers/conv.hpp>
#include <ctnn/layers/dense.hpp>
#include <ctnn/layers/identity.hpp>
#include <ctnn/layers/input.hpp>
#include <ctnn/layers/normalization.hpp>
#include <ctnn/layers/pool.hpp>
#include <ctnn/layers/shuffle.hpp>

namespace ctnn::models {

namespace shufflenet {

/// ConvBnReLU<K, F, S>: a KxK convolution with F filters, stride S, padding (K - 1) / 2 and
/// no bias, then BatchNorm and ReLU: torchvision's conv1 (K = 3, S = 2) and conv5 (K = 1).
template <int K, int F, int S>  // (no default argument: g++ and clang++ would name it differently)
struct ConvBnReLU final : Sequential<Conv<K, K, F, Stride<S>, Pad<(K - 1) / 2>, NoBias>, BatchNorm,
                                     ReLU> {};

/// Branch1<C>: the shortcut branch of a downsampling unit (torchvision's branch1): 3x3
/// depthwise convolution, stride 2, padding 1, BatchNorm, then 1x1 convolution to C channels,
/// BatchNorm, ReLU. No biases.
template <int C>
struct Branch1 final : Sequential<DepthwiseConv<3, 3, Stride<2>, Pad<1>, NoBias>, BatchNorm,
                                  Conv<1, 1, C, NoBias>, BatchNorm, ReLU> {};

/// Branch2<C, S>: the main branch of every unit (torchvision's branch2): 1x1 convolution to C
/// channels, BatchNorm, ReLU; 3x3 depthwise convolution, stride S, padding 1, BatchNorm (no
/// activation); 1x1 convolution to C channels, BatchNorm, ReLU. No biases.
template <int C, int S>
struct Branch2 final : Sequential<Conv<1, 1, C, NoBias>, BatchNorm, ReLU,
                                  DepthwiseConv<3, 3, Stride<S>, Pad<1>, NoBias>, BatchNorm,
                                  Conv<1, 1, C, NoBias>, BatchNorm, ReLU> {};

/// DownUnit<Out>: the spatial downsampling unit (the paper's Fig. 3d; torchvision's
/// InvertedResidual with stride 2): both branches read the whole input, each gives Out / 2
/// channels at half the resolution; concatenated, then the channels are shuffled in 2 groups.
template <int Out>
struct DownUnit final
    : Sequential<Concat<Branch1<Out / 2>, Branch2<Out / 2, 2>>, ChannelShuffle<2>> {};

/// Unit<Out>: the basic unit (the paper's Fig. 3c; InvertedResidual with stride 1) on Out
/// channels: channel split in two halves, the first passed through unchanged, the second
/// through Branch2; concatenated, then the channels are shuffled in 2 groups.
template <int Out>
struct Unit final
    : Sequential<ChannelSplit<Identity, Branch2<Out / 2, 1>>, ChannelShuffle<2>> {};

/// Stage<Out, Repeats>: one stage of the paper's Table 5 (torchvision's stage2 ... stage4):
/// a DownUnit to Out channels, then Repeats - 1 Units.
template <int Out, int Repeats>
struct Stage final : Sequential<DownUnit<Out>, Repeat<Repeats - 1, Unit<Out>>> {};

}  // namespace shufflenet

/// ShuffleNetV2x1_0: ShuffleNet V2 with 1.0x channel width (Ma et al. 2018, Table 5), as
/// torchvision.models.shufflenet_v2_x1_0 (see the conventions at the top of this file).
/// Elements 1 to 6 are torchvision's conv1, maxpool, stage2, stage3, stage4 and conv5.
struct ShuffleNetV2x1_0 final
    : Net<Input<224, 224, 3>,
          shufflenet::ConvBnReLU<3, 24, 2>,  // Conv1 3x3/2, 24: 224 -> 112
          MaxPool<3, 3, Stride<2>, Pad<1>>,  // MaxPool 3x3/2: 112 -> 56
          //                out  repeat
          shufflenet::Stage<116, 4>,         // Stage2: 56 -> 28
          shufflenet::Stage<232, 8>,         // Stage3: 28 -> 14
          shufflenet::Stage<464, 4>,         // Stage4: 14 -> 7
          shufflenet::ConvBnReLU<1, 1024, 1>,  // Conv5 1x1, 1024
          GlobalAvgPool,                     // GlobalPool 7x7 (torchvision: x.mean([2, 3]))
          FC<1000>> {
    static constexpr Published published{
        .params = 2'278'604,
        .non_trainable = 16'180,
        .macs = 144'907'992,
        .source = "torchvision weight metadata (ShuffleNet_V2_X1_0_Weights num_params and GFLOPS) and "
                  "BatchNorm buffers"};
};


}  // namespace ctnn::models
