// examples/howto_layer.cpp: adding a layer (docs/howto-layer.md). Two layers ctnn does not have,
// written as a user would, and used in networks with no registration.
#include <cstdint>
#include <iostream>
#include <string_view>

#include <ctnn/ctnn.hpp>

/// LocallyConnected<K, F>: a K x K window with stride 1 and no padding, like a convolution, but
/// with weights that are not shared: every output position has its own K*K*Cin*F weights and
/// its own F biases (Keras' LocallyConnected2D with padding 'valid'; DeepFace).
/// Input H x W x Cin with H, W >= K. Output (H-K+1) x (W-K+1) x F.
/// Weights outH*outW*K*K*Cin*F, biases outH*outW*F, MACs = weights (each is used once).
template <int K, int F>
struct LocallyConnected {
    static_assert(K >= 1 && F >= 1);
    static constexpr std::uint64_t k = K;
    static constexpr std::uint64_t filters = F;

    static constexpr std::string_view name = "LocallyConnected";

    static constexpr ctnn::Issue check(ctnn::Shape in) {
        namespace error = ctnn::error;
        if (in.flat) return ctnn::issue<error::layer_needs_a_feature_map>(in);
        if (in.h < k || in.w < k)
            return ctnn::issue<error::kernel_larger_than_padded_input>(
                in, ctnn::number<error::padded_hw>(in.h, in.w), ctnn::number<error::kernel_hw>(K, K));
        return {};
    }
    static constexpr ctnn::Shape output_shape(ctnn::Shape in) {
        return ctnn::Shape::hwc(in.h - k + 1, in.w - k + 1, filters);
    }
    static constexpr std::uint64_t positions(ctnn::Shape in) {
        const ctnn::Shape out = output_shape(in);
        return ctnn::checked_mul(out.h, out.w);
    }
    static constexpr std::uint64_t weights(ctnn::Shape in) {
        return ctnn::checked_mul(ctnn::checked_mul(positions(in), k * k * in.c), filters);
    }
    static constexpr std::uint64_t biases(ctnn::Shape in) {
        return ctnn::checked_mul(positions(in), filters);
    }
    static constexpr std::uint64_t macs(ctnn::Shape in) { return weights(in); }
    static constexpr ctnn::Window window(ctnn::Shape) { return {.kh = K, .kw = K}; }
};

/// ToMap<H, W, C>: a flat vector of H*W*C values seen as an H x W x C map (Keras' Reshape, as at
/// the start of a DCGAN generator). A view: no parameters, no operation, no new buffer.
template <int H, int W, int C>
struct ToMap {
    static constexpr ctnn::Shape map = ctnn::Shape::hwc(H, W, C);

    static constexpr std::string_view name = "ToMap";
    static constexpr bool in_place = true;  // adds nothing to activations
    static constexpr bool view = true;      // the output is the input's buffer
    static constexpr bool accepts(ctnn::Shape in) { return in.flat && in.c == map.size(); }
    static constexpr ctnn::Shape output_shape(ctnn::Shape) { return map; }
};

using namespace ctnn;

struct FaceNet final : Net<Input<32, 32, 3>,
                           Conv<3, 3, 16>, ReLU, MaxPool<2, 2>,
                           LocallyConnected<3, 16>, ReLU,
                           Flatten, FC<10>> {};

// Conv 3x3 on 32x32 gives 30x30, pooling 15x15, the 3x3 locally connected layer 13x13.
static_assert(shape_at<FaceNet, 4> == Shape::hwc(13, 13, 16));
static_assert(weights_at<FaceNet, 4> == 13 * 13 * (3 * 3 * 16) * 16);  // 389,376
static_assert(biases_at<FaceNet, 4> == 13 * 13 * 16);                  // 2,704
static_assert(macs_at<FaceNet, 4> == weights_at<FaceNet, 4>);
static_assert(receptive_field_at<FaceNet, 4>.size_h == 8);  // 3, 4 after the pool, 4 + (3 - 1) * 2

struct Generator final : Net<Input<100>, FC<4 * 4 * 64>, ReLU, ToMap<4, 4, 64>,
                             Conv<3, 3, 32, Pad<1>>> {};

static_assert(shape_at<Generator, 3> == Shape::hwc(4, 4, 64));
static_assert(activations_at<Generator, 3> == 0);  // a view adds no memory
static_assert(params_at<Generator, 3> == 0);

// The mistake of docs/howto-layer.md: a 5x5 window on a 4x4 map. Compiled with
// -DCTNN_HOWTO_LAYER_MISTAKE, this does not compile (a test checks the message).
#ifdef CTNN_HOWTO_LAYER_MISTAKE
struct TooSmall final : Net<Input<8, 8, 3>, MaxPool<2, 2>, LocallyConnected<5, 8>> {};
static_assert(params<TooSmall> > 0);
#endif

int main() {
    summary<FaceNet>(std::cout);
    std::cout << '\n';
    summary<Generator>(std::cout);
}
