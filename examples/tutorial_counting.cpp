// The tutorial's step-by-step checks (docs/tutorial.md).
#include <ctnn/ctnn.hpp>
using namespace ctnn;

// 1. One convolution: 3x3 kernels over 128 input channels, 256 filters, one bias per filter.
using conv3_256 = Net<Input<56, 56, 128>, Conv<3, 3, 256, Pad<1>>>;
static_assert(weights<conv3_256> == 3 * 3 * 128 * 256);  // 294,912
static_assert(biases<conv3_256> == 256);
static_assert(expect<params<conv3_256>, 295'168>);  // a failed expect<> shows both numbers
static_assert(params<Net<Input<56, 56, 128>, Conv<3, 3, 256, Pad<1>, NoBias>>> == 294'912);

// 2. The shape formula: floor((in + 2p - k) / s) + 1.
static_assert(output_shape<conv3_256> == Shape::hwc(56, 56, 256));  // (56 + 2 - 3) / 1 + 1
static_assert(output_shape<Net<Input<56, 56, 256>, MaxPool<2, 2>>> == Shape::hwc(28, 28, 256));

// 3. fc1 sees the 7x7x512 map as 25,088 inputs; as a 7x7 convolution it has the same weights.
using fc1 = Net<Input<7, 7, 512>, FC<4096>>;
static_assert(params<fc1> == 7 * 7 * 512 * 4096 + 4096);  // 102,764,544
static_assert(params<Net<Input<7, 7, 512>, Conv<7, 7, 4096>>> == params<fc1>);

int main() {}
