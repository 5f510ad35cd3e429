#pragma once
// ctnn/models/vgg.hpp: VGG-11, 13, 16 and 19 (Simonyan & Zisserman 2015, configurations
// A, B, D and E of Table 1).
//
// As in the paper: 224x224x3 input; 3x3 convolutions with padding 1 and a bias, each followed
// by ReLU; 2x2 max pooling with stride 2 after each stage; FC-4096, FC-4096 (each with ReLU and
// dropout) and FC-1000 with a soft-max. torchvision's versions add AdaptiveAvgPool2d(7) before
// the classifier, which is the identity at 224x224 and holds no parameters, so the parameter
// counts are the same: torchvision's weight metadata is the reference for the exact figures.

#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/layers/activation.hpp>
#include <ctnn/layers/conv.hpp>
#include <ctnn/layers/dense.hpp>
#include <ctnn/layers/input.hpp>
#include <ctnn/layers/pool.hpp>
#include <ctnn/layers/regularization.hpp>

namespace ctnn::models {

namespace vgg {
/// "conv3-F" of the paper's Table 1: a 3x3 convolution with padding 1 and F filters.
template <int F>
using conv3 = Conv<3, 3, F, Pad<1>>;
/// "maxpool": 2x2, stride 2.
using maxpool = MaxPool<2, 2>;
}  // namespace vgg

/// VGG11: configuration A (8 convolutions + 3 FC).
struct VGG11 final : Net<Input<224, 224, 3>,
                         vgg::conv3<64>, ReLU, vgg::maxpool,
                         vgg::conv3<128>, ReLU, vgg::maxpool,
                         vgg::conv3<256>, ReLU, vgg::conv3<256>, ReLU, vgg::maxpool,
                         vgg::conv3<512>, ReLU, vgg::conv3<512>, ReLU, vgg::maxpool,
                         vgg::conv3<512>, ReLU, vgg::conv3<512>, ReLU, vgg::maxpool,
                         FC<4096>, ReLU, Dropout,
                         FC<4096>, ReLU, Dropout,
                         FC<1000>, Softmax> {};

/// VGG13: configuration B (10 convolutions + 3 FC).
struct VGG13 final : Net<Input<224, 224, 3>,
                         vgg::conv3<64>, ReLU, vgg::conv3<64>, ReLU, vgg::maxpool,
                         vgg::conv3<128>, ReLU, vgg::conv3<128>, ReLU, vgg::maxpool,
                         vgg::conv3<256>, ReLU, vgg::conv3<256>, ReLU, vgg::maxpool,
                         vgg::conv3<512>, ReLU, vgg::conv3<512>, ReLU, vgg::maxpool,
                         vgg::conv3<512>, ReLU, vgg::conv3<512>, ReLU, vgg::maxpool,
                         FC<4096>, ReLU, Dropout,
                         FC<4096>, ReLU, Dropout,
                         FC<1000>, Softmax> {};

/// VGG16: configuration D (13 convolutions + 3 FC), the network of the seed question.
struct VGG16 final : Net<Input<224, 224, 3>,
                         vgg::conv3<64>, ReLU, vgg::conv3<64>, ReLU, vgg::maxpool,
                         vgg::conv3<128>, ReLU, vgg::conv3<128>, ReLU, vgg::maxpool,
                         vgg::conv3<256>, ReLU, vgg::conv3<256>, ReLU, vgg::conv3<256>, ReLU,
                         vgg::maxpool,
                         vgg::conv3<512>, ReLU, vgg::conv3<512>, ReLU, vgg::conv3<512>, ReLU,
                         vgg::maxpool,
                         vgg::conv3<512>, ReLU, vgg::conv3<512>, ReLU, vgg::conv3<512>, ReLU,
                         vgg::maxpool,
                         FC<4096>, ReLU, Dropout,
                         FC<4096>, ReLU, Dropout,
                         FC<1000>, Softmax> {};

/// VGG19: configuration E (16 convolutions + 3 FC).
struct VGG19 final : Net<Input<224, 224, 3>,
                         vgg::conv3<64>, ReLU, vgg::conv3<64>, ReLU, vgg::maxpool,
                         vgg::conv3<128>, ReLU, vgg::conv3<128>, ReLU, vgg::maxpool,
                         vgg::conv3<256>, ReLU, vgg::conv3<256>, ReLU, vgg::conv3<256>, ReLU,
                         vgg::conv3<256>, ReLU, vgg::maxpool,
                         vgg::conv3<512>, ReLU, vgg::conv3<512>, ReLU, vgg::conv3<512>, ReLU,
                         vgg::conv3<512>, ReLU, vgg::maxpool,
                         vgg::conv3<512>, ReLU, vgg::conv3<512>, ReLU, vgg::conv3<512>, ReLU,
                         vgg::conv3<512>, ReLU, vgg::maxpool,
                         FC<4096>, ReLU, Dropout,
                         FC<4096>, ReLU, Dropout,
                         FC<1000>, Softmax> {};

// torchvision weight metadata, meta["num_params"] of VGG11/13/16/19_Weights.IMAGENET1K_V1
// (the paper's Table 2 rounds them to 133, 133, 138 and 144 million).
static_assert(params<VGG11> == 132'863'336);
static_assert(params<VGG13> == 133'047'848);
static_assert(params<VGG16> == 138'357'544);
static_assert(params<VGG19> == 143'667'240);
static_assert(output_shape<VGG16> == Shape::vector(1000));

}  // namespace ctnn::models
