#pragma once
// ctnn/analysis/params.hpp: parameter counts.
//
// Conventions (docs/conventions.md): `params` are the learnable parameters, as papers and
// PyTorch's sum(p.numel() for p in model.parameters()) count them: weights, biases, and
// BatchNorm's scale and shift, frozen or not. Keras splits them: `trainable_params` are those
// outside Frozen blocks, and `non_trainable_params` are BatchNorm's moving mean and variance
// (PyTorch buffers) plus the `frozen_params`. `total_params` is every parameter and statistic
// once: trainable + non-trainable, Keras' "Total params" and count_params().

#include <cstddef>
#include <cstdint>

#include <ctnn/analysis/shapes.hpp>
#include <ctnn/analysis/table.hpp>

namespace ctnn {

/// Learnable parameters of N (weights + biases, BatchNorm scale and shift included).
template <class N>
inline constexpr std::uint64_t params = totals<N>.params;
/// params - frozen_params: Keras' and torchinfo's "Trainable params" (params when nothing is
/// frozen).
template <class N>
inline constexpr std::uint64_t trainable_params = totals<N>.trainable;
/// Learnable parameters inside Frozen blocks (Keras trainable=False, PyTorch
/// requires_grad=False).
template <class N>
inline constexpr std::uint64_t frozen_params = totals<N>.frozen;
/// Non-trainable parameters of N: moving statistics (BatchNorm's mean and variance) plus
/// frozen_params (Keras' "Non-trainable params").
template <class N>
inline constexpr std::uint64_t non_trainable_params = totals<N>.non_trainable;
/// trainable_params + non_trainable_params = params + moving statistics: Keras' "Total
/// params".
template <class N>
inline constexpr std::uint64_t total_params = totals<N>.total_params;
/// Learnable weights of N (params without the biases).
template <class N>
inline constexpr std::uint64_t weights = totals<N>.weights;
/// Learnable biases of N (BatchNorm's shift included).
template <class N>
inline constexpr std::uint64_t biases = totals<N>.biases;

/// Learnable parameters of layer I (0 = the input, which has none).
template <class N, std::size_t I>
inline constexpr std::uint64_t params_at = detail::row_at<N, I>().params();
/// Weights of layer I.
template <class N, std::size_t I>
inline constexpr std::uint64_t weights_at = detail::row_at<N, I>().weights;
/// Biases of layer I.
template <class N, std::size_t I>
inline constexpr std::uint64_t biases_at = detail::row_at<N, I>().biases;
/// Non-trainable parameters of layer I (statistics + frozen).
template <class N, std::size_t I>
inline constexpr std::uint64_t non_trainable_params_at = detail::row_at<N, I>().non_trainable;
/// Trainable parameters of layer I.
template <class N, std::size_t I>
inline constexpr std::uint64_t trainable_params_at = detail::row_at<N, I>().trainable();
/// Frozen parameters of layer I.
template <class N, std::size_t I>
inline constexpr std::uint64_t frozen_params_at = detail::row_at<N, I>().frozen;

}  // namespace ctnn
