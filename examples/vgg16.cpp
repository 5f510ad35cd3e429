// examples/vgg16.cpp: the demo. VGG-16 written as a type; its numbers checked by the compiler;
// its layer-by-layer table printed at run time.
#include <iostream>

#include <ctnn/ctnn.hpp>

using namespace ctnn;

// The paper's configuration D, as a flat list of layers (the zoo has it as models::VGG16).
using conv3_64 = Conv<3, 3, 64, Pad<1>>;
using conv3_128 = Conv<3, 3, 128, Pad<1>>;
using conv3_256 = Conv<3, 3, 256, Pad<1>>;
using conv3_512 = Conv<3, 3, 512, Pad<1>>;

struct VGG16 final : Net<Input<224, 224, 3>,
                         conv3_64, ReLU, conv3_64, ReLU, MaxPool<2, 2>,
                         conv3_128, ReLU, conv3_128, ReLU, MaxPool<2, 2>,
                         conv3_256, ReLU, conv3_256, ReLU, conv3_256, ReLU, MaxPool<2, 2>,
                         conv3_512, ReLU, conv3_512, ReLU, conv3_512, ReLU, MaxPool<2, 2>,
                         conv3_512, ReLU, conv3_512, ReLU, conv3_512, ReLU, MaxPool<2, 2>,
                         FC<4096>, ReLU, Dropout,
                         FC<4096>, ReLU, Dropout,
                         FC<1000>, Softmax> {};

static_assert(params<VGG16> == 138'357'544);              // torchvision's vgg16 num_params
static_assert(shape_at<VGG16, 31> == Shape::hwc(7, 7, 512));  // what fc1 sees
static_assert(params_at<VGG16, 32> == 102'764'544);       // fc1: 7*7*512*4096 + 4096
static_assert(activations<VGG16> == 15'237'608);          // input + every stored output

int main() { summary<VGG16>(std::cout); }
