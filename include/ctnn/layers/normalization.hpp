#pragma once
// ctnn/layers/normalization.hpp: normalization layers.

#include <cstdint>
#include <string_view>

#include <ctnn/core/checked.hpp>
#include <ctnn/core/costs.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/core/shape.hpp>

namespace ctnn {

/// BatchNorm: per-channel batch normalization (PyTorch BatchNorm2d/1d, Keras BatchNormalization).
///
/// Input: anything; C = the channels of a map, or the length of a flat vector. Output = input.
/// Parameters: 2*C learnable, counted as weights C (scale, gamma) and biases C (shift, beta);
///   2*C non-trainable (moving mean and variance): PyTorch buffers, Keras "non-trainable".
/// Runs in place at inference (no new buffer): 2 operations per value (multiply, add).
struct BatchNorm {
    static constexpr std::string_view name = "BatchNorm";
    static constexpr bool in_place = true;
    static constexpr Shape output_shape(const Shape& in) noexcept { return in; }
    static constexpr std::uint64_t weights(const Shape& in) noexcept { return in.c; }
    static constexpr std::uint64_t biases(const Shape& in) noexcept { return in.c; }
    static constexpr std::uint64_t non_trainable_params(const Shape& in) noexcept {
        return checked_mul(2, in.c);
    }
    static constexpr Ops ops(const Shape& in) noexcept {
        return {.normalization = checked_mul(2, in.size())};
    }
    /// All of the above at once, for the walk.
    static constexpr detail::evaluation evaluate(const Shape& in) noexcept {
        detail::evaluation e;
        e.output = in;
        e.weights = e.biases = in.c;
        e.non_trainable = checked_mul(2, in.c);
        e.in_place = true;
        e.ops.normalization = checked_mul(2, in.size());
        return e;
    }
};

/// LRN: local response normalization across channels (AlexNet, Caffe's LRN layer).
/// Output = input; no parameters (its size 5, alpha, beta and k are fixed constants). Writes a
/// new buffer, as Caffe's norm1/norm2 blobs. 7 operations per value: 5 multiply-adds for the
/// sum of squares across channels, a power and a multiply.
struct LRN {
    static constexpr std::string_view name = "LRN";
    static constexpr Shape output_shape(const Shape& in) noexcept { return in; }
    static constexpr Ops ops(const Shape& in) noexcept {
        return {.normalization = checked_mul(7, in.size())};
    }
};

}  // namespace ctnn
