#pragma once
// ctnn/models/densenet.hpp: DenseNet-121 and DenseNet-201 (Huang et al. 2017, "Densely
// Connected Convolutional Networks", the DenseNet-BC variant of Table 1), as torchvision builds
// them and, for DenseNet-121, as Keras Applications builds it.
//
// The hyperparameters of Table 1 and of both sources: growth rate k = 32, a 1x1 bottleneck of
// 4k channels in every dense layer (torchvision's bn_size = 4), 64 channels out of the stem,
// compression 0.5 in the transitions (each halves the channels). Every convolution is without a
// bias, each is preceded by BatchNorm and ReLU (pre-activation), and the dense blocks have
// (6, 12, 24, 16) layers for DenseNet-121 and (6, 12, 48, 32) for DenseNet-201. The channel
// counts are those Table 1 implies: a block of n layers adds n * k channels to its input.

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
#include <ctnn/layers/padding.hpp>
#include <ctnn/layers/pool.hpp>

namespace ctnn::models {

namespace densenet {

/// DenseLayer<K>: one layer of a dense block with growth rate K (torchvision's _DenseLayer,
/// bn_size = 4). The input passes through unchanged and is concatenated with K new channels
/// computed from it by BatchNorm, ReLU, a 1x1 convolution to 4K channels, BatchNorm, ReLU and a
/// 3x3 convolution (padding 1) to K channels; both convolutions are without a bias.
/// H x W x C -> H x W x (C + K), so the same type serves every layer of every block.
/// Parameters on C input channels: 2C + 4K*C + 2*4K + 9*4K*K; BN statistics 2C + 2*4K.
template <int K>
struct DenseLayer final : Concat<Identity,
                                 Sequential<BatchNorm, ReLU, Conv<1, 1, 4 * K, NoBias>,
                                            BatchNorm, ReLU, Conv<3, 3, K, Pad<1>, NoBias>>> {};

/// DenseBlock<N, K>: N dense layers of growth rate K, each reading the concatenation of the
/// block's input and every earlier layer's output (torchvision's _DenseBlock).
/// H x W x C -> H x W x (C + N*K).
template <int N, int K>
struct DenseBlock final : Repeat<N, DenseLayer<K>> {};

/// Transition<C>: between two dense blocks, BatchNorm, ReLU, a 1x1 convolution without a bias
/// to C channels and 2x2 average pooling with stride 2 (torchvision's _Transition, Keras'
/// transition_block). With compression 0.5, C is half the input's channels, as written in
/// each model. H x W x Cin -> H/2 x W/2 x C.
template <int C>
struct Transition final : Sequential<BatchNorm, ReLU, Conv<1, 1, C, NoBias>, AvgPool<2, 2>> {};

/// KerasConvBlock<K>: Keras Applications' conv_block, the dense layer as Keras writes it: the
/// same layers as DenseLayer<K>, with the 3x3 convolution in padding='same' (Keras'
/// Concatenate joins the input and the new K channels, in that order).
template <int K>
struct KerasConvBlock final : Concat<Identity,
                                     Sequential<BatchNorm, ReLU, Conv<1, 1, 4 * K, NoBias>,
                                                BatchNorm, ReLU, Conv<3, 3, K, Same, NoBias>>> {};

/// KerasDenseBlock<N, K>: Keras Applications' dense_block, N conv blocks of growth rate K.
template <int N, int K>
struct KerasDenseBlock final : Repeat<N, KerasConvBlock<K>> {};

}  // namespace densenet

/// DenseNet121: torchvision.models.densenet121, blocks of (6, 12, 24, 16) layers, k = 32.
/// 224x224x3 input. Stem: 7x7/2 convolution (padding 3, no bias) to 64 channels, BatchNorm,
/// ReLU, 3x3/2 max pooling with padding 1. Head: BatchNorm, ReLU (torchvision applies it in
/// forward()), AdaptiveAvgPool2d(1), flatten, a 1000-way linear layer with a bias (no softmax).
/// Channels: 64 -> 256 | 128 -> 512 | 256 -> 1024 | 512 -> 1024, at 56, 28, 14 and 7 pixels.
struct DenseNet121 final : Net<Input<224, 224, 3>,
                               Conv<7, 7, 64, Stride<2>, Pad<3>, NoBias>, BatchNorm, ReLU,
                               MaxPool<3, 3, Stride<2>, Pad<1>>,
                               densenet::DenseBlock<6, 32>, densenet::Transition<128>,
                               densenet::DenseBlock<12, 32>, densenet::Transition<256>,
                               densenet::DenseBlock<24, 32>, densenet::Transition<512>,
                               densenet::DenseBlock<16, 32>,
                               BatchNorm, ReLU, AdaptiveAvgPool<1>, Flatten, FC<1000>> {
    static constexpr Published published{
        .params = 7'978'856,
        .non_trainable = 83'648,
        .macs = 2'834'161'664,
        .source = "torchvision weight metadata (DenseNet121_Weights num_params and GFLOPS) and BatchNorm "
                  "buffers"};
};


/// DenseNet201: torchvision.models.densenet201, blocks of (6, 12, 48, 32) layers, k = 32;
/// stem and head as DenseNet121. Channels: 64 -> 256 | 128 -> 512 | 256 -> 1792 | 896 -> 1920.
struct DenseNet201 final : Net<Input<224, 224, 3>,
                               Conv<7, 7, 64, Stride<2>, Pad<3>, NoBias>, BatchNorm, ReLU,
                               MaxPool<3, 3, Stride<2>, Pad<1>>,
                               densenet::DenseBlock<6, 32>, densenet::Transition<128>,
                               densenet::DenseBlock<12, 32>, densenet::Transition<256>,
                               densenet::DenseBlock<48, 32>, densenet::Transition<896>,
                               densenet::DenseBlock<32, 32>,
                               BatchNorm, ReLU, AdaptiveAvgPool<1>, Flatten, FC<1000>> {
    static constexpr Published published{
        .params = 20'013'928,
        .non_trainable = 229'056,
        .macs = 4'291'365'888,
        .source = "torchvision weight metadata (DenseNet201_Weights num_params and GFLOPS) and BatchNorm "
                  "buffers"};
};


/// KerasDenseNet121: keras.applications.DenseNet121 (include_top=True, 224x224x3, channels
/// last), layer for layer as Keras builds it: ZeroPadding2D(3) and a valid 7x7/2 convolution
/// without a bias, BatchNormalization, ReLU, ZeroPadding2D(1) and a valid 3x3/2 max pooling;
/// the dense blocks (conv blocks with padding='same') and transitions of DenseNet121; then
/// BatchNormalization, ReLU, GlobalAveragePooling2D (a flat 1024) and Dense(1000) with softmax.
/// The same learnable parameters as torchvision's DenseNet121; Keras lists the BatchNorm moving
/// mean and variance as its non-trainable parameters.
struct KerasDenseNet121 final : Net<Input<224, 224, 3>,
                                    ZeroPad<3>, Conv<7, 7, 64, Stride<2>, NoBias>, BatchNorm, ReLU,
                                    ZeroPad<1>, MaxPool<3, 3, Stride<2>>,
                                    densenet::KerasDenseBlock<6, 32>, densenet::Transition<128>,
                                    densenet::KerasDenseBlock<12, 32>, densenet::Transition<256>,
                                    densenet::KerasDenseBlock<24, 32>, densenet::Transition<512>,
                                    densenet::KerasDenseBlock<16, 32>,
                                    BatchNorm, ReLU, GlobalAvgPool, Dense<1000>, Softmax> {
    static constexpr Published published{
        .params = 7'978'856,
        .non_trainable = 83'648,
        .total = 8'062'504,
        .source = "Keras Applications DenseNet121 summary"};
};


}  // namespace ctnn::models
