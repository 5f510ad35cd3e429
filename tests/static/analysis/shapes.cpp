// Static tests of ctnn/analysis/shapes.hpp, on VGG-16.
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/models/vgg.hpp>

namespace {
using namespace ctnn;
using models::VGG16;

// The VGG paper, Table 1 and section 2.1: 224 -> 112 -> 56 -> 28 -> 14 -> 7 at the five pools.
static_assert(input_shape<VGG16> == Shape::hwc(224, 224, 3));
static_assert(shape_at<VGG16, 0> == Shape::hwc(224, 224, 3));
static_assert(shape_at<VGG16, 1> == Shape::hwc(224, 224, 64));
static_assert(shape_at<VGG16, 5> == Shape::hwc(112, 112, 64));
static_assert(shape_at<VGG16, 10> == Shape::hwc(56, 56, 128));
static_assert(shape_at<VGG16, 17> == Shape::hwc(28, 28, 256));
static_assert(shape_at<VGG16, 24> == Shape::hwc(14, 14, 512));
static_assert(shape_at<VGG16, 31> == Shape::hwc(7, 7, 512));
static_assert(shape_at<VGG16, 32> == Shape::vector(4096));
static_assert(output_shape<VGG16> == Shape::vector(1000));
// 13 conv + 13 ReLU + 5 pool + 3 FC + 2 ReLU + 2 Dropout + Softmax.
static_assert(layer_count<VGG16> == 39);
static_assert(name_at<VGG16, 1> == "Conv 3x3/1 p1, 64" && name_at<VGG16, 31> == "MaxPool 2x2/2");
}  // namespace
