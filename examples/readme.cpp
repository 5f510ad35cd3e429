#include <iostream>
#include <ctnn/ctnn.hpp>
using namespace ctnn;

struct SmallNet final : Net<Input<32, 32, 3>,
                            Conv<3, 3, 32, Pad<1>>, ReLU, MaxPool<2, 2>,
                            Conv<3, 3, 64, Pad<1>>, ReLU, MaxPool<2, 2>,
                            FC<128>, ReLU, FC<10>> {};

static_assert(shape_at<SmallNet, 6> == Shape::hwc(8, 8, 64));
static_assert(params_at<SmallNet, 7> == 8 * 8 * 64 * 128 + 128);
static_assert(expect<params<SmallNet>, 545'098>);  // if not, the error shows both numbers
static_assert(activation_bytes<SmallNet, float> < 256 * 1024);

// Conv<3, 3, 64, Pad<1>, Groups<3>> as layer 4 would not compile:
// error: static assertion failed: ctnn: Groups<G> must divide both the input channels and ...
//   groups_must_divide_channels<at_layer<4>, Conv<...>, ..., in_channels<32>, filters<64>, groups<3>>

int main() { summary<SmallNet>(std::cout); }
