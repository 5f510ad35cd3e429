#pragma once
// ctnn/analysis/receptive_field.hpp: receptive fields.
//
// The receptive field of a position of a layer's output is the region of the network's input
// it depends on (Araujo, Norris & Sim, "Computing Receptive Fields of Convolutional Neural
// Networks", Distill 2019). Along each axis, through a layer with kernel k, dilation d,
// stride s and padding p before:
//     size  += d*(k-1) * jump      jump *= s      start -= p * jump
// starting from size 1, jump 1, start 0 at the input. Where branches merge (Residual, Concat,
// ChannelSplit, Gate), the field is the larger one. Global pooling and FC on a map see the whole
// map; after that the field no longer changes. Adaptive pooling is exact when its output
// divides its input, and otherwise counted with its largest window.

#include <cstddef>

#include <ctnn/analysis/shapes.hpp>
#include <ctnn/analysis/table.hpp>
#include <ctnn/core/costs.hpp>

namespace ctnn {

/// The receptive field of one position of N's output.
template <class N>
inline constexpr Field receptive_field = totals<N>.field;

/// The receptive field of one position of layer I's output.
template <class N, std::size_t I>
inline constexpr Field receptive_field_at = detail::row_at<N, I>().field;

}  // namespace ctnn
