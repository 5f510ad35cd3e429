// docs/blocks/sequential.md: a named block, SqueezeNet 1.1's Fire module.
#include <iostream>

#include <ctnn/ctnn.hpp>

using namespace ctnn;

// Fire<S, E>: squeeze to S channels with a 1x1 convolution, then expand to 2E channels with a
// 1x1 and a 3x3 convolution side by side (Iandola et al. 2016), every convolution with a ReLU.
template <int S, int E>
struct Fire final : Sequential<Conv<1, 1, S>, ReLU,
                               Concat<Sequential<Conv<1, 1, E>, ReLU>,
                                      Sequential<Conv<3, 3, E, Pad<1>>, ReLU>>> {};

struct TwoFires final : Net<Input<55, 55, 64>, Fire<16, 64>, Fire<16, 64>> {};

// torchvision's squeezenet1_1: fire2 (features[3]) has 11,408 parameters, fire3 12,432.
static_assert(params_at<TwoFires, 1> == 11'408);
static_assert(params_at<TwoFires, 2> == 12'432);
static_assert(shape_at<TwoFires, 1> == Shape::hwc(55, 55, 128));
static_assert(name_at<TwoFires, 1> == "Fire<16, 64>");

int main() {
    summary<TwoFires>(std::cout, 0);  // the Net's own elements: blocks collapsed
    std::cout << '\n';
    summary<TwoFires>(std::cout);  // every row
}
