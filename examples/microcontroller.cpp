// examples/microcontroller.cpp: a keyword-spotting network held to a microcontroller's budget
// at compile time: 256 KB of RAM for activations and 1 MB of flash for weights, in int8.
//
// The network is a depthwise-separable CNN for keyword spotting, shaped after DS-CNN (Zhang et
// al. 2017, "Hello Edge: Keyword Spotting on Microcontrollers"): 49 frames x 10 MFCC features,
// a 10x4 convolution with stride 2, four depthwise-separable blocks, average pooling and a
// 12-way classifier. The arena it needs is a compile-time constant.
#include <array>
#include <cstddef>
#include <cstdint>
#include <iostream>

#include <ctnn/ctnn.hpp>

using namespace ctnn;

// One depthwise-separable block: 3x3 depthwise and 1x1 pointwise, each with BatchNorm + ReLU.
template <int C>
struct SeparableBlock final : Sequential<DepthwiseConv<3, 3, Same, NoBias>, BatchNorm, ReLU,
                                         Conv<1, 1, C, NoBias>, BatchNorm, ReLU> {};

struct KeywordSpotter final : Net<Input<49, 10, 1>,
                                  Conv<10, 4, 64, Stride<2>, Same, NoBias>, BatchNorm, ReLU,
                                  Repeat<4, SeparableBlock<64>>,
                                  GlobalAvgPool, FC<12>, Softmax> {};

// The device: 256 KB of RAM for the activation arena, 1 MB of flash for the weights, int8.
inline constexpr Budget device{.param_bytes = 1 * MiB, .peak_activation_bytes = 256 * KiB};
static_assert(fits<KeywordSpotter, device, std::int8_t>);

// The arena, sized by the compiler: no guessing "by experimentation".
std::array<std::byte, peak_activation_bytes<KeywordSpotter, std::int8_t>> arena;

int main() {
    summary<KeywordSpotter>(std::cout);
    std::cout << "\nint8 weights: " << param_bytes<KeywordSpotter, std::int8_t>
              << " bytes (budget " << device.param_bytes << ")\n"
              << "int8 activation arena: " << sizeof(arena) << " bytes (budget "
              << device.peak_activation_bytes << ")\n"
              << "multiply-accumulates per inference: " << group_digits(macs<KeywordSpotter>)
              << '\n';
}
