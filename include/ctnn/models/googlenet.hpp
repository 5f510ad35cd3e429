#pragma once
// ctnn/models/googlenet.hpp: GoogLeNet (Inception v1; Szegedy et al. 2015, "Going Deeper with
// Convolutions") as torchvision's `googlenet`, with or without its two auxiliary classifiers.
//
// torchvision's version differs from the paper's Table 1 in ways that change the counts, and is
// modelled as torchvision builds it: every convolution is a BasicConv2d (convolution without
// bias, BatchNorm, ReLU) where the paper has biased convolutions and LRN; the max pools round
// up (ceil_mode=True); the branch of every Inception module that the paper and torchvision's
// own argument names call "5x5" is a 3x3 convolution with padding 1 (torchvision marks it as
// a known bug, pytorch/vision issue 906, kept because its pretrained weights have that
// shape); and the head is AdaptiveAvgPool2d(1), flatten, dropout, FC-1000 (no soft-max layer).
//
// This header also holds what the Inception family shares (ctnn/models/inception.hpp builds on
// it): the BasicConv2d block and the AuxHeads option.

#include <string_view>

#include <ctnn/models/published.hpp>
#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/compose/concat.hpp>
#include <ctnn/compose/gate.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/compose/sequential.hpp>
#include <ctnn/layers/activation.hpp>
#include <ctnn/layers/conv.hpp>
#include <ctnn/layers/dense.hpp>
#include <ctnn/layers/input.hpp>
#include <ctnn/layers/normalization.hpp>
#include <ctnn/layers/options.hpp>
#include <ctnn/layers/pool.hpp>
#include <ctnn/layers/regularization.hpp>

namespace ctnn::models {

/// AuxHeads: whether an Inception-family model includes its auxiliary classifiers, the side
/// heads that only run while training (torchvision's `aux_logits`). Published counts differ
/// on this point: torchvision's GoogLeNet figure excludes them, its Inception-v3 figure
/// includes them, so each model takes the choice explicitly.
enum class AuxHeads { excluded, included };

namespace detail {
template <class... Ls>
struct layer_list {};
template <class... A, class... B>
layer_list<A..., B...> operator+(layer_list<A...>, layer_list<B...>);  // only for decltype

template <bool Drop, class Head, class L>
struct kept_layer {
    using type = layer_list<L>;
};
template <class Head>
struct kept_layer<true, Head, Head> {
    using type = layer_list<>;
};

template <class List>
struct net_of_list;
template <class... Ls>
struct net_of_list<layer_list<Ls...>> {
    using type = Net<Ls...>;
};

/// Net<Ls...> as written when Heads is included; without every element of type Head (the
/// model's auxiliary classifier) when it is excluded.
template <AuxHeads Heads, class Head, class... Ls>
using net_with_heads = typename net_of_list<decltype((
    layer_list<>{} + ... + typename kept_layer<Heads == AuxHeads::excluded, Head, Ls>::type{}))>::type;
}  // namespace detail

namespace googlenet {

/// BasicConv2d<KH, KW, F, Options...>: torchvision's conv unit of GoogLeNet and Inception-v3:
/// a KH x KW convolution with F filters and no bias (Options: Stride, Pad), BatchNorm, ReLU.
/// Parameters: KH*KW*Cin*F + 2F; BatchNorm adds 2F non-trainable statistics.
template <int KH, int KW, int F, class... Options>
struct BasicConv2d final : Sequential<Conv<KH, KW, F, NoBias, Options...>, BatchNorm, ReLU> {};

/// Inception<C1, C3Reduce, C3, C5Reduce, C5, PoolProj>: the Inception module of the paper's
/// Table 1, its template arguments in the table's column order ("#1x1", "#3x3 reduce", "#3x3",
/// "#5x5 reduce", "#5x5", "pool proj"). Four branches on the same input, concatenated:
/// 1x1; 1x1 -> 3x3; 1x1 -> "5x5"; 3x3/1 max pool -> 1x1. Output: H x W x (C1 + C3 + C5 +
/// PoolProj). As torchvision does (not the paper), the "5x5" branch convolves 3x3 with
/// padding 1: C5Reduce*C5*9 weights where the paper has C5Reduce*C5*25.
template <int C1, int C3Reduce, int C3, int C5Reduce, int C5, int PoolProj>
struct Inception final
    : Concat<BasicConv2d<1, 1, C1>,
             Sequential<BasicConv2d<1, 1, C3Reduce>, BasicConv2d<3, 3, C3, Pad<1>>>,
             Sequential<BasicConv2d<1, 1, C5Reduce>, BasicConv2d<3, 3, C5, Pad<1>>>,
             Sequential<MaxPool<3, 3, Stride<1>, Pad<1>, CeilMode>, BasicConv2d<1, 1, PoolProj>>> {};

/// InceptionAux: GoogLeNet's auxiliary classifier (after inception4a and 4d) as torchvision
/// writes it: adaptive average pool to 4x4, BasicConv2d 1x1 to 128, flatten (2,048 values),
/// FC-1024 with ReLU, dropout, FC-1000. A side branch: the main path is unchanged.
struct InceptionAux final : Aux<AdaptiveAvgPool<4>, BasicConv2d<1, 1, 128>, Flatten,
                                FC<1024>, ReLU, Dropout, FC<1000>> {};

/// A 3x3, stride-2 max pool that rounds up, as all of torchvision's GoogLeNet pools.
using maxpool3 = MaxPool<3, 3, Stride<2>, CeilMode>;

}  // namespace googlenet

/// GoogLeNet<Heads>: torchvision's `googlenet` (see the top of this header) on 224x224x3 input,
/// with its auxiliary classifiers aux1 (after inception4a) and aux2 (after inception4d) when
/// Heads is AuxHeads::included. Output: 1,000 class scores.
template <AuxHeads Heads>
struct GoogLeNet final
    : detail::net_with_heads<
          Heads, googlenet::InceptionAux,
          Input<224, 224, 3>,
          googlenet::BasicConv2d<7, 7, 64, Stride<2>, Pad<3>>,  // conv1
          googlenet::maxpool3,
          googlenet::BasicConv2d<1, 1, 64>,                      // conv2
          googlenet::BasicConv2d<3, 3, 192, Pad<1>>,             // conv3
          googlenet::maxpool3,
          googlenet::Inception<64, 96, 128, 16, 32, 32>,         // inception3a
          googlenet::Inception<128, 128, 192, 32, 96, 64>,       // inception3b
          googlenet::maxpool3,
          googlenet::Inception<192, 96, 208, 16, 48, 64>,        // inception4a
          googlenet::InceptionAux,                               // aux1
          googlenet::Inception<160, 112, 224, 24, 64, 64>,       // inception4b
          googlenet::Inception<128, 128, 256, 24, 64, 64>,       // inception4c
          googlenet::Inception<112, 144, 288, 32, 64, 64>,       // inception4d
          googlenet::InceptionAux,                               // aux2
          googlenet::Inception<256, 160, 320, 32, 128, 128>,     // inception4e
          MaxPool<2, 2, Stride<2>, CeilMode>,
          googlenet::Inception<256, 160, 320, 32, 128, 128>,     // inception5a
          googlenet::Inception<384, 192, 384, 48, 128, 128>,     // inception5b
          AdaptiveAvgPool<1>, Flatten, Dropout,
          FC<1000>> {
    static constexpr std::string_view name =
        Heads == AuxHeads::included ? "GoogLeNet (with auxiliary heads)" : "GoogLeNet";
    /// The name ctnn-report knows it by.
    static constexpr std::string_view id = Heads == AuxHeads::included ? "googlenet-aux" : "googlenet";
    static constexpr Published published =
        Heads == AuxHeads::excluded
            ? Published{.params = 6'624'904,
                        .non_trainable = 14'560,
                        .macs = 1'498'376'192,
                        .source = "torchvision weight metadata (GoogLeNet_Weights num_params and GFLOPS, "
                                  "without the auxiliary heads) and BatchNorm buffers"}
            : Published{.params = 13'004'888,
                        .source = "torchvision googlenet(aux_logits=True) parameters"};
};

}  // namespace ctnn::models
