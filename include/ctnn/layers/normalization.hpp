#pragma once
// ctnn/layers/normalization.hpp: normalization layers.

#include <cstdint>
#include <string_view>

#include <ctnn/core/checked.hpp>
#include <ctnn/core/shape.hpp>

namespace ctnn {

/// BatchNorm: per-channel batch normalization (PyTorch BatchNorm2d/1d, Keras BatchNormalization).
///
/// Input: anything; C = the channels of a map, or the length of a flat vector. Output = input.
/// Parameters: 2*C learnable, counted as weights C (scale, gamma) and biases C (shift, beta);
///   2*C non-trainable (moving mean and variance): PyTorch buffers, Keras "non-trainable".
/// Runs in place at inference (no new buffer).
struct BatchNorm {
    static constexpr std::string_view name = "BatchNorm";
    static constexpr bool in_place = true;
    static constexpr Shape output_shape(const Shape& in) noexcept { return in; }
    static constexpr std::uint64_t weights(const Shape& in) noexcept { return in.c; }
    static constexpr std::uint64_t biases(const Shape& in) noexcept { return in.c; }
    static constexpr std::uint64_t non_trainable_params(const Shape& in) noexcept {
        return checked_mul(2, in.c);
    }
};

/// LRN: local response normalization across channels (AlexNet, Caffe's LRN layer).
/// Output = input; no parameters (its size, alpha, beta and k are fixed constants). Writes a
/// new buffer, as Caffe's norm1/norm2 blobs.
struct LRN {
    static constexpr std::string_view name = "LRN";
    static constexpr Shape output_shape(const Shape& in) noexcept { return in; }
};

}  // namespace ctnn
