// Static tests of ctnn/analysis/receptive_field.hpp.
#include <cstddef>

#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
#include <ctnn/models/alexnet.hpp>
#include <ctnn/models/resnet.hpp>
#include <ctnn/models/vgg.hpp>

namespace {
using namespace ctnn;

template <class N, std::size_t I>
constexpr long long field = receptive_field_at<N, I>.size_h;

// VGG-16, layer by layer (docs/sources.md#receptive-fields: conv1_1 3,
// conv1_2 5, pool1 6, conv2_1 10, conv2_2 14, pool2 16, conv3_x 24/32/40, pool3 44,
// conv4_x 60/76/92, pool4 100, conv5_x 132/164/196, pool5 212).
using models::VGG16;
static_assert(field<VGG16, 1> == 3 && field<VGG16, 3> == 5 && field<VGG16, 5> == 6);
static_assert(field<VGG16, 6> == 10 && field<VGG16, 8> == 14 && field<VGG16, 10> == 16);
static_assert(field<VGG16, 11> == 24 && field<VGG16, 13> == 32 && field<VGG16, 15> == 40);
static_assert(field<VGG16, 17> == 44);
static_assert(field<VGG16, 18> == 60 && field<VGG16, 20> == 76 && field<VGG16, 22> == 92);
static_assert(field<VGG16, 24> == 100);
static_assert(field<VGG16, 25> == 132 && field<VGG16, 27> == 164 && field<VGG16, 29> == 196);
static_assert(field<VGG16, 31> == 212);
// ReLU does not change the field; pool5's positions are 32 pixels apart; its effective padding
// is 90 (Araujo, Norris & Sim, "Computing Receptive Fields of Convolutional Neural Networks",
// Distill 2019, Table 1: vgg_16 r = 212, S = 32, P = 90).
static_assert(field<VGG16, 30> == 196);
static_assert(receptive_field_at<VGG16, 31>.jump_h == 32 && receptive_field_at<VGG16, 31>.start_h == -90);
// An FC layer on the 7x7 map sees all of it: 212 + 6 * 32.
static_assert(field<VGG16, 32> == 404 && receptive_field<VGG16>.size_w == 404);

// AlexNet's pool5 (the same geometry as TF-slim's alexnet_v2): Distill 2019, Table 1:
// r = 195, S = 32, P = 64.
using models::AlexNet;
static_assert(field<AlexNet, 15> == 195);
static_assert(receptive_field_at<AlexNet, 15>.jump_h == 32);
static_assert(receptive_field_at<AlexNet, 15>.start_h == -64);

// ResNet-50's last feature map (layer4). In the paper's layout, whose 3x3 convolutions run
// after the stride: 483 with positions 32 apart, as Distill 2019's Table 1 gives for
// resnet_v1_50 (r = 483, S = 32). Its effective padding there is 239, ours 241: TF-slim's
// 'SAME' max pooling pads 0 rows before and 1 after, where PyTorch pads 1 on both sides.
static_assert(field<models::ResNet50V1, 8> == 483);
static_assert(receptive_field_at<models::ResNet50V1, 8>.jump_h == 32);
static_assert(receptive_field_at<models::ResNet50V1, 8>.start_h == -241);
// torchvision's v1.5 layout moves the stride into the 3x3, which then runs at the finer
// resolution: a smaller field.
static_assert(field<models::ResNet50, 8> == 427);
static_assert(receptive_field_at<models::ResNet50, 8>.jump_h == 32);

// ---- the rules on small cases -------------------------------------------------------------
// Dilation: a 3x3 kernel with dilation 2 spans 5 inputs.
static_assert(receptive_field<Net<Input<9, 9, 1>, Conv<3, 3, 1, Dilation<2>>>>.size_h == 5);
// Rows and columns apart.
constexpr Field rect = receptive_field<Net<Input<20, 20, 1>, Conv<3, 5, 1, Stride<2, 1>, Pad<1, 2>>,
                                           Conv<3, 3, 1>>>;
static_assert(rect.size_h == 3 + 2 * 2 && rect.size_w == 5 + 2 * 1);
static_assert(rect.jump_h == 2 && rect.jump_w == 1 && rect.start_h == -1 && rect.start_w == -2);
// 'same': the padding actually applied (TensorFlow puts the odd one at the end): 224 with a
// 3x3 kernel and stride 2 pads 0 before and 1 after.
static_assert(receptive_field<Net<Input<224, 224, 1>, Conv<3, 3, 1, Same, Stride<2>>>>.start_h == 0);
static_assert(receptive_field<Net<Input<225, 225, 1>, Conv<3, 3, 1, Same, Stride<2>>>>.start_h == -1);
// Branches merge to the larger field: a 1x1 beside a 3x3 beside a 5x5.
static_assert(receptive_field<Net<Input<8, 8, 1>, Concat<Conv<1, 1, 1>, Conv<3, 3, 1, Pad<1>>,
                                                         Conv<5, 5, 1, Pad<2>>>>>.size_h == 5);
static_assert(receptive_field<Net<Input<8, 8, 1>, Residual<Conv<3, 3, 1, Pad<1>>>>>.size_h == 3);
// A gate sees the whole map through its global pooling, but its positions stay the input's.
using SE = Net<Input<8, 8, 4>, Gate<GlobalAvgPool, FC<4>, Sigmoid>>;
static_assert(receptive_field<SE>.size_h == 8 && receptive_field<SE>.jump_h == 1);
// Zero padding moves the start into the zeros.
static_assert(receptive_field<Net<Input<8, 8, 1>, ZeroPad<2, 0, 1, 0>>>.start_h == -2);
static_assert(receptive_field<Net<Input<8, 8, 1>, ZeroPad<2, 0, 1, 0>>>.start_w == -1);
}  // namespace
