#pragma once
// ctnn/analysis/shapes.hpp: shapes and layer counts.

#include <cstddef>
#include <string_view>

#include <ctnn/analysis/table.hpp>
#include <ctnn/core/shape.hpp>

namespace ctnn {

template <std::size_t I>
struct layer_index;

namespace detail {
/// Row I of N's table; an index past layer_count<N> is a compile error naming both.
template <class N, std::size_t I>
constexpr const Row& row_at() noexcept {
    static_assert(
        error::check<(I <= totals<N>.layers), error::layer_index_out_of_range<N, layer_index<I>>>::raised);
    return rows<N>[detail::analysis<N>::value.top[I]];
}
}  // namespace detail

/// Number of layers of N after its Input (VGG-16 written with its ReLUs: 38).
template <class N>
inline constexpr std::size_t layer_count = totals<N>.layers;

/// Shape of N's input.
template <class N>
inline constexpr Shape input_shape = rows<N>[0].output;

/// Shape of N's output (the input's when N has no layers).
template <class N>
inline constexpr Shape output_shape = detail::row_at<N, totals<N>.layers>().output;

/// Output shape of layer I: I = 0 is the input, I = layer_count<N> the output.
template <class N, std::size_t I>
inline constexpr Shape shape_at = detail::row_at<N, I>().output;

/// Display name of layer I as written, e.g. "Conv 3x3/1 p1, 64".
template <class N, std::size_t I>
inline constexpr std::string_view name_at = detail::row_at<N, I>().name;

}  // namespace ctnn
