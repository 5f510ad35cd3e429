#pragma once
// ctnn/analysis/params.hpp: parameter counts.
//
// Conventions (docs/conventions.md): `params` are the learnable parameters, as papers and
// PyTorch's sum(p.numel() for p in model.parameters()) count them: weights, biases, and
// BatchNorm's scale and shift. BatchNorm's moving mean and variance are `non_trainable_params`
// (PyTorch buffers, Keras "Non-trainable params"). `total_params` is both: Keras' "Total params"
// and count_params().

#include <cstddef>
#include <cstdint>

#include <ctnn/analysis/shapes.hpp>
#include <ctnn/analysis/table.hpp>

namespace ctnn {

/// Learnable parameters of N (weights + biases, BatchNorm scale and shift included).
template <network N>
inline constexpr std::uint64_t params = totals<N>.params;
/// Same as params: Keras' "Trainable params".
template <network N>
inline constexpr std::uint64_t trainable_params = totals<N>.params;
/// Non-trainable parameters of N: BatchNorm's moving mean and variance.
template <network N>
inline constexpr std::uint64_t non_trainable_params = totals<N>.non_trainable;
/// params + non_trainable_params: Keras' "Total params".
template <network N>
inline constexpr std::uint64_t total_params = totals<N>.total_params;
/// Learnable weights of N (params without the biases).
template <network N>
inline constexpr std::uint64_t weights = totals<N>.weights;
/// Learnable biases of N (BatchNorm's shift included).
template <network N>
inline constexpr std::uint64_t biases = totals<N>.biases;

/// Learnable parameters of layer I (0 = the input, which has none).
template <network N, std::size_t I>
inline constexpr std::uint64_t params_at = detail::row_at<N, I>().params();
/// Weights of layer I.
template <network N, std::size_t I>
inline constexpr std::uint64_t weights_at = detail::row_at<N, I>().weights;
/// Biases of layer I.
template <network N, std::size_t I>
inline constexpr std::uint64_t biases_at = detail::row_at<N, I>().biases;
/// Non-trainable parameters of layer I.
template <network N, std::size_t I>
inline constexpr std::uint64_t non_trainable_params_at = detail::row_at<N, I>().non_trainable;

}  // namespace ctnn
