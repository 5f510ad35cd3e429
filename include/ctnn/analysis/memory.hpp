#pragma once
// ctnn/analysis/memory.hpp: activation and parameter memory.
//
// Convention (docs/conventions.md): the activation count is the input plus the output of every
// layer that writes a new buffer. Layers that frameworks run in place (activations, Dropout,
// BatchNorm at inference) and views (Flatten) add nothing. This is the counting of the CS231n
// notes' VGG-16 walk-through: 15,237,608 values for VGG-16 at 224x224 (about 61 MB as float32).
// It is the memory of keeping every activation at once (as for a backward pass, and a training
// estimate for that reason), not the peak of an inference that frees buffers: that is
// `peak_activations`.
//
// Peak inference memory: the layers run in order; a layer that writes a new buffer holds its
// input and its output while it runs, then its input is freed if nothing else needs it; a
// tensor that a later layer still needs (a residual shortcut's input, a concat's branches) stays
// held until that use; layers that frameworks run in place (activations, BatchNorm at
// inference) overwrite an input nothing else needs, and views (Flatten, Dropout, Identity)
// hold nothing. The input counts as a buffer, freed after its last use; the output stays.
// The peak is the most values held at any moment: the arena an inference runtime needs.
//
// Element types: any T (sizeof(T) bytes per value), e.g. float, std::int8_t, double, or
// ctnn::float16 / ctnn::bfloat16 / ctnn::bytes_per_value<B>.

#include <cstddef>
#include <cstdint>

#include <ctnn/analysis/shapes.hpp>
#include <ctnn/analysis/table.hpp>
#include <ctnn/core/checked.hpp>

namespace ctnn {

/// Activation values of N: the input plus every output not computed in place.
template <class N>
inline constexpr std::uint64_t activations = totals<N>.activations;

/// Values layer I adds to activation memory: its output size, or 0 when it runs in place.
template <class N, std::size_t I>
inline constexpr std::uint64_t activations_at = detail::row_at<N, I>().activations;

/// Size of layer I's output tensor (for I = 0, of the input), in place or not.
template <class N, std::size_t I>
inline constexpr std::uint64_t output_values_at = detail::row_at<N, I>().outputs;

/// A value of B bytes, as an element type for the byte queries.
template <std::size_t B>
struct bytes_per_value {
    unsigned char storage[B];
};
/// IEEE half precision and bfloat16: two bytes per value.
using float16 = bytes_per_value<2>;
using bfloat16 = bytes_per_value<2>;

namespace detail {
/// Count * Factor, where an overflow is a compile error naming the network and the numbers.
template <class N, std::uint64_t Count, std::uint64_t Factor>
constexpr std::uint64_t scaled() noexcept {
    constexpr std::uint64_t product = checked_mul(Count, Factor);
    static_assert(error::check<product != count_overflow,
                               error::count_times_factor_overflows_64_bits<
                                   N, error::count<Count>, error::times<Factor>>>::raised);
    return product;
}
}  // namespace detail

/// Bytes of all activations (see `activations`) when each value is a T (default float).
template <class N, class T = float>
inline constexpr std::uint64_t activation_bytes =
    detail::scaled<N, activations<N>, sizeof(T)>();

/// Bytes of all parameters, learnable and non-trainable (what a weights file holds), when each
/// is a T (default float).
template <class N, class T = float>
inline constexpr std::uint64_t param_bytes = detail::scaled<N, totals<N>.total_params, sizeof(T)>();

/// The most activation values held at once during an inference (see above).
template <class N>
inline constexpr std::uint64_t peak_activations = totals<N>.peak;

/// Bytes of the peak: what a static arena for N's activations needs, e.g.
/// `std::array<std::byte, ctnn::peak_activation_bytes<Net, std::int8_t>> arena;`.
template <class N, class T = float>
inline constexpr std::uint64_t peak_activation_bytes =
    detail::scaled<N, totals<N>.peak, sizeof(T)>();

/// The most values held while layer I runs (for a block, the most during the block).
template <class N, std::size_t I>
inline constexpr std::uint64_t live_at = detail::row_at<N, I>().live;

}  // namespace ctnn
