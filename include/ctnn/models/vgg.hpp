#pragma once
// ctnn/models/vgg.hpp: VGG-11, 13, 16 and 19 (Simonyan & Zisserman 2015, configurations
// A, B, D and E of Table 1).
//
// As in the paper: 224x224x3 input; 3x3 convolutions with padding 1 and a bias, each followed
// by ReLU; 2x2 max pooling with stride 2 after each stage; FC-4096, FC-4096 (each with ReLU and
// dropout) and FC-1000 with a soft-max. torchvision's versions add AdaptiveAvgPool2d(7) before
// the classifier, which is the identity at 224x224 and holds no parameters, so the parameter
// counts are the same: torchvision's weight metadata is the reference for the exact figures.

#include <ctnn/models/published.hpp>
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
                         FC<1000>, Softmax> {
    static constexpr Published published{
        .params = 132'863'336,
        .non_trainable = 0,
        .macs = 7'609'090'048,
        .source = "torchvision weight metadata (VGG11_Weights num_params and GFLOPS); paper Table 2: 133M"};
};

/// VGG13: configuration B (10 convolutions + 3 FC).
struct VGG13 final : Net<Input<224, 224, 3>,
                         vgg::conv3<64>, ReLU, vgg::conv3<64>, ReLU, vgg::maxpool,
                         vgg::conv3<128>, ReLU, vgg::conv3<128>, ReLU, vgg::maxpool,
                         vgg::conv3<256>, ReLU, vgg::conv3<256>, ReLU, vgg::maxpool,
                         vgg::conv3<512>, ReLU, vgg::conv3<512>, ReLU, vgg::maxpool,
                         vgg::conv3<512>, ReLU, vgg::conv3<512>, ReLU, vgg::maxpool,
                         FC<4096>, ReLU, Dropout,
                         FC<4096>, ReLU, Dropout,
                         FC<1000>, Softmax> {
    static constexpr Published published{
        .params = 133'047'848,
        .non_trainable = 0,
        .macs = 11'308'466'176,
        .source = "torchvision weight metadata (VGG13_Weights num_params and GFLOPS); paper Table 2: 133M"};
};

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
                         FC<1000>, Softmax> {
    static constexpr Published published{
        .params = 138'357'544,
        .non_trainable = 0,
        .total = 138'357'544,
        .macs = 15'470'264'320,
        .source = "torchvision weight metadata (VGG16_Weights num_params and GFLOPS); Keras VGG16 summary; "
                  "paper Table 2: 138M"};
};

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
                         FC<1000>, Softmax> {
    static constexpr Published published{
        .params = 143'667'240,
        .non_trainable = 0,
        .macs = 19'632'062'464,
        .source = "torchvision weight metadata (VGG19_Weights num_params and GFLOPS); paper Table 2: 144M"};
};


}  // namespace ctnn::models
