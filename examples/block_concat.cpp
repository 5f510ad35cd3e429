// docs/blocks/concat.md: an Inception module (GoogLeNet's inception3a, as torchvision builds it).
#include <iostream>

#include <ctnn/ctnn.hpp>

using namespace ctnn;

// torchvision's BasicConv2d: a convolution without bias, BatchNorm and ReLU.
template <int K, int F>
struct ConvBN final : Sequential<Conv<K, K, F, Pad<K / 2>, NoBias>, BatchNorm, ReLU> {};

// Inception<B1, R3, B3, R5, B5, P>: four branches on the same input, joined along the channels.
// torchvision's third branch uses a 3x3 kernel where the paper has 5x5.
template <int B1, int R3, int B3, int R5, int B5, int P>
struct Inception final : Concat<ConvBN<1, B1>,
                                Sequential<ConvBN<1, R3>, ConvBN<3, B3>>,
                                Sequential<ConvBN<1, R5>, ConvBN<3, B5>>,
                                Sequential<MaxPool<3, 3, Stride<1>, Pad<1>, CeilMode>, ConvBN<1, P>>> {};

struct Inception3a final : Net<Input<28, 28, 192>, Inception<64, 96, 128, 16, 32, 32>> {};

// torchvision's googlenet: inception3a has 155,872 parameters and 736 BatchNorm buffer values
// (recounted with torchvision 0.14); it outputs 64 + 128 + 32 + 32 = 256 channels.
static_assert(params<Inception3a> == 155'872);
static_assert(non_trainable_params<Inception3a> == 736);
static_assert(output_shape<Inception3a> == Shape::hwc(28, 28, 256));

int main() { summary<Inception3a>(std::cout, 1); }
