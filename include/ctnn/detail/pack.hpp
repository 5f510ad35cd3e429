#pragma once
// ctnn/detail/pack.hpp: the I-th type of a pack, without recursion (cost linear in the pack).
// Used only to name the offending layer when an error is reported.

#include <cstddef>
#include <utility>

namespace ctnn::detail {

template <std::size_t I, class T>
struct indexed {
    using type = T;
};

template <class Seq, class... Ts>
struct indexer;
template <std::size_t... Is, class... Ts>
struct indexer<std::index_sequence<Is...>, Ts...> : indexed<Is, Ts>... {};

template <std::size_t I, class T>
indexed<I, T> select(const indexed<I, T>&);

/// The I-th (0-based) type of Ts...
template <std::size_t I, class... Ts>
using pack_at =
    typename decltype(select<I>(indexer<std::index_sequence_for<Ts...>, Ts...>{}))::type;

}  // namespace ctnn::detail
