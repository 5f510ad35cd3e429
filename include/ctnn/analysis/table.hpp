#pragma once
// ctnn/analysis/table.hpp: the checked per-layer table of a network, which every query reads.

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

#include <ctnn/analysis/row.hpp>
#include <ctnn/analysis/walk.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/detail/type_name.hpp>

namespace ctnn {

/// A Net<Input<...>, ...> or a type derived from one (a named model).
template <class N>
concept network = detail::derived_from_net<N>;

namespace detail {

/// Where fault F of network N is: `at`, its at_layer<...> (or deeper_inside<at_layer<...>> when
/// the fault is nested deeper than max_path levels), and `layer`, the element of N at its path
/// (the innermost known one). Both void when there is no fault, so that a valid network never
/// indexes its pack.
template <class N, Fault F, class Positions>
struct fault_site_at;
/// Whether the input of Net N looks written C x H x W (see input_looks_CxHxW_write_HxWxC).
template <class Net>
inline constexpr bool channels_first_input = false;
template <int D0, int D1, int D2, class... Ls>
inline constexpr bool channels_first_input<Net<Input<D0, D1, D2>, Ls...>> =
    (D0 == 1 || D0 == 3) && D2 >= 16;

template <class N, Fault F, std::size_t... K>
struct fault_site_at<N, F, std::index_sequence<K...>> {
    using path = at_layer<F.path[0], F.path[K + 1]...>;
    using known = std::conditional_t<(F.depth > max_path), deeper_inside<path>, path>;
    using at = std::conditional_t<channels_first_input<net_of<N>>,
                                  input_looks_CxHxW_write_HxWxC<known>, known>;
    using layer =
        typename descend<typename element_of<net_of<N>, F.path[0]>::type, F.path[K + 1]...>::type;
};
template <class N, Fault F, bool Faulty>  // (no default argument: it crashes g++ 12)
struct fault_site {
    using at = void;
    using layer = void;
};
template <class N, Fault F>
struct fault_site<N, F, true>
    : fault_site_at<N, F,
                    std::make_index_sequence<static_cast<std::size_t>(
                        (F.depth < max_path ? F.depth : max_path) - 1)>> {};

/// The error to raise for fault F at `Site` (no_error without a fault).
template <class Site, Fault F, bool Faulty>
struct fault_error {
    using type = error::no_error;
};
template <class Site, Fault F>
struct fault_error<Site, F, true> {
    using type = typename error_of<typename Site::at, typename Site::layer, F.issue>::type;
};

/// The Net of N, or Net<> when N is not a network (whose error not_a_network then says so).
template <class N, bool = derived_from_net<N>>
struct net_or_none {
    using type = Net<>;
};
template <class N>
struct net_or_none<N, true> {
    using type = net_of<N>;
};

template <class N>
constexpr auto build_table() noexcept {
    using net = typename net_or_none<N>::type;
    if constexpr (net_layers<net>::starts_with_input)
        return walk(static_cast<const net*>(nullptr));
    else
        return table<1, 0>{};
}

/// The table of N, built once per network type; an invalid network fails here, in one
/// static_assert whose first lines name the layer and the numbers (core/diagnostics.hpp). Every
/// query and report reaches N through here, so what is not a network (a type named by mistake,
/// or one whose Net<...> did not compile) is one error, not_a_network, rather than a screen of
/// unsatisfied constraints per query.
template <class N>
struct analysis {
    static_assert(error::check<derived_from_net<N>, error::not_a_network<N>>::raised);
    static_assert(error::check<!derived_from_net<N> ||
                                   net_layers<typename net_or_none<N>::type>::starts_with_input,
                               error::network_must_start_with_Input<
                                   typename net_layers<typename net_or_none<N>::type>::first>>::raised);
    static constexpr auto value = build_table<N>();
    static constexpr bool faulty = static_cast<bool>(value.fault);
    using site = fault_site<N, value.fault, faulty>;
    // No fault: no_error. A fault: its error template, whose static_assert fires with the
    // layer's index, the layer and the numbers in its template arguments.
    static_assert(fault_error<site, value.fault, faulty>::type::raised,
                  "ctnn: invalid network (the error above names the layer and the numbers)");
};

template <class N>
constexpr std::string_view network_name() noexcept {
    if constexpr (requires { std::string_view{N::name}; })
        return N::name;
    else if constexpr (std::is_same_v<N, typename net_or_none<N>::type>)
        return "Net";
    else
        return type_name<N>();
}

}  // namespace detail

// Queries take any type N (not `template <network N>`): what is not a network is the one error
// of analysis<N>, not_a_network<N>.

/// The per-layer rows of N, row 0 being the Input: a constexpr std::array<Row, ...>.
template <class N>
inline constexpr const auto& rows = detail::analysis<N>::value.rows;

/// The sums over all layers of N (see Totals).
template <class N>
inline constexpr const Totals& totals = detail::analysis<N>::value.totals;

/// The network's display name: its own `name` member if it has one, the class name of a named
/// model (`VGG16`), or "Net" for an unnamed Net<...>.
template <class N>
inline constexpr std::string_view network_name = detail::network_name<N>();

}  // namespace ctnn
