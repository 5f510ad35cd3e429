#pragma once
// ctnn/analysis/weights.hpp: every layer's weights in one flat blob, with element types.
//
//     // int8 weights, int32 biases (TFLite's and CMSIS-NN's int8 scheme), a scale and a zero
//     // point per output channel, the first and last layers kept in float:
//     constexpr auto& blob = ctnn::weight_layout<Net, std::int8_t, std::int32_t,
//                                                ctnn::PerChannelQuantization<>,
//                                                ctnn::LayerTypes<1, float>,
//                                                ctnn::LayerTypes<-1, float>>;
//     alignas(16) static const std::byte weights[blob.bytes] = { /* the exported blob */ };
//
// The blob. Each layer that has parameters or statistics (a leaf row of rows<N> with weights,
// biases or moving statistics) owns up to five tensors, in this order, each starting at a
// multiple of the alignment (16 bytes unless BlobAlignment says otherwise):
//   weights      Row::weights values of W (a Conv's kernels, an FC's matrix, BatchNorm's scale)
//   biases       Row::biases values of B (biases; BatchNorm's shift)
//   statistics   the moving statistics (BatchNorm's mean and variance: Row::non_trainable minus
//                what Frozen made non-trainable), values of B
//   scales       with PerChannelQuantization<Scale, ZeroPoint>: one Scale per output channel,
//   zero_points  and one ZeroPoint per output channel, for every layer that has weights
// Layers follow each other in the order of rows<N> (execution order). weight_blob_bytes is the
// end of the last tensor: the parameters' bytes (param_bytes, analysis/memory.hpp) plus the
// padding to the alignment and the quantization parameters.
//
// Element types: W for weights, B for biases and statistics, for every layer, except the
// top-level elements named by LayerTypes<I, W2, B2> (I as shape_at takes it: 1 is the first
// layer; -1 the last, -2 the one before): every layer inside element I stores W2 and B2.

#include <array>
#include <cstddef>
#include <cstdint>

#include <ctnn/analysis/row.hpp>
#include <ctnn/analysis/table.hpp>
#include <ctnn/core/checked.hpp>

namespace ctnn {

/// Option of weight_layout: a scale of type Scale and a zero point of type ZeroPoint for every
/// output channel of every layer that has weights (TFLite's per-axis int8 quantization: float
/// scales, int32 zero points).
template <class Scale = float, class ZeroPoint = std::int32_t>
struct PerChannelQuantization {};

/// Option of weight_layout: top-level element I (1 = the first layer, -1 = the last) stores
/// its weights as W and its biases and statistics as B (for example the first and last layers
/// kept in int16 or float in an int8 deployment).
template <int I, class W, class B = W>
struct LayerTypes {};

/// Option of weight_layout: each tensor starts at a multiple of Bytes (default 16).
template <std::uint64_t Bytes>
struct BlobAlignment {};

/// One tensor of the blob: where it starts, its bytes and its number of values.
struct WeightTensor {
    std::uint64_t offset = 0;
    std::uint64_t bytes = 0;
    std::uint64_t values = 0;
};

/// The tensors of one layer in the blob (a tensor it does not have has 0 values, at the
/// offset where it would be).
struct LayerWeights {
    std::size_t row = 0;    ///< its row in rows<N>
    std::size_t index = 0;  ///< the top-level element it belongs to (as shape_at counts)
    std::uint64_t weight_bytes = 0;  ///< bytes per weight value (sizeof W)
    std::uint64_t bias_bytes = 0;    ///< bytes per bias or statistic value (sizeof B)
    WeightTensor weights{};
    WeightTensor biases{};
    WeightTensor statistics{};
    WeightTensor scales{};
    WeightTensor zero_points{};
};

/// The weight blob of a network: its size and each layer's tensors (L: the layers with
/// parameters or statistics).
template <std::size_t L>
struct WeightLayout {
    std::uint64_t bytes = 0;      ///< the blob: the end of its last tensor
    std::uint64_t alignment = 16;  ///< every tensor's offset is a multiple of it
    std::size_t count = 0;        ///< layers[0 .. count) are used (count == L at compile time)
    std::array<LayerWeights, L> layers{};
};

/// The element types of a blob as values, for code that chooses them at run time (ctnn-report's
/// --dtype). Sizes in bytes; scale_bytes == 0 means no per-channel quantization parameters.
struct WeightTypes {
    /// One LayerTypes<I, W, B> override.
    struct Override {
        long index = 0;  ///< as LayerTypes' I: 1 the first layer, -1 the last
        std::uint64_t weight_bytes = 4;
        std::uint64_t bias_bytes = 4;
    };
    std::uint64_t weight_bytes = 4;
    std::uint64_t bias_bytes = 4;
    std::uint64_t scale_bytes = 0;
    std::uint64_t zero_point_bytes = 0;
    std::uint64_t alignment = 16;
    std::array<Override, 8> overrides{};
    std::size_t override_count = 0;
};

namespace detail {

/// Whether row r holds tensors of the blob: a leaf with parameters or statistics.
constexpr bool has_weights(const Row& r) noexcept {
    return !r.is_block() && (r.params() != 0 || r.non_trainable != 0);
}

/// How many rows of rows[0 .. n) hold tensors of the blob.
constexpr std::size_t weighted_rows(const Row* rows, std::size_t n) noexcept {
    std::size_t count = 0;
    for (std::size_t r = 0; r < n; ++r) count += has_weights(rows[r]) ? 1 : 0;
    return count;
}

/// Places `values` values of `bytes_each` bytes at the next aligned offset after `end`.
constexpr WeightTensor place_tensor(std::uint64_t& end, std::uint64_t values, std::uint64_t bytes_each,
                                    std::uint64_t alignment) noexcept {
    WeightTensor t{.offset = values == 0 ? end : checked_round_up(end, alignment),
                   .bytes = checked_mul(values, bytes_each), .values = values};
    if (values != 0) end = checked_add(t.offset, t.bytes);
    return t;
}

/// Lays out the blob of the network whose rows are rows[0 .. n) (layers: its top-level
/// elements) into out[0 .. weighted_rows(rows, n)); returns the blob's bytes.
constexpr std::uint64_t layout_weights(const Row* rows, std::size_t n, std::size_t layers, const WeightTypes& t,
                                       LayerWeights* out) noexcept {
    std::uint64_t end = 0;
    std::size_t k = 0;
    const std::uint64_t alignment = t.alignment > 0 ? t.alignment : 1;
    for (std::size_t r = 0; r < n; ++r) {
        const Row& row = rows[r];
        if (!has_weights(row)) continue;
        std::uint64_t wb = t.weight_bytes, bb = t.bias_bytes;
        for (std::size_t o = 0; o < t.override_count; ++o) {
            const long i = t.overrides[o].index;
            const long at = i < 0 ? static_cast<long>(layers) + 1 + i : i;
            if (at == static_cast<long>(row.index)) wb = t.overrides[o].weight_bytes, bb = t.overrides[o].bias_bytes;
        }
        LayerWeights& l = out[k++];
        l.row = r;
        l.index = row.index;
        l.weight_bytes = wb;
        l.bias_bytes = bb;
        l.weights = place_tensor(end, row.weights, wb, alignment);
        l.biases = place_tensor(end, row.biases, bb, alignment);
        l.statistics = place_tensor(end, row.non_trainable - row.frozen, bb, alignment);
        const std::uint64_t channels = t.scale_bytes != 0 && row.weights != 0 ? row.output.c : 0;
        l.scales = place_tensor(end, channels, t.scale_bytes, alignment);
        l.zero_points = place_tensor(end, channels, t.zero_point_bytes, alignment);
    }
    return end;
}

/// The run-time form of weight_layout's options.
template <class Option>
struct weight_option {
    static_assert(sizeof(Option*) == 0,
                  "ctnn: weight_layout takes PerChannelQuantization<...>, LayerTypes<I, W, B> and "
                  "BlobAlignment<Bytes> as options");
};
template <class S, class Z>
struct weight_option<PerChannelQuantization<S, Z>> {
    static constexpr void apply(WeightTypes& t) noexcept {
        t.scale_bytes = sizeof(S);
        t.zero_point_bytes = sizeof(Z);
    }
};
template <int I, class W, class B>
struct weight_option<LayerTypes<I, W, B>> {
    static_assert(I != 0, "ctnn: LayerTypes<0, ...> names the input, which has no weights (1 is the first layer, -1 the last)");
    static constexpr void apply(WeightTypes& t) noexcept {
        t.overrides[t.override_count++] = {.index = I, .weight_bytes = sizeof(W), .bias_bytes = sizeof(B)};
    }
};
template <std::uint64_t Bytes>
struct weight_option<BlobAlignment<Bytes>> {
    static_assert(Bytes != 0, "ctnn: BlobAlignment<0>: an alignment is at least 1 byte");
    static constexpr void apply(WeightTypes& t) noexcept { t.alignment = Bytes; }
};

template <class W, class B, class... Options>
constexpr WeightTypes weight_types() noexcept {
    WeightTypes t{.weight_bytes = sizeof(W), .bias_bytes = sizeof(B)};
    static_assert(sizeof...(Options) <= std::tuple_size_v<decltype(t.overrides)>,
                  "ctnn: weight_layout takes at most 8 options");
    (weight_option<Options>::apply(t), ...);
    return t;
}

template <class N, class W, class B, class... Options>
constexpr auto make_weight_layout() noexcept {
    constexpr auto& r = rows<N>;
    constexpr std::size_t L = weighted_rows(r.data(), r.size());
    constexpr WeightTypes t = weight_types<W, B, Options...>();
    WeightLayout<L> blob{.alignment = t.alignment, .count = L};
    blob.bytes = layout_weights(r.data(), r.size(), totals<N>.layers, t, blob.layers.data());
    return blob;
}

}  // namespace detail

/// The weight blob of N: each layer's weights (W), biases and statistics (B) and, as options
/// ask, per-channel quantization parameters, each tensor aligned (see the top of this file). A
/// constant WeightLayout<...>: `bytes`, and `layers[k]` with the row, and each tensor's offset,
/// bytes and values.
template <class N, class W = float, class B = W, class... Options>
inline constexpr auto weight_layout = detail::make_weight_layout<N, W, B, Options...>();

/// The bytes of N's weight blob: weight_layout<N, W, B, Options...>.bytes.
template <class N, class W = float, class B = W, class... Options>
inline constexpr std::uint64_t weight_blob_bytes = weight_layout<N, W, B, Options...>.bytes;

}  // namespace ctnn
