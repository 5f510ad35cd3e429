#pragma once
// ctnn/models/lenet.hpp: LeNet-5.

#include <ctnn/models/published.hpp>
#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/layers/activation.hpp>
#include <ctnn/layers/conv.hpp>
#include <ctnn/layers/dense.hpp>
#include <ctnn/layers/input.hpp>
#include <ctnn/layers/pool.hpp>

namespace ctnn::models {

/// LeNet5: the common modern variant of LeCun et al. 1998 on a 32x32x1 input: conv 6@5x5,
/// 2x2 subsampling, conv 16@5x5, 2x2 subsampling, FC 120, FC 84, FC 10, tanh activations, every
/// layer with a bias. (The paper's own network has 60,000 trainable parameters: C3 connects to
/// only some S2 maps and the output is an RBF layer; this variant is fully connected.)
struct LeNet5 final : Net<Input<32, 32, 1>,
                          Conv<5, 5, 6>, Tanh, AvgPool<2, 2>,
                          Conv<5, 5, 16>, Tanh, AvgPool<2, 2>,
                          Flatten,
                          FC<120>, Tanh,
                          FC<84>, Tanh,
                          FC<10>, Softmax> {
    static constexpr Published published{
        .params = 61'706,
        .non_trainable = 0,
        .total = 61'706,
        .macs = 416'520,
        .source = "the usual counts of the modern variant (e.g. d2l.ai's LeNet chapter); "
                  "the 1998 paper's own network has 60,000 parameters"};
};


}  // namespace ctnn::models
