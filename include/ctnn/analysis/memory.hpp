#pragma once
// ctnn/analysis/memory.hpp: activation and parameter memory.
//
// Convention (docs/conventions.md): the activation count is the input plus the output of every
// layer that writes a new buffer. Layers that frameworks run in place (activations, Dropout,
// BatchNorm at inference) and views (Flatten) add nothing. This is the counting of the CS231n
// notes' VGG-16 walk-through: 15,237,608 values for VGG-16 at 224x224 (about 61 MB as float32).
// It is the memory of keeping every activation at once (as for a backward pass), not the peak
// of an inference that frees buffers.

#include <cstddef>
#include <cstdint>

#include <ctnn/analysis/shapes.hpp>
#include <ctnn/analysis/table.hpp>
#include <ctnn/core/checked.hpp>

namespace ctnn {

/// Activation values of N: the input plus every output not computed in place.
template <network N>
inline constexpr std::uint64_t activations = totals<N>.activations;

/// Values layer I adds to activation memory: its output size, or 0 when it runs in place.
template <network N, std::size_t I>
inline constexpr std::uint64_t activations_at = detail::row_at<N, I>().activations;

/// Size of layer I's output tensor (for I = 0, of the input), in place or not.
template <network N, std::size_t I>
inline constexpr std::uint64_t output_values_at = detail::row_at<N, I>().outputs;

namespace detail {
/// Count * Size, where an overflow is a compile error naming the network and the numbers.
template <class N, std::uint64_t Count, std::size_t Size>
constexpr std::uint64_t bytes_of() noexcept {
    constexpr std::uint64_t bytes = checked_mul(Count, Size);
    static_assert(error::require<bytes != count_overflow,
                                 error::byte_count_overflows_64_bits<
                                     N, error::values<Count>, error::bytes_per_value<Size>>>());
    return bytes;
}
}  // namespace detail

/// Bytes of all activations (see `activations`) when each value is a T (default float).
template <network N, class T = float>
inline constexpr std::uint64_t activation_bytes =
    detail::bytes_of<N, activations<N>, sizeof(T)>();

/// Bytes of all parameters, learnable and non-trainable (what a weights file holds), when each
/// is a T (default float).
template <network N, class T = float>
inline constexpr std::uint64_t param_bytes = detail::bytes_of<N, totals<N>.total_params, sizeof(T)>();

}  // namespace ctnn
