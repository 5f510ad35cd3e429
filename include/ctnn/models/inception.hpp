#pragma once
// ctnn/models/inception.hpp: Inception-v3 (Szegedy et al. 2016, "Rethinking the Inception
// Architecture for Computer Vision") as torchvision's `inception_v3`, with or without its
// auxiliary classifier.
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
#include <ctnn/layers/options.hpp>
#include <ctnn/layers/pool.hpp>
#include <ctnn/layers/regularization.hpp>
#include <ctnn/models/googlenet.hpp>

namespace ctnn::models {

namespace inception_v3 {

using googlenet::BasicConv2d;

/// The pooling branch of InceptionA, C and E: 3x3 average pool, stride 1, padding 1 (keeps
/// the grid), then a 1x1 BasicConv2d to F channels.
template <int F>
using pool_branch = Sequential<AvgPool<3, 3, Stride<1>, Pad<1>>, BasicConv2d<1, 1, F>>;

/// InceptionA<PoolFeatures>: the 35x35 module (the paper's figure 5, its 5x5 kept as in
/// torchvision): 1x1 to 64; 1x1 to 48 -> 5x5 to 64; 1x1 to 64 -> 3x3 to 96 -> 3x3 to 96;
/// avg pool -> 1x1 to PoolFeatures. Output: H x W x (224 + PoolFeatures).
template <int PoolFeatures>
struct InceptionA final
    : Concat<BasicConv2d<1, 1, 64>,
             Sequential<BasicConv2d<1, 1, 48>, BasicConv2d<5, 5, 64, Pad<2>>>,
             Sequential<BasicConv2d<1, 1, 64>, BasicConv2d<3, 3, 96, Pad<1>>,
                        BasicConv2d<3, 3, 96, Pad<1>>>,
             pool_branch<PoolFeatures>> {};

/// InceptionB: the grid reduction 35x35 -> 17x17 (Mixed_6a): 3x3/2 to 384; 1x1 to 64 -> 3x3
/// to 96 -> 3x3/2 to 96; 3x3/2 max pool. All stride-2 windows unpadded. Output: 17 x 17 x
/// (480 + Cin).
struct InceptionB final
    : Concat<BasicConv2d<3, 3, 384, Stride<2>>,
             Sequential<BasicConv2d<1, 1, 64>, BasicConv2d<3, 3, 96, Pad<1>>,
                        BasicConv2d<3, 3, 96, Stride<2>>>,
             MaxPool<3, 3, Stride<2>>> {};

/// InceptionC<C7>: the 17x17 module with factorized 7x7 convolutions (the paper's figure 6),
/// C7 channels inside the factorized branches: 1x1 to 192; 1x1 -> 1x7 -> 7x1 to 192;
/// 1x1 -> 7x1 -> 1x7 -> 7x1 -> 1x7 to 192; avg pool -> 1x1 to 192. Output: H x W x 768.
template <int C7>
struct InceptionC final
    : Concat<BasicConv2d<1, 1, 192>,
             Sequential<BasicConv2d<1, 1, C7>, BasicConv2d<1, 7, C7, Pad<0, 3>>,
                        BasicConv2d<7, 1, 192, Pad<3, 0>>>,
             Sequential<BasicConv2d<1, 1, C7>, BasicConv2d<7, 1, C7, Pad<3, 0>>,
                        BasicConv2d<1, 7, C7, Pad<0, 3>>, BasicConv2d<7, 1, C7, Pad<3, 0>>,
                        BasicConv2d<1, 7, 192, Pad<0, 3>>>,
             pool_branch<192>> {};

/// InceptionD: the grid reduction 17x17 -> 8x8 (Mixed_7a): 1x1 to 192 -> 3x3/2 to 320;
/// 1x1 to 192 -> 1x7 -> 7x1 -> 3x3/2 to 192; 3x3/2 max pool. Output: 8 x 8 x (512 + Cin).
struct InceptionD final
    : Concat<Sequential<BasicConv2d<1, 1, 192>, BasicConv2d<3, 3, 320, Stride<2>>>,
             Sequential<BasicConv2d<1, 1, 192>, BasicConv2d<1, 7, 192, Pad<0, 3>>,
                        BasicConv2d<7, 1, 192, Pad<3, 0>>, BasicConv2d<3, 3, 192, Stride<2>>>,
             MaxPool<3, 3, Stride<2>>> {};

/// The split ends of InceptionE: 1x3 and 3x1 convolutions to 384 each, side by side on the
/// same input and concatenated (768 channels).
using split_1x3_3x1 =
    Concat<BasicConv2d<1, 3, 384, Pad<0, 1>>, BasicConv2d<3, 1, 384, Pad<1, 0>>>;

/// InceptionE: the 8x8 module with expanded filter banks (the paper's figure 7): 1x1 to 320;
/// 1x1 to 384 -> (1x3 | 3x1); 1x1 to 448 -> 3x3 to 384 -> (1x3 | 3x1); avg pool -> 1x1 to
/// 192. Output: H x W x 2048.
struct InceptionE final
    : Concat<BasicConv2d<1, 1, 320>,
             Sequential<BasicConv2d<1, 1, 384>, split_1x3_3x1>,
             Sequential<BasicConv2d<1, 1, 448>, BasicConv2d<3, 3, 384, Pad<1>>, split_1x3_3x1>,
             pool_branch<192>> {};

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
                                  "BatchNorm buffers (published-numbers.md lists the buffers "
                                  "with the aux row; they are this variant's); torchvision's "
                                  "GFLOPS figure, measured in eval mode without the aux head"};
};


}  // namespace ctnn::models
