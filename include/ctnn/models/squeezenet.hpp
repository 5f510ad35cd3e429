#pragma once
// ctnn/models/squeezenet.hpp: SqueezeNet 1.1 (Iandola et al. 2016, "SqueezeNet: AlexNet-level
// accuracy with 50x fewer parameters and <0.5MB model size"; version 1.1 from the authors'
// SqueezeNet repository), as torchvision.models.squeezenet1_1 builds it.
//
// Version 1.1 keeps the Fire modules of the paper's version 1.0 but starts with a 3x3/2
// convolution of 64 filters (instead of 7x7/2 with 96) and pools earlier (after conv1, fire3
// and fire5), for about 2.4x fewer computations at the same accuracy. Every convolution has a
// bias and is followed by ReLU; there is no BatchNorm and no fully connected layer.

#include <ctnn/models/published.hpp>
#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/compose/concat.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/compose/sequential.hpp>
#include <ctnn/layers/activation.hpp>
#include <ctnn/layers/conv.hpp>
#include <ctnn/layers/dense.hpp>
#include <ctnn/layers/input.hpp>
#include <ctnn/layers/pool.hpp>
#include <ctnn/layers/regularization.hpp>

namespace ctnn::models {

namespace squeezenet {

/// Fire<S, E1, E3>: the paper's Fire module. A 1x1 "squeeze" convolution to S channels and
/// ReLU, then two parallel "expand" convolutions on its output, 1x1 to E1 and 3x3 (padding 1)
/// to E3 channels, each with ReLU, concatenated (1x1 first, as torchvision's torch.cat).
/// All three convolutions have a bias. H x W x C -> H x W x (E1 + E3).
/// Parameters: (C*S + S) + (S*E1 + E1) + (9*S*E3 + E3).
template <int S, int E1, int E3>
struct Fire final : Sequential<Conv<1, 1, S>, ReLU,
                               Concat<Sequential<Conv<1, 1, E1>, ReLU>,
                                      Sequential<Conv<3, 3, E3, Pad<1>>, ReLU>>> {};

/// The max pooling of version 1.1: 3x3, stride 2, rounding up (PyTorch's ceil_mode=True, as
/// Caffe pools), so 111 -> 55, 55 -> 27 and 27 -> 13.
using maxpool = MaxPool<3, 3, Stride<2>, CeilMode>;

}  // namespace squeezenet

/// SqueezeNet11: torchvision.models.squeezenet1_1. 224x224x3 input; conv1 3x3/2 (no padding)
/// with 64 filters -> 111x111; max pooling after conv1, fire3 and fire5; fire2 ... fire9 with
/// squeeze 16, 16, 32, 32, 48, 48, 64, 64 and expand 4x the squeeze on each path; classifier
/// Dropout(0.5), a 1x1 convolution to 1000 channels (bias) and ReLU, AdaptiveAvgPool2d(1) and
/// flatten to 1000 scores (no softmax).
struct SqueezeNet11 final : Net<Input<224, 224, 3>,
                                Conv<3, 3, 64, Stride<2>>, ReLU, squeezenet::maxpool,
                                squeezenet::Fire<16, 64, 64>, squeezenet::Fire<16, 64, 64>,
                                squeezenet::maxpool,
                                squeezenet::Fire<32, 128, 128>, squeezenet::Fire<32, 128, 128>,
                                squeezenet::maxpool,
                                squeezenet::Fire<48, 192, 192>, squeezenet::Fire<48, 192, 192>,
                                squeezenet::Fire<64, 256, 256>, squeezenet::Fire<64, 256, 256>,
                                Dropout, Conv<1, 1, 1000>, ReLU, AdaptiveAvgPool<1>, Flatten> {
    static constexpr Published published{
        .params = 1'235'496,
        .non_trainable = 0,
        .macs = 349'151'936,
        .source = "torchvision weight metadata (SqueezeNet1_1_Weights num_params and GFLOPS)"};
};


}  // namespace ctnn::models
