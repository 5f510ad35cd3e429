#pragma once
// ctnn/models/lenet.hpp: LeNet-5.

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
                          FC<10>, Softmax> {};

// 61,706 parameters: the usual count of this variant (e.g. the d2l.ai and Keras LeNet examples,
// ../shared/reference/published-numbers.md); 5x5x16 = 400 values reach FC 120.
static_assert(params<LeNet5> == 61'706);
static_assert(shape_at<LeNet5, 7> == Shape::vector(400));

}  // namespace ctnn::models
