#pragma once
// ctnn/analysis/budget.hpp: holding a network to a budget at compile time.
//
//     static_assert(ctnn::fits<KeywordSpotter,
//                              ctnn::Budget{.param_bytes = 1 * ctnn::MiB,
//                                           .peak_activation_bytes = 256 * ctnn::KiB},
//                              std::int8_t>);
//
// Each limit that is exceeded is a compile error naming the network, the budget, the value and
// the limit: network_exceeds_its_budget<KeywordSpotter, peak_activation_bytes_budget,
// value<301056>, limit<262144>>. Byte limits are for the element type T (default float).

#include <cstdint>

#include <ctnn/analysis/memory.hpp>
#include <ctnn/analysis/ops.hpp>
#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/table.hpp>
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
};

namespace detail {
template <class N, class Which, std::uint64_t Value, std::uint64_t Limit>
using within = error::check<(Value <= Limit), error::network_exceeds_its_budget<
                                                  N, Which, error::value<Value>, error::limit<Limit>>>;

template <class N, Budget B, class T>
constexpr bool check_budget() noexcept {
    static_assert(within<N, error::params_budget, params<N>, B.params>::raised);
    static_assert(within<N, error::param_bytes_budget, param_bytes<N, T>, B.param_bytes>::raised);
    static_assert(within<N, error::peak_activation_bytes_budget, peak_activation_bytes<N, T>,
                         B.peak_activation_bytes>::raised);
    static_assert(within<N, error::activation_bytes_budget, activation_bytes<N, T>,
                         B.activation_bytes>::raised);
    static_assert(within<N, error::macs_budget, macs<N>, B.macs>::raised);
    return true;
}
}  // namespace detail

/// True when N stays within every limit of B with T values; otherwise a compile error for each
/// limit exceeded.
template <class N, Budget B, class T = float>
inline constexpr bool fits = detail::check_budget<N, B, T>();

}  // namespace ctnn
