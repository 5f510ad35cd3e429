// examples/custom_layer.cpp: a layer of your own, used in a network with no registration.
//
// A layer is a struct with a `name` and an `output_shape`; anything else is optional (see
// ctnn/core/layer.hpp). Here: a 2x2 "space to depth" rearrangement (YOLOv2's reorg layer,
// TensorFlow's tf.nn.space_to_depth), which has no parameters but widens the receptive field
// like a 2x2 window with stride 2, and a learnable per-channel scale, which has C weights, no
// bias, and one multiplication per value.
#include <cstdint>
#include <iostream>
#include <string_view>

#include <ctnn/ctnn.hpp>

/// SpaceToDepth<B>: H x W x C -> H/B x W/B x C*B*B; H and W must be multiples of B.
template <int B>
struct SpaceToDepth {
    static constexpr std::string_view name = "SpaceToDepth";
    static constexpr bool accepts(ctnn::Shape in) {
        return !in.flat && in.h % B == 0 && in.w % B == 0;
    }
    static constexpr ctnn::Shape output_shape(ctnn::Shape in) {
        return ctnn::Shape::hwc(in.h / B, in.w / B, in.c * B * B);
    }
    static constexpr ctnn::Window window(ctnn::Shape) {
        return {.kh = B, .kw = B, .sh = B, .sw = B};
    }
};

/// ChannelScale: y = s_c * x with one learned s per channel; runs in place.
struct ChannelScale {
    static constexpr std::string_view name = "ChannelScale";
    static constexpr bool in_place = true;
    static constexpr ctnn::Shape output_shape(ctnn::Shape in) { return in; }
    static constexpr std::uint64_t weights(ctnn::Shape in) { return in.c; }
    static constexpr ctnn::Ops ops(ctnn::Shape in) { return {.elementwise = in.size()}; }
};

struct Detector final : ctnn::Net<ctnn::Input<64, 64, 16>,
                                  SpaceToDepth<2>,
                                  ChannelScale,
                                  ctnn::Conv<1, 1, 32>, ctnn::ReLU,
                                  ctnn::GlobalAvgPool,
                                  ctnn::FC<10>> {};

static_assert(ctnn::shape_at<Detector, 1> == ctnn::Shape::hwc(32, 32, 64));
static_assert(ctnn::params_at<Detector, 2> == 64);             // one scale per channel
static_assert(ctnn::params<Detector> == 64 + (64 * 32 + 32) + (32 * 10 + 10));
static_assert(ctnn::receptive_field_at<Detector, 1>.size_h == 2);
static_assert(ctnn::ops_at<Detector, 2>.elementwise == 32 * 32 * 64);

int main() { ctnn::summary<Detector>(std::cout); }
