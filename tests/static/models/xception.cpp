// Static tests of ctnn/models/xception.hpp: Keras Applications' Xception.
#include <ctnn/analysis.hpp>
#include <ctnn/models/xception.hpp>

namespace {
using namespace ctnn;
using models::KerasXception;

// Keras Applications' Xception summary: Total params 22,910,480, Trainable 22,855,952,
// Non-trainable 54,528 (the moving mean and variance of its BatchNorm layers).
static_assert(total_params<KerasXception> == 22'910'480);
static_assert(params<KerasXception> == 22'855'952);
static_assert(non_trainable_params<KerasXception> == 54'528);

// Layer by layer, as the same summary lists them (output shape, parameters).
static_assert(shape_at<KerasXception, 1> == Shape::hwc(149, 149, 32) && params_at<KerasXception, 1> == 864);
// block1_conv1_bn: Keras' "Param #" counts gamma, beta and the two moving statistics.
static_assert(params_at<KerasXception, 2> + non_trainable_params_at<KerasXception, 2> == 128);
static_assert(shape_at<KerasXception, 4> == Shape::hwc(147, 147, 64) && params_at<KerasXception, 4> == 18'432);
static_assert(shape_at<KerasXception, 7> == Shape::hwc(74, 74, 128));    // add after block2
static_assert(shape_at<KerasXception, 8> == Shape::hwc(37, 37, 256));    // block3
static_assert(shape_at<KerasXception, 9> == Shape::hwc(19, 19, 728));    // block4
static_assert(shape_at<KerasXception, 10> == Shape::hwc(19, 19, 728));   // block5-12
static_assert(shape_at<KerasXception, 11> == Shape::hwc(10, 10, 1024));  // block13
static_assert(shape_at<KerasXception, 15> == Shape::hwc(10, 10, 2048));  // block14_sepconv2_act
static_assert(params_at<KerasXception, 17> == 2'049'000);                // predictions

// The separable convolutions (SeparableConv2D, no bias): block2_sepconv1 8,768, block2_sepconv2
// 17,536, block4_sepconv1 188,672, block5_sepconv1 536,536, block13_sepconv2 752,024,
// block14_sepconv1 1,582,080, block14_sepconv2 3,159,552; the projections conv2d ... conv2d_3
// 8,192, 32,768, 186,368, 745,472.
constexpr std::uint64_t params_of(std::string_view name, int nth = 1) {
    for (const Row& r : rows<KerasXception>)
        if (r.name == name && --nth == 0) return r.params();
    return 0;
}
static_assert(params_of("SeparableConv 3x3/1 same, 128, no bias") == 8'768);
static_assert(params_of("SeparableConv 3x3/1 same, 128, no bias", 2) == 17'536);
static_assert(params_of("SeparableConv 3x3/1 same, 728, no bias") == 188'672);
static_assert(params_of("SeparableConv 3x3/1 same, 728, no bias", 3) == 536'536);
static_assert(params_of("SeparableConv 3x3/1 same, 1024, no bias") == 752'024);
static_assert(params_of("SeparableConv 3x3/1 same, 1536, no bias") == 1'582'080);
static_assert(params_of("SeparableConv 3x3/1 same, 2048, no bias") == 3'159'552);
static_assert(params_of("Conv 1x1/2 same, 128, no bias") == 8'192);
static_assert(params_of("Conv 1x1/2 same, 256, no bias") == 32'768);
static_assert(params_of("Conv 1x1/2 same, 728, no bias") == 186'368);
static_assert(params_of("Conv 1x1/2 same, 1024, no bias") == 745'472);
}  // namespace
