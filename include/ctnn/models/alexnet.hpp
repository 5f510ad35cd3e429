#pragma once
// ctnn/models/alexnet.hpp: AlexNet, as Caffe's bvlc_alexnet and as torchvision.

#include <ctnn/models/published.hpp>
#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/layers/activation.hpp>
#include <ctnn/layers/conv.hpp>
#include <ctnn/layers/dense.hpp>
#include <ctnn/layers/input.hpp>
#include <ctnn/layers/normalization.hpp>
#include <ctnn/layers/pool.hpp>
#include <ctnn/layers/regularization.hpp>

namespace ctnn::models {

/// AlexNet: Krizhevsky, Sutskever & Hinton 2012 as Caffe's bvlc_alexnet: 227x227x3 input, the
/// paper's two GPU towers as Groups<2> in conv2, conv4 and conv5, LRN after conv1 and conv2
/// (after their ReLU, before pooling), overlapping 3x3/2 max pooling, dropout in fc6 and fc7.
struct AlexNet final : Net<Input<227, 227, 3>,
                           Conv<11, 11, 96, Stride<4>>, ReLU, LRN, MaxPool<3, 3, Stride<2>>,
                           Conv<5, 5, 256, Pad<2>, Groups<2>>, ReLU, LRN, MaxPool<3, 3, Stride<2>>,
                           Conv<3, 3, 384, Pad<1>>, ReLU,
                           Conv<3, 3, 384, Pad<1>, Groups<2>>, ReLU,
                           Conv<3, 3, 256, Pad<1>, Groups<2>>, ReLU, MaxPool<3, 3, Stride<2>>,
                           FC<4096>, ReLU, Dropout,
                           FC<4096>, ReLU, Dropout,
                           FC<1000>, Softmax> {
    static constexpr Published published{
        .params = 60'965'224,
        .non_trainable = 0,
        .total = 60'965'224,
        .macs = 724'406'816,
        .source = "Caffe bvlc_alexnet (models/bvlc_alexnet/deploy.prototxt); MACs recounted from its "
                  "layers"};
};


/// AlexNetTorchvision: torchvision.models.alexnet, the single-tower "one weird trick" variant
/// (Krizhevsky 2014): 224x224x3 input, 64/192/384/256/256 filters, no LRN, no groups, an
/// AdaptiveAvgPool2d(6) before the classifier, dropout before fc6 and fc7.
struct AlexNetTorchvision final : Net<Input<224, 224, 3>,
                                      Conv<11, 11, 64, Stride<4>, Pad<2>>, ReLU,
                                      MaxPool<3, 3, Stride<2>>,
                                      Conv<5, 5, 192, Pad<2>>, ReLU, MaxPool<3, 3, Stride<2>>,
                                      Conv<3, 3, 384, Pad<1>>, ReLU,
                                      Conv<3, 3, 256, Pad<1>>, ReLU,
                                      Conv<3, 3, 256, Pad<1>>, ReLU, MaxPool<3, 3, Stride<2>>,
                                      AdaptiveAvgPool<6, 6>, Flatten,
                                      Dropout, FC<4096>, ReLU,
                                      Dropout, FC<4096>, ReLU,
                                      FC<1000>> {
    static constexpr Published published{
        .params = 61'100'840,
        .non_trainable = 0,
        .macs = 714'188'480,
        .source = "torchvision weight metadata (AlexNet_Weights.IMAGENET1K_V1 num_params and GFLOPS)"};
};


}  // namespace ctnn::models
