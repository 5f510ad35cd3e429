#pragma once
// ctnn/models/inception.hpp: Inception-v3 (Szegedy et al. 2016, "Rethinking the Inception
// Architecture for Computer Vision") as torchvision's `inception_v3`, with or without its
// auxiliary classifier, and as Keras Applications' InceptionV3 (at the end).
//
// As torchvision builds it: 299x299x3 input; every convolution is a BasicConv2d (no bias,
// BatchNorm, ReLU; shared with GoogLeNet, ctnn/models/googlenet.hpp); the stem and the
// grid-reduction modules use unpadded ("valid") convolutions and pools; the factorized 7x7 and
// 3x3 convolutions are 1x7 / 7x1 and 1x3 / 3x1 pairs, padded along their long side only, so
// they keep the grid; the module names follow torchvision's (InceptionA ... InceptionE:
// Mixed_5b-5d, Mixed_6a, Mixed_6b-6e, Mixed_7a, Mixed_7b-7c); the head is
// AdaptiveAvgPool2d(1), dropout, flatten, FC-1000 (no soft-max layer).

#include <string_view>

#include <ctnn/models/published.hpp>
#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/compose/concat.hpp>
#include <ctnn/compose/gate.hpp>
#include <ctnn/compose/sequential.hpp>
#include <ctnn/layers/dense.hpp>
#include <ctnn/layers/input.hpp>
#include <ctnn/layers/normalization.hpp>
#include <ctnn/layers/options.hpp>
#include <ctnn/layers/pool.hpp>
#include <ctnn/layers/regularization.hpp>
#include <ctnn/models/googlenet.hpp>

namespace ctnn::models {

namespace inception_v3 {

using googlenet::BasicConv2d;

/// Conv2dBN<KH, KW, F, Options...>: Keras' `conv2d_bn`, the conv unit of its InceptionV3: a
/// convolution without bias, BatchNorm without its scale (scale=False: the ReLU that follows
/// and the next convolution make gamma redundant), ReLU. Parameters: KH*KW*Cin*F + F (beta);
/// non-trainable 2F.
template <int KH, int KW, int F, class... Options>
struct Conv2dBN final
    : Sequential<Conv<KH, KW, F, NoBias, Options...>, BatchNormWith<NoScale>, ReLU> {};

/// The modules below are written once over the conv unit `Unit` (BasicConv2d for
/// torchvision, Conv2dBN for Keras); torchvision's explicit paddings are what Keras' 'same'
/// gives at stride 1 with these odd kernels, so the shapes are the same.
/// The pooling branch of modules A, C and E: 3x3 average pool, stride 1, padding 1 (keeps
/// the grid), then a 1x1 conv unit to F channels.
template <template <int, int, int, class...> class Unit, int F>
using pool_branch = Sequential<AvgPool<3, 3, Stride<1>, Pad<1>>, Unit<1, 1, F>>;

/// ModuleA<Unit, PoolFeatures>: the 35x35 module (the paper's figure 5, its 5x5 kept as both
/// frameworks do): 1x1 to 64; 1x1 to 48 -> 5x5 to 64; 1x1 to 64 -> 3x3 to 96 -> 3x3 to 96;
/// avg pool -> 1x1 to PoolFeatures. Output: H x W x (224 + PoolFeatures).
template <template <int, int, int, class...> class Unit, int PoolFeatures>
struct ModuleA
    : Concat<Unit<1, 1, 64>,
             Sequential<Unit<1, 1, 48>, Unit<5, 5, 64, Pad<2>>>,
             Sequential<Unit<1, 1, 64>, Unit<3, 3, 96, Pad<1>>, Unit<3, 3, 96, Pad<1>>>,
             pool_branch<Unit, PoolFeatures>> {};

/// ModuleB<Unit>: the grid reduction 35x35 -> 17x17 (Mixed_6a): 3x3/2 to 384; 1x1 to 64 ->
/// 3x3 to 96 -> 3x3/2 to 96; 3x3/2 max pool. All stride-2 windows unpadded. Output: 17 x 17 x
/// (480 + Cin).
template <template <int, int, int, class...> class Unit>
struct ModuleB
    : Concat<Unit<3, 3, 384, Stride<2>>,
             Sequential<Unit<1, 1, 64>, Unit<3, 3, 96, Pad<1>>, Unit<3, 3, 96, Stride<2>>>,
             MaxPool<3, 3, Stride<2>>> {};

/// ModuleC<Unit, C7>: the 17x17 module with factorized 7x7 convolutions (the paper's figure
/// 6), C7 channels inside the factorized branches: 1x1 to 192; 1x1 -> 1x7 -> 7x1 to 192;
/// 1x1 -> 7x1 -> 1x7 -> 7x1 -> 1x7 to 192; avg pool -> 1x1 to 192. Output: H x W x 768.
template <template <int, int, int, class...> class Unit, int C7>
struct ModuleC
    : Concat<Unit<1, 1, 192>,
             Sequential<Unit<1, 1, C7>, Unit<1, 7, C7, Pad<0, 3>>, Unit<7, 1, 192, Pad<3, 0>>>,
             Sequential<Unit<1, 1, C7>, Unit<7, 1, C7, Pad<3, 0>>, Unit<1, 7, C7, Pad<0, 3>>,
                        Unit<7, 1, C7, Pad<3, 0>>, Unit<1, 7, 192, Pad<0, 3>>>,
             pool_branch<Unit, 192>> {};

/// ModuleD<Unit>: the grid reduction 17x17 -> 8x8 (Mixed_7a): 1x1 to 192 -> 3x3/2 to 320;
/// 1x1 to 192 -> 1x7 -> 7x1 -> 3x3/2 to 192; 3x3/2 max pool. Output: 8 x 8 x (512 + Cin).
template <template <int, int, int, class...> class Unit>
struct ModuleD
    : Concat<Sequential<Unit<1, 1, 192>, Unit<3, 3, 320, Stride<2>>>,
             Sequential<Unit<1, 1, 192>, Unit<1, 7, 192, Pad<0, 3>>, Unit<7, 1, 192, Pad<3, 0>>,
                        Unit<3, 3, 192, Stride<2>>>,
             MaxPool<3, 3, Stride<2>>> {};

/// The split ends of module E: 1x3 and 3x1 convolutions to 384 each, side by side on the
/// same input and concatenated (768 channels).
template <template <int, int, int, class...> class Unit>
using split_1x3_3x1 = Concat<Unit<1, 3, 384, Pad<0, 1>>, Unit<3, 1, 384, Pad<1, 0>>>;

/// ModuleE<Unit>: the 8x8 module with expanded filter banks (the paper's figure 7): 1x1 to
/// 320; 1x1 to 384 -> (1x3 | 3x1); 1x1 to 448 -> 3x3 to 384 -> (1x3 | 3x1); avg pool -> 1x1
/// to 192. Output: H x W x 2048.
template <template <int, int, int, class...> class Unit>
struct ModuleE
    : Concat<Unit<1, 1, 320>, Sequential<Unit<1, 1, 384>, split_1x3_3x1<Unit>>,
             Sequential<Unit<1, 1, 448>, Unit<3, 3, 384, Pad<1>>, split_1x3_3x1<Unit>>,
             pool_branch<Unit, 192>> {};

/// torchvision's modules, named as torchvision names their classes.
template <int PoolFeatures>
struct InceptionA final : ModuleA<BasicConv2d, PoolFeatures> {};
struct InceptionB final : ModuleB<BasicConv2d> {};
template <int C7>
struct InceptionC final : ModuleC<BasicConv2d, C7> {};
struct InceptionD final : ModuleD<BasicConv2d> {};
struct InceptionE final : ModuleE<BasicConv2d> {};

/// Keras' modules, named after Keras' layer names ("mixed0" ... "mixed10"): MixedA is
/// mixed0-2, MixedB mixed3, MixedC mixed4-7, MixedD mixed8, MixedE mixed9-10.
template <int PoolFeatures>
struct MixedA final : ModuleA<Conv2dBN, PoolFeatures> {};
struct MixedB final : ModuleB<Conv2dBN> {};
template <int C7>
struct MixedC final : ModuleC<Conv2dBN, C7> {};
struct MixedD final : ModuleD<Conv2dBN> {};
struct MixedE final : ModuleE<Conv2dBN> {};

/// InceptionAux: the auxiliary classifier on Mixed_6e's 17x17x768 output, as torchvision
/// writes it: 5x5/3 average pool (to 5x5), BasicConv2d 1x1 to 128, BasicConv2d 5x5 to 768
/// (to 1x1), adaptive average pool to 1x1, flatten, FC-1000. A side branch: the main path is
/// unchanged.
struct InceptionAux final : Aux<AvgPool<5, 5, Stride<3>>, BasicConv2d<1, 1, 128>,
                                BasicConv2d<5, 5, 768>, AdaptiveAvgPool<1>, Flatten,
                                FC<1000>> {};

/// A 3x3, stride-2 max pool without padding (the stem's two pools).
using maxpool3 = MaxPool<3, 3, Stride<2>>;

}  // namespace inception_v3

/// InceptionV3<Heads>: torchvision's `inception_v3` (see the top of this header) on 299x299x3
/// input, with its auxiliary classifier (AuxLogits, after Mixed_6e) when Heads is
/// AuxHeads::included. Output: 1,000 class scores.
template <AuxHeads Heads>
struct InceptionV3 final
    : detail::net_with_heads<
          Heads, inception_v3::InceptionAux,
          Input<299, 299, 3>,
          inception_v3::BasicConv2d<3, 3, 32, Stride<2>>,  // Conv2d_1a_3x3
          inception_v3::BasicConv2d<3, 3, 32>,             // Conv2d_2a_3x3
          inception_v3::BasicConv2d<3, 3, 64, Pad<1>>,     // Conv2d_2b_3x3
          inception_v3::maxpool3,
          inception_v3::BasicConv2d<1, 1, 80>,             // Conv2d_3b_1x1
          inception_v3::BasicConv2d<3, 3, 192>,            // Conv2d_4a_3x3
          inception_v3::maxpool3,
          inception_v3::InceptionA<32>,                    // Mixed_5b
          inception_v3::InceptionA<64>,                    // Mixed_5c
          inception_v3::InceptionA<64>,                    // Mixed_5d
          inception_v3::InceptionB,                        // Mixed_6a
          inception_v3::InceptionC<128>,                   // Mixed_6b
          inception_v3::InceptionC<160>,                   // Mixed_6c
          inception_v3::InceptionC<160>,                   // Mixed_6d
          inception_v3::InceptionC<192>,                   // Mixed_6e
          inception_v3::InceptionAux,                      // AuxLogits
          inception_v3::InceptionD,                        // Mixed_7a
          inception_v3::InceptionE,                        // Mixed_7b
          inception_v3::InceptionE,                        // Mixed_7c
          AdaptiveAvgPool<1>, Dropout, Flatten,
          FC<1000>> {
    static constexpr std::string_view name =
        Heads == AuxHeads::included ? "InceptionV3 (with auxiliary head)" : "InceptionV3";
    /// The name ctnn-report knows it by.
    static constexpr std::string_view id =
        Heads == AuxHeads::included ? "inceptionv3" : "inceptionv3-noaux";
    static constexpr Published published =
        Heads == AuxHeads::included
            ? Published{.params = 27'161'264,
                        .source = "torchvision weight metadata (Inception_V3_Weights num_params, "
                                  "the auxiliary head included)"}
            : Published{.params = 23'834'568,
                        .non_trainable = 34'432,
                        .macs = 5'713'216'096,
                        .source = "torchvision inception_v3(aux_logits=False) parameters and "
                                  "BatchNorm buffers (recounted with torchvision 0.14: the buffers "
                                  "are this variant's); torchvision's GFLOPS figure, measured in "
                                  "eval mode without the aux head"};
};

/// KerasInceptionV3: keras.applications.InceptionV3 (include_top, 299x299x3): the same
/// network as torchvision's without the auxiliary head, but every conv unit is Keras'
/// conv2d_bn (BatchNorm with scale=False: one learned parameter per channel, not two) and the
/// head is global average pooling and Dense(1000) with a soft-max. Trainable = torchvision's
/// 23,834,568 minus the 17,216 BatchNorm scales.
struct KerasInceptionV3 final
    : Net<Input<299, 299, 3>,
          inception_v3::Conv2dBN<3, 3, 32, Stride<2>>,  // conv2d_1: valid
          inception_v3::Conv2dBN<3, 3, 32>,             // conv2d_2: valid
          inception_v3::Conv2dBN<3, 3, 64, Pad<1>>,     // conv2d_3: same
          inception_v3::maxpool3,
          inception_v3::Conv2dBN<1, 1, 80>,
          inception_v3::Conv2dBN<3, 3, 192>,
          inception_v3::maxpool3,
          inception_v3::MixedA<32>,                     // mixed0
          inception_v3::MixedA<64>,                     // mixed1
          inception_v3::MixedA<64>,                     // mixed2
          inception_v3::MixedB,                         // mixed3
          inception_v3::MixedC<128>,                    // mixed4
          inception_v3::MixedC<160>,                    // mixed5
          inception_v3::MixedC<160>,                    // mixed6
          inception_v3::MixedC<192>,                    // mixed7
          inception_v3::MixedD,                         // mixed8
          inception_v3::MixedE,                         // mixed9
          inception_v3::MixedE,                         // mixed10
          GlobalAvgPool, FC<1000>, Softmax> {
    static constexpr Published published{
        .params = 23'817'352,
        .non_trainable = 34'432,
        .total = 23'851'784,
        .source = "Keras Applications InceptionV3 summary (Total 23,851,784, Trainable "
                  "23,817,352, Non-trainable 34,432)"};
};

}  // namespace ctnn::models
