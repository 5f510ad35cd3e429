// docs/blocks/residual.md: ResNet's shortcut connections, as torchvision's resnet18 writes them.
#include <iostream>

#include <ctnn/ctnn.hpp>

using namespace ctnn;

template <int C, int S = 1>
using Conv3x3 = Conv<3, 3, C, Stride<S>, Pad<1>, NoBias>;

// BasicBlock<C>: two 3x3 convolutions and an identity shortcut, then ReLU after the sum.
template <int C>
struct BasicBlock final : Sequential<Residual<Sequential<Conv3x3<C>, BatchNorm, ReLU,
                                                         Conv3x3<C>, BatchNorm>>,
                                     ReLU> {};

// DownBlock<C>: the first block of a stage halves H and W and doubles the channels, so the
// shortcut needs a projection: a strided 1x1 convolution and BatchNorm.
template <int C>
struct DownBlock final
    : Sequential<Residual<Sequential<Conv3x3<C, 2>, BatchNorm, ReLU, Conv3x3<C>, BatchNorm>,
                          Shortcut<Conv<1, 1, C, Stride<2>, NoBias>, BatchNorm>>,
                 ReLU> {};

struct Stages1And2 final
    : Net<Input<56, 56, 64>, BasicBlock<64>, BasicBlock<64>, DownBlock<128>, BasicBlock<128>> {};

// torchvision's resnet18: layer1 has 147,968 parameters, layer2 525,568 (recounted with
// torchvision 0.14 from sum(p.numel() for p in model.layer1.parameters())).
static_assert(params_at<Stages1And2, 1> + params_at<Stages1And2, 2> == 147'968);
static_assert(params_at<Stages1And2, 3> + params_at<Stages1And2, 4> == 525'568);
static_assert(output_shape<Stages1And2> == Shape::hwc(28, 28, 128));

int main() { summary<Stages1And2>(std::cout, 2); }
