// docs/blocks/repeat.md: a stage of identical blocks (ResNet-50's layer1).
#include <iostream>

#include <ctnn/ctnn.hpp>

using namespace ctnn;

// Bottleneck<W, Shortcut<...>>: 1x1 down to W channels, 3x3, 1x1 up to 4W, plus the
// shortcut (the identity when none is given).
template <int W, class... ShortcutPath>
struct Bottleneck final
    : Sequential<Residual<Sequential<Conv<1, 1, W, NoBias>, BatchNorm, ReLU,
                                     Conv<3, 3, W, Pad<1>, NoBias>, BatchNorm, ReLU,
                                     Conv<1, 1, 4 * W, NoBias>, BatchNorm>,
                          ShortcutPath...>,
                 ReLU> {};

struct Projection final : Sequential<Conv<1, 1, 256, NoBias>, BatchNorm> {};

// The first block projects 64 to 256 channels; the other two repeat an identity block.
struct Layer1 final : Net<Input<56, 56, 64>, Bottleneck<64, Shortcut<Projection>>, Repeat<2, Bottleneck<64>>> {};

// torchvision's resnet50: layer1 has 215,808 parameters and 2,816 BatchNorm buffer values,
// layer1[0] 75,008 (recounted with torchvision 0.14).
static_assert(params<Layer1> == 215'808);
static_assert(non_trainable_params<Layer1> == 2'816);
static_assert(params_at<Layer1, 1> == 75'008);
static_assert(output_shape<Layer1> == Shape::hwc(56, 56, 256));

int main() { summary<Layer1>(std::cout, 1); }
