// examples/howto_block.cpp: named blocks (docs/howto-block.md), on a small network in the style
// of MobileNetV2.
#include <iostream>
#include <string_view>

#include <ctnn/ctnn.hpp>

using namespace ctnn;

// 1. A block with a name: a struct derived from a combinator, here a Sequential.
struct Stem final : Sequential<Conv<3, 3, 32, Stride<2>, Pad<1>, NoBias>, BatchNorm, ReLU6> {};

// 2. A family of blocks: a class template. Its arguments become part of its name. (Write them
//    all out: g++ leaves a defaulted int argument out of the name, clang++ writes it.)
template <int K, int C, int S>
struct ConvBN final : Sequential<Conv<K, K, C, Stride<S>, Pad<K / 2>, NoBias>, BatchNorm, ReLU6> {};

template <int S>
struct DepthwiseBN final : Sequential<DepthwiseConv<3, 3, Stride<S>, Pad<1>, NoBias>, BatchNorm, ReLU6> {};

// 3. Blocks nest: MobileNetV2's inverted residual expands C channels T times, filters each
//    channel with a 3x3 depthwise convolution, projects back to C, and adds the input.
template <int C, int T>
struct InvertedResidual final
    : Residual<Sequential<ConvBN<1, C * T, 1>, DepthwiseBN<1>, Conv<1, 1, C, NoBias>, BatchNorm>> {};

// 4. A name of your own, when the type's spelling is not what a reader should see.
struct Stage2 final : Repeat<2, InvertedResidual<24, 6>> {
    static constexpr std::string_view name = "stage 2: 2 x InvertedResidual";
};

// An alias is not a name: reports show the combinator's generic name, "Sequential".
using Head = Sequential<ConvBN<1, 320, 1>, GlobalAvgPool, FC<10>>;

struct SmallMobile final : Net<Input<64, 64, 3>, Stem, ConvBN<1, 24, 1>, Stage2, Head> {};

static_assert(name_at<SmallMobile, 1> == "Stem");
static_assert(name_at<SmallMobile, 2> == "ConvBN<1, 24, 1>");
static_assert(name_at<SmallMobile, 3> == "stage 2: 2 x InvertedResidual");
static_assert(name_at<SmallMobile, 4> == "Sequential");

// A block is one element of the Net: shape_at and params_at see it whole.
static_assert(shape_at<SmallMobile, 1> == Shape::hwc(32, 32, 32));
static_assert(shape_at<SmallMobile, 3> == Shape::hwc(32, 32, 24));
// One inverted residual: 1x1 24 -> 144, 3x3 depthwise on 144, 1x1 144 -> 24, three BatchNorms.
static_assert(params<Net<Input<32, 32, 24>, InvertedResidual<24, 6>>> ==
              24 * 144 + 3 * 3 * 144 + 144 * 24 + 2 * 144 + 2 * 144 + 2 * 24);  // 8,832
static_assert(params_at<SmallMobile, 3> == 2 * 8'832);

// rows<N> holds every row, blocks and their children, in the order the table prints them.
static_assert(rows<SmallMobile>[1].name == "Stem");
static_assert(rows<SmallMobile>[2].name == "Conv 3x3/2 p1, 32, no bias");
static_assert(rows<SmallMobile>[2].depth == 1);

int main() {
    summary<SmallMobile>(std::cout, 0);  // blocks collapsed: one row per element of the Net
    std::cout << '\n';
    summary<SmallMobile>(std::cout, 2);  // two levels of nesting shown
}
