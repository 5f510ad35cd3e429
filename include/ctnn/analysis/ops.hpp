#pragma once
// ctnn/analysis/ops.hpp: multiply-accumulates and other operations, for one input (batch 1).
//
// Conventions (core/costs.hpp, docs/conventions.md): `macs` are the multiply-accumulates of
// convolutions and fully connected layers only, as torchvision's "GFLOPS" column and most
// papers' "FLOPs" ("multiply-adds") count them; `flops` are 2 * macs; biases, normalization,
// pooling, activations and elementwise sums and products are counted separately in `ops`, and
// `total_ops` adds everything, a multiply-accumulate counting as two.

#include <cstddef>
#include <cstdint>

#include <ctnn/analysis/memory.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/analysis/table.hpp>
#include <ctnn/core/checked.hpp>
#include <ctnn/core/costs.hpp>

namespace ctnn {

/// Multiply-accumulates of the convolutions and FC layers of N.
template <class N>
inline constexpr std::uint64_t macs = totals<N>.ops.macs;

/// 2 * macs<N>: one multiplication and one addition each.
template <class N>
inline constexpr std::uint64_t flops = detail::scaled<N, totals<N>.ops.macs, 2>();

/// Every operation of N by kind (macs, bias, normalization, pooling, activation, elementwise).
template <class N>
inline constexpr Ops ops = totals<N>.ops;

/// Every operation of N, a multiply-accumulate counting as two.
template <class N>
inline constexpr std::uint64_t total_ops = totals<N>.ops.total();

/// Multiply-accumulates of layer I (a block's are its layers').
template <class N, std::size_t I>
inline constexpr std::uint64_t macs_at = detail::row_at<N, I>().ops.macs;

/// Operations of layer I by kind.
template <class N, std::size_t I>
inline constexpr Ops ops_at = detail::row_at<N, I>().ops;

}  // namespace ctnn
