// examples/tutorial_branching.cpp: "Your first branching network" (docs/tutorial-branching.md).
// A small residual network for 32x32 images, built step by step; every number in the tutorial
// is one of the static_asserts below or a line of this program's output.
#include <iostream>

#include <ctnn/ctnn.hpp>

using namespace ctnn;

// 1. The stem: one 3x3 convolution without bias (a BatchNorm follows), BatchNorm, ReLU.
using Stem = Net<Input<32, 32, 3>, Conv<3, 3, 16, Pad<1>, NoBias>, BatchNorm, ReLU>;
static_assert(shape_at<Stem, 1> == Shape::hwc(32, 32, 16));  // (32 + 2 - 3) / 1 + 1 = 32
static_assert(params_at<Stem, 1> == 3 * 3 * 3 * 16);         // 432, no bias
static_assert(params_at<Stem, 2> == 2 * 16);                 // BatchNorm: scale and shift
static_assert(non_trainable_params<Stem> == 2 * 16);         // its moving mean and variance
static_assert(macs_at<Stem, 1> == 32 * 32 * 16 * (3 * 3 * 3));  // 442,368

// 2. A residual block with an identity shortcut: the body keeps the shape, so x can be added.
template <int C, int S = 1>
using Conv3x3 = Conv<3, 3, C, Stride<S>, Pad<1>, NoBias>;

template <int C>
struct Basic final
    : Sequential<Residual<Sequential<Conv3x3<C>, BatchNorm, ReLU, Conv3x3<C>, BatchNorm>>, ReLU> {};

using Step2 = Net<Input<32, 32, 16>, Basic<16>>;
static_assert(output_shape<Step2> == Shape::hwc(32, 32, 16));
static_assert(params<Step2> == 2 * (3 * 3 * 16 * 16) + 2 * (2 * 16));  // 4,608 + 64 = 4,672
static_assert(macs<Step2> == 2 * (32 * 32 * 16) * (3 * 3 * 16));       // 4,718,592

// 3. A block that halves the map and doubles the channels: the shortcut must do the same, with
//    a strided 1x1 convolution and a BatchNorm (a projection shortcut).
template <int C>
struct Down final
    : Sequential<Residual<Sequential<Conv3x3<C, 2>, BatchNorm, ReLU, Conv3x3<C>, BatchNorm>,
                          Shortcut<Conv<1, 1, C, Stride<2>, NoBias>, BatchNorm>>,
                 ReLU> {};

using Step3 = Net<Input<32, 32, 16>, Down<32>>;
static_assert(output_shape<Step3> == Shape::hwc(16, 16, 32));  // (32 + 2 - 3) / 2 + 1 = 16
static_assert(params<Step3> == 3 * 3 * 16 * 32 + 3 * 3 * 32 * 32 + 1 * 1 * 16 * 32 + 3 * (2 * 32));
static_assert(params<Step3> == 14'528);  // 4,608 + 9,216 + 512 + 192

// 4. Branches side by side, joined along the channels: 16 + 32 + 16 = 64 channels.
struct Mix final : Concat<Conv<1, 1, 16>,
                          Sequential<Conv<1, 1, 16>, ReLU, Conv<3, 3, 32, Pad<1>>>,
                          Sequential<MaxPool<3, 3, Stride<1>, Pad<1>>, Conv<1, 1, 16>>> {};

using Step4 = Net<Input<16, 16, 32>, Mix>;
static_assert(output_shape<Step4> == Shape::hwc(16, 16, 64));
static_assert(params<Step4> == (32 * 16 + 16) + (32 * 16 + 16) + (3 * 3 * 16 * 32 + 32) +
                                   (32 * 16 + 16));  // 528 + 528 + 4,640 + 528 = 6,224

// 5. The whole network: the stem, the three blocks, and a classifier.
struct TinyResNet final : Net<Input<32, 32, 3>,
                              Conv<3, 3, 16, Pad<1>, NoBias>, BatchNorm, ReLU,
                              Basic<16>, Down<32>, Mix, ReLU,
                              GlobalAvgPool, FC<10>> {};

static_assert(layer_count<TinyResNet> == 9);
static_assert(params_at<TinyResNet, 4> == params<Step2>);   // a block is one element
static_assert(shape_at<TinyResNet, 8> == Shape::vector(64));
static_assert(params<TinyResNet> == 464 + 4'672 + 14'528 + 6'224 + (64 * 10 + 10));  // 26,538
static_assert(non_trainable_params<TinyResNet> == 32 + 64 + 192);
static_assert(macs<TinyResNet> == 10'404'480);

// 6. Memory: the shortcut keeps x alive while the body runs, so the block's peak is higher than
//    the same layers in a chain.
using Chain = Net<Input<32, 32, 16>, Conv3x3<16>, BatchNorm, ReLU, Conv3x3<16>, BatchNorm, ReLU>;
static_assert(params<Chain> == params<Step2>);
static_assert(peak_activations<Chain> == 2 * (32 * 32 * 16));  // a convolution's input and output
static_assert(peak_activations<Step2> == 3 * (32 * 32 * 16));  // ... and x, for the shortcut

// 7. The mistake: an identity shortcut where the body halves the map and doubles the channels.
//    Compiled with -DCTNN_TUTORIAL_MISTAKE, this does not compile (a test checks the message).
#ifdef CTNN_TUTORIAL_MISTAKE
struct Forgot final : Net<Input<32, 32, 16>,
                          Residual<Sequential<Conv3x3<32, 2>, BatchNorm, ReLU, Conv3x3<32>, BatchNorm>>> {};
static_assert(params<Forgot> > 0);
#endif

int main() {
    summary<TinyResNet>(std::cout, 0);  // the Net's own elements, blocks collapsed
    std::cout << '\n';
    summary<TinyResNet>(std::cout);     // every row
    std::cout << "\npeak activations: chain " << group_digits(peak_activations<Chain>)
              << ", residual block " << group_digits(peak_activations<Step2>) << '\n';
}
