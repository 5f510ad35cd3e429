#pragma once
// ctnn/analysis/budget.hpp: holding a network to a budget at compile time.
//
//     static_assert(ctnn::fits<KeywordSpotter,
//                              ctnn::Budget{.param_bytes = 1 * ctnn::MiB,
//                                           .peak_activation_bytes = 256 * ctnn::KiB},
//                              std::int8_t>);
//
// Each limit that is exceeded is a compile error naming the network, the budget, the value, the
// limit and the excess: network_exceeds_its_budget<KeywordSpotter, peak_activation_bytes_budget,
// value<301056>, limit<262144>, exceeded_by<38912>>. Byte limits are for the element type T
// (default float). The arena and weight-blob limits plan the arena (analysis/arena.hpp) and lay
// out the blob (analysis/weights.hpp) only when the budget sets them.

#include <cstdint>

#include <ctnn/analysis/arena.hpp>
#include <ctnn/analysis/memory.hpp>
#include <ctnn/analysis/ops.hpp>
#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/table.hpp>
#include <ctnn/analysis/weights.hpp>
#include <ctnn/core/checked.hpp>
#include <ctnn/core/diagnostics.hpp>

namespace ctnn {

/// A limit that is never reached.
inline constexpr std::uint64_t unlimited = count_overflow;
inline constexpr std::uint64_t KiB = 1024;
inline constexpr std::uint64_t MiB = 1024 * KiB;
inline constexpr std::uint64_t GiB = 1024 * MiB;

/// Budget: the most a network may use; leave a field out for no limit. A structural type, so it
/// is written in the template argument of `fits`.
struct Budget {
    std::uint64_t params = unlimited;                 ///< learnable parameters
    std::uint64_t param_bytes = unlimited;            ///< all parameters, statistics included (flash)
    std::uint64_t peak_activation_bytes = unlimited;  ///< the activation arena (RAM)
    std::uint64_t activation_bytes = unlimited;       ///< every activation kept (training estimate)
    std::uint64_t macs = unlimited;                   ///< multiply-accumulates per input
    std::uint64_t arena_bytes = unlimited;            ///< the planned arena (arena_bytes<N, T>)
    std::uint64_t weight_blob_bytes = unlimited;      ///< the weight blob, W = B = T (weight_blob_bytes<N, T>)
};

namespace detail {
template <class N, class Which, std::uint64_t Value, std::uint64_t Limit>
using within = error::check<
    (Value <= Limit), error::network_exceeds_its_budget<N, Which, error::value<Value>, error::limit<Limit>,
                                                        error::exceeded_by<(Value > Limit ? Value - Limit : 0)>>>;

template <class N, Budget B, class T>
constexpr bool check_budget() noexcept {
    static_assert(within<N, error::params_budget, params<N>, B.params>::raised);
    static_assert(within<N, error::param_bytes_budget, param_bytes<N, T>, B.param_bytes>::raised);
    static_assert(within<N, error::peak_activation_bytes_budget, peak_activation_bytes<N, T>,
                         B.peak_activation_bytes>::raised);
    static_assert(within<N, error::activation_bytes_budget, activation_bytes<N, T>,
                         B.activation_bytes>::raised);
    static_assert(within<N, error::macs_budget, macs<N>, B.macs>::raised);
    if constexpr (B.arena_bytes != unlimited)
        static_assert(within<N, error::arena_bytes_budget, arena_bytes<N, T>, B.arena_bytes>::raised);
    if constexpr (B.weight_blob_bytes != unlimited)
        static_assert(within<N, error::weight_blob_bytes_budget, weight_blob_bytes<N, T>,
                             B.weight_blob_bytes>::raised);
    return true;
}
}  // namespace detail

/// True when N stays within every limit of B with T values; otherwise a compile error for each
/// limit exceeded.
template <class N, Budget B, class T = float>
inline constexpr bool fits = detail::check_budget<N, B, T>();

}  // namespace ctnn
