#pragma once
// ctnn/compose/walk.hpp: the one walk over a network, producing the per-layer row table.
//
// Every query and every report reads the table built here. How it stays linear in the number of
// layers (measurements in docs/performance.md):
//   - the layers of Net<Ls...> are expanded once, in braces, into a constexpr array of pointers
//     to `node`s; a node (a name and a pointer to the layer's evaluation function) is a variable
//     template instantiated once per *distinct* layer type;
//   - a plain constexpr loop walks that array and computes every shape, every row and all totals
//     in one pass; totals are summed in 128 bits and checked for overflow once, at the end;
//   - nothing recurses over the layer list, folds over it or turns it into a type list, and the
//     fast path builds no diagnostic objects: the numbers of an error are gathered only once
//     the walk has stopped at the faulty layer.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include <ctnn/compose/net.hpp>
#include <ctnn/core/checked.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/pack.hpp>
#include <ctnn/layers/input.hpp>

namespace ctnn {

/// Row: what the analysis knows about one layer, the unit of every report.
///
/// `index` is the index `shape_at` takes (0 = the input, 1 = the first layer after it).
/// `outputs` is the size of the layer's output tensor; `activations` is what the layer adds to
/// activation memory: `outputs`, or 0 when the layer runs in place (activations, Dropout,
/// BatchNorm at inference, Flatten), so that the sum of `activations` over all rows, input
/// included, is the network's activation count.
struct Row {
    std::size_t index = 0;
    int depth = 0;  ///< nesting depth: 0 for the layers of the Net itself
    std::string_view name;
    Shape input;
    Shape output;
    std::uint64_t weights = 0;
    std::uint64_t biases = 0;
    std::uint64_t non_trainable = 0;
    std::uint64_t outputs = 0;
    std::uint64_t activations = 0;
    bool in_place = false;

    /// Learnable parameters: weights + biases.
    constexpr std::uint64_t params() const noexcept { return checked_add(weights, biases); }
    /// Learnable plus non-trainable (Keras' "Param #" column).
    constexpr std::uint64_t total_params() const noexcept {
        return checked_add(params(), non_trainable);
    }
};

/// Totals: the sums over all layers, computed in the same pass as the rows.
struct Totals {
    std::size_t layers = 0;           ///< layers after the Input (layer_count)
    std::uint64_t weights = 0;
    std::uint64_t biases = 0;
    std::uint64_t params = 0;         ///< learnable: weights + biases
    std::uint64_t non_trainable = 0;  ///< e.g. BatchNorm moving statistics
    std::uint64_t total_params = 0;   ///< params + non_trainable
    std::uint64_t activations = 0;    ///< input values + every stored (not in-place) output
};

namespace detail {

__extension__ using wide = unsigned __int128;  // sums that cannot overflow before we check them

enum class node_kind : unsigned char { leaf, input, not_a_layer };

/// What one leaf layer gives for one input shape (the fast path: no diagnostic numbers).
struct leaf_result {
    problem fault = problem::none;
    Shape output;
    std::uint64_t weights = 0;
    std::uint64_t biases = 0;
    std::uint64_t non_trainable = 0;
    bool in_place = false;
};

template <class L>
constexpr leaf_result evaluate_leaf(const Shape& in) noexcept {
    if constexpr (requires { L::check(in); } || requires { L::accepts(in); }) {
        if (const problem p = check_of<L>(in).kind; p != problem::none) return {p, {}, 0, 0, 0, false};
    }
    return {problem::none,         L::output_shape(in),        weights_of<L>(in),
            biases_of<L>(in),      non_trainable_of<L>(in),    in_place_of<L>()};
}

/// One element of a network, type-erased for the walk.
struct node {
    node_kind kind = node_kind::leaf;
    std::string_view name;
    leaf_result (*evaluate)(const Shape&) = nullptr;
    Issue (*diagnose)(const Shape&) = nullptr;  ///< the numbers of a fault, on the error path only
    long long detail = 0;                       ///< not_a_layer: which requirement is missing
};

template <class T>
struct is_input : std::false_type {};
template <int... D>
struct is_input<Input<D...>> : std::true_type {};

template <class T>
constexpr node make_node() noexcept {
    if constexpr (is_input<T>::value)
        return {node_kind::input, T::name, nullptr, nullptr, 0};
    else if constexpr (layer<T>)
        return {node_kind::leaf, std::string_view{T::name}, &evaluate_leaf<T>, &check_of<T>, 0};
    else
        return {node_kind::not_a_layer, "(not a layer)", nullptr, nullptr,
                requires { std::string_view{T::name}; } ? 1 : 0};
}

template <class T>
inline constexpr node node_of = make_node<T>();

// ---- from a query's argument to its Net --------------------------------------------------

template <class... Ls>
Net<Ls...> as_net(const Net<Ls...>*);

template <class N>
concept derived_from_net = requires(const N* p) { as_net(p); };

template <class N>
using net_of = decltype(as_net(static_cast<const N*>(nullptr)));

template <class N>
struct net_layers;
template <>
struct net_layers<Net<>> {
    static constexpr bool starts_with_input = false;
    using first = void;
};
template <class First, class... Rest>
struct net_layers<Net<First, Rest...>> {
    static constexpr bool starts_with_input = is_input<First>::value;
    using first = First;
};

/// The I-th element of a Net (I = 0 is the Input). Used on the error path only: a member alias
/// template of net_layers naming the whole pack cost g++ seconds per 10,000 layers even unused.
template <class N, std::size_t I>
struct element_of;
template <class... Ls, std::size_t I>
struct element_of<Net<Ls...>, I> {
    using type = pack_at<I, Ls...>;
};

// ---- the walk ------------------------------------------------------------------------------

template <std::size_t R>
struct table {
    std::array<Row, R> rows{};
    Totals totals{};
    Fault fault{};
};

constexpr Fault fault_at(const Issue& i, std::size_t index) noexcept {
    Fault f;
    f.issue = i;
    f.path[0] = static_cast<int>(index);
    f.depth = 1;
    return f;
}

/// The first row at which a running total passes 2^64 - 1 (error path only).
template <std::size_t R>
constexpr Fault find_overflow(const std::array<Row, R>& rows) noexcept {
    wide params = 0, values = 0;
    for (std::size_t i = 0; i < R; ++i) {
        const Row& r = rows[i];
        values += r.activations;
        params += wide{r.weights} + r.biases + r.non_trainable;
        if (r.outputs == count_overflow || values >= count_overflow)
            return fault_at(issue(problem::count_overflow, r.input, 0), i);
        if (params >= count_overflow) return fault_at(issue(problem::count_overflow, r.input, 1), i);
    }
    return Fault{};
}

/// Walks the L layers after Input `In`, given as node pointers (the walk's one loop).
template <class In, std::size_t L>
constexpr table<L + 1> walk_nodes(const node* const* nodes) noexcept {
    table<L + 1> t;
    t.totals.layers = L;
    Shape current = In::shape;
    t.rows[0] = Row{0, 0, In::name, current, current, 0, 0, 0, current.size(), current.size(), false};
    if (!In::valid) {
        Issue i{problem::input_dims_not_positive, {}};
        for (std::size_t d = 0; d < In::written.size(); ++d) i.v[4 + d] = In::written[d];
        i.v[7] = static_cast<long long>(In::written.size());
        t.fault = fault_at(i, 0);
        return t;
    }
    wide weights = 0, biases = 0, non_trainable = 0, values = current.size();
    for (std::size_t i = 0; i < L; ++i) {
        const node& n = *nodes[i];
        if (n.kind != node_kind::leaf) {
            Issue p{n.kind == node_kind::input ? problem::input_not_first : problem::not_a_layer, {}};
            p.v[4] = n.detail;
            t.fault = fault_at(p, i + 1);
            return t;
        }
        const leaf_result r = n.evaluate(current);
        if (r.fault != problem::none) {
            t.fault = fault_at(n.diagnose(current), i + 1);
            return t;
        }
        const std::uint64_t outputs = r.output.size();
        const std::uint64_t stored = r.in_place ? 0 : outputs;
        t.rows[i + 1] = Row{i + 1,   0,         n.name,          current, r.output,
                            r.weights, r.biases, r.non_trainable, outputs, stored,
                            r.in_place};
        weights += r.weights;
        biases += r.biases;
        non_trainable += r.non_trainable;
        values += stored;
        current = r.output;
    }
    if (weights + biases + non_trainable >= count_overflow || values >= count_overflow) {
        t.fault = find_overflow(t.rows);
        return t;
    }
    Totals& s = t.totals;
    s.weights = static_cast<std::uint64_t>(weights);
    s.biases = static_cast<std::uint64_t>(biases);
    s.params = static_cast<std::uint64_t>(weights + biases);
    s.non_trainable = static_cast<std::uint64_t>(non_trainable);
    s.total_params = static_cast<std::uint64_t>(weights + biases + non_trainable);
    s.activations = static_cast<std::uint64_t>(values);
    return t;
}

/// Walks Net<In, Ls...>. The node pointers are a local array filled by one pack expansion:
/// g++ re-reads a static constexpr array in time proportional to its size at every access,
/// which made a loop over a static array quadratic in the number of layers.
template <class In, class... Ls>
constexpr table<sizeof...(Ls) + 1> walk(const Net<In, Ls...>*) noexcept {
    const node* const nodes[] = {&node_of<Ls>..., nullptr};
    return walk_nodes<In, sizeof...(Ls)>(nodes);
}

}  // namespace detail
}  // namespace ctnn
