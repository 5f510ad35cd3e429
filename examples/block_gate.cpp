// docs/blocks/gate.md: squeeze-and-excitation, and an auxiliary head.
#include <iostream>

#include <ctnn/ctnn.hpp>

using namespace ctnn;

// torchvision's SqueezeExcitation(96, 24): average over H x W, two 1x1 convolutions, and a
// sigmoid giving one factor per channel, which multiplies the input.
using SqueezeExcite = Gate<AdaptiveAvgPool<1>, Conv<1, 1, 24>, ReLU, Conv<1, 1, 96>, Sigmoid>;

// An auxiliary classifier reads the map on the side; the main path goes on unchanged.
using Classifier = Aux<GlobalAvgPool, FC<10>>;

struct Demo final : Net<Input<14, 14, 96>, SqueezeExcite, Classifier, Conv<1, 1, 32>> {};

// torchvision.ops.SqueezeExcitation(96, 24) has 4,728 parameters (recounted with torchvision
// 0.14): 96*24 + 24 + 24*96 + 96.
static_assert(params_at<Demo, 1> == 4'728);
static_assert(shape_at<Demo, 1> == Shape::hwc(14, 14, 96));
static_assert(shape_at<Demo, 2> == Shape::hwc(14, 14, 96));  // Aux leaves the map unchanged
static_assert(params_at<Demo, 2> == 96 * 10 + 10);

int main() { summary<Demo>(std::cout); }
