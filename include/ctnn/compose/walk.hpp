#pragma once
// ctnn/compose/walk.hpp: the one walk over a network, producing the per-layer row table.
//
// Every query and every report reads the table built here. How it stays linear in the number of
// layers (measurements in docs/performance.md):
//   - each distinct layer or block type gets one `node` (a variable template): its name, how
//     many rows it occupies, and a pointer to its evaluation (a leaf) or its visit (a block);
//   - a list of layers (the Net's, a Sequential's, a Concat's branches) is expanded once, in
//     braces, into a *local* array of node pointers inside a function template over the pack,
//     and walked by a plain loop; g++ re-reads a static constexpr array in time proportional to
//     its size at every access, so a static array would make the loop quadratic;
//   - the walk recurses only into nesting (a block's children), never along a list, and
//     Repeat<N, ...> loops N times over one node instead of instantiating N copies;
//   - every row and every total is computed in the same pass; totals are summed in 128 bits and
//     checked for overflow once at the end; the fast path builds no diagnostic objects.

#include <array>
#include <initializer_list>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include <ctnn/compose/net.hpp>
#include <ctnn/core/checked.hpp>
#include <ctnn/core/costs.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/pack.hpp>
#include <ctnn/detail/type_name.hpp>
#include <ctnn/layers/input.hpp>

namespace ctnn {

/// What a row stands for: the input, a layer, or one of the blocks (the combinator it is, or
/// is derived from: Fire is a sequential block).
enum class RowKind : unsigned char { input, layer, sequential, residual, concat, split, repeat, gate, aux, frozen };

/// Row: what the analysis knows about one layer or block, the unit of every report.
///
/// Rows are in pre-order: a block's row comes before the rows of its children. `depth` is 0
/// for the elements of the Net itself, 1 for their children, and so on; `index` is the index
/// of the enclosing top-level element, as `shape_at` takes it (0 = the input), and `position`
/// the 1-based place of the row within its parent (for a top-level row, its index).
///
/// Counts of a block row are the sums over its children, plus what the block does itself
/// (Concat writes its concatenation to a new buffer, Residual adds two tensors). `outputs` is
/// the size of the output tensor; `activations` is what the row adds to activation memory: its
/// output size for a leaf that writes a new buffer, 0 for one that runs in place (activations,
/// BatchNorm at inference) or is a view (Flatten, Dropout, Identity); so the sum of
/// `activations` over the top-level rows, input included, is the network's activation count.
/// `live` is the largest number of values held in memory while the row runs, when each tensor
/// is freed after its last use (docs/conventions.md); `field` is the receptive field of one of
/// its output positions.
///
/// Parameters: `weights` and `biases` are every learnable parameter (PyTorch's parameters(),
/// frozen or not); `frozen` is the part of them inside a Frozen block; `non_trainable` is what
/// Keras calls non-trainable: moving statistics (BatchNorm's mean and variance) plus `frozen`.
struct Row {
    std::size_t index = 0;
    int depth = 0;
    int position = 0;
    bool block = false;  ///< a Sequential, Residual, Concat, Repeat, ... row
    RowKind kind = RowKind::layer;
    std::string_view name;
    Shape input;
    Shape output;
    std::uint64_t weights = 0;
    std::uint64_t biases = 0;
    std::uint64_t non_trainable = 0;
    std::uint64_t outputs = 0;
    std::uint64_t activations = 0;
    bool in_place = false;
    Ops ops;
    std::uint64_t live = 0;
    Field field;
    std::uint64_t frozen = 0;

    /// Learnable parameters: weights + biases (frozen ones included).
    constexpr std::uint64_t params() const noexcept { return checked_add(weights, biases); }
    /// Parameters an optimizer updates: params() - frozen (Keras' and torchinfo's "Trainable").
    constexpr std::uint64_t trainable() const noexcept { return params() - frozen; }
    /// Every parameter and statistic, each once (Keras' "Param #" column): params() plus the
    /// moving statistics, i.e. trainable() + non_trainable.
    constexpr std::uint64_t total_params() const noexcept {
        return checked_add(trainable(), non_trainable);
    }
};

/// Totals: the sums over the whole network, computed in the same pass as the rows.
struct Totals {
    std::size_t layers = 0;           ///< elements of the Net after its Input (layer_count)
    std::size_t rows = 0;             ///< rows of the table, blocks and their layers included
    std::uint64_t weights = 0;
    std::uint64_t biases = 0;
    std::uint64_t params = 0;         ///< learnable: weights + biases, frozen ones included
    std::uint64_t non_trainable = 0;  ///< moving statistics (BatchNorm's) + frozen
    std::uint64_t total_params = 0;   ///< trainable + non_trainable = params + statistics
    std::uint64_t activations = 0;    ///< input values + every stored (not in-place) output
    Ops ops;                          ///< every operation, by kind
    std::uint64_t peak = 0;           ///< most values alive at once, buffers freed after use
    Field field;                      ///< receptive field of the output
    std::uint64_t frozen = 0;         ///< params inside Frozen blocks
    std::uint64_t trainable = 0;      ///< params - frozen
};

namespace detail {


inline constexpr int max_path = 12;  // nesting levels recorded in an error's at_layer<...>

enum class node_kind : unsigned char { leaf, block, input, not_a_layer };

struct walker;

/// A tensor flowing through the walk: its shape, the receptive field of its positions, and
/// whether the node receiving it is its last user (then the node may overwrite or free it).
struct tensor {
    Shape shape{};
    Field field{};
    bool owned = true;
};

/// What a block's visit returns: its output, the values it stores itself (beyond its
/// children's, e.g. Concat's concatenated tensor), and its own operations (Residual's sum).
struct block_result {
    tensor output{};
    std::uint64_t stored = 0;
    Ops ops{};
};

/// One layer or block, type-erased for the walk.
struct node {
    node_kind kind = node_kind::leaf;
    std::string_view name;
    std::size_t rows = 1;  ///< rows of this node's subtree, its own included
    evaluation (*evaluate)(const Shape&) = nullptr;
    Issue (*diagnose)(const Shape&) = nullptr;  ///< a leaf fault's numbers (error path only)
    block_result (*visit)(walker&, const tensor&) = nullptr;
    long long detail = 0;  ///< not_a_layer: which requirement is missing
    RowKind row_kind = RowKind::layer;
};

/// Operation counts summed in 128 bits, checked for overflow once at the end.
struct wide_ops {
    wide macs = 0, bias = 0, normalization = 0, pooling = 0, activation = 0, elementwise = 0;

    // One statement: each statement of a constant evaluation is a step of clang's budget.
    constexpr void add(const Ops& o) noexcept {
        *this = {macs + o.macs,       bias + o.bias,             normalization + o.normalization,
                 pooling + o.pooling, activation + o.activation, elementwise + o.elementwise};
    }
};

/// A 128-bit sum as a count, saturated at count_overflow.
constexpr std::uint64_t narrow(wide v) noexcept {
    return v >= count_overflow ? count_overflow : static_cast<std::uint64_t>(v);
}

/// The operations counted between two snapshots of the running sums.
constexpr Ops ops_between(const wide_ops& before, const wide_ops& after) noexcept {
    return {narrow(after.macs - before.macs),
            narrow(after.bias - before.bias),
            narrow(after.normalization - before.normalization),
            narrow(after.pooling - before.pooling),
            narrow(after.activation - before.activation),
            narrow(after.elementwise - before.elementwise)};
}

/// The state of one walk: where the next row goes, the running sums, the memory held, the
/// first fault, and the path from the Net down to the node being visited.
struct walker {
    Row* rows = nullptr;
    std::size_t next = 0;
    std::size_t top = 0;
    wide weights = 0, biases = 0, non_trainable = 0, values = 0, frozen = 0;
    wide_ops ops;
    wide live = 0;        ///< values held now
    wide peak = 0;        ///< the most values held so far
    wide span_peak = 0;   ///< the most held since the current block started
    Fault fault{};
    int path[max_path] = {};
    int depth = 0;

    constexpr bool failed() const noexcept { return fault.issue.kind != problem::none; }

    /// Records issue `i` for the node being visited (its path is the current one).
    constexpr void fail(const Issue& i) noexcept {
        fault.issue = i;
        fault.depth = depth < max_path ? depth : max_path;
        for (int d = 0; d < fault.depth; ++d) fault.path[d] = path[d];
    }

    /// Adds a leaf's counts to the running sums (one statement: see visit_leaf).
    constexpr void add(const evaluation& r, std::uint64_t stored) noexcept {
        weights += r.weights, biases += r.biases, non_trainable += r.non_trainable,
            values += stored, ops.add(r.ops);
    }

    /// A new buffer of `n` values.
    constexpr void allocate(std::uint64_t n) noexcept {
        live += n;
        if (live > peak) peak = live;
        if (live > span_peak) span_peak = live;
    }
    /// The buffer of tensor t, when its user was the last one.
    constexpr void release(const tensor& t) noexcept {
        if (t.owned) live -= t.shape.size();
    }
};

template <class T>
struct is_input : std::false_type {};
template <int... D>
struct is_input<Input<D...>> : std::true_type {};

/// A block (Sequential, Residual, Concat, Repeat, ... and types derived from them) names its
/// own generic type as `block_type` and provides `block_name`, `block_rows` and
/// `block_visit(walker&, const Shape&) -> block_result`. (Only `block_type` is checked: a
/// requires-expression calling block_visit cost measurable overload resolution per block type.)
template <class T>
concept block = requires { typename T::block_type; };

/// The name of a block: its own `name` if it declares one, its class name if it is a named
/// block derived from a combinator (struct Fire final : Sequential<...> {}), else the
/// combinator's generic name.
template <class T>
constexpr std::string_view block_name() noexcept {
    if constexpr (requires { std::string_view{T::name}; })
        return T::name;
    else if constexpr (!std::is_same_v<T, typename T::block_type>)
        return type_name<T>();
    else
        return T::block_name;
}

template <class T>
constexpr node make_node() noexcept {
    if constexpr (is_input<T>::value)
        return {node_kind::input, T::name, 1, nullptr, nullptr, nullptr, 0};
    else if constexpr (block<T>)
        return {node_kind::block, block_name<T>(), T::block_rows, nullptr, nullptr,
                &T::block_visit, 0, T::block_kind};
    else if constexpr (layer<T>)
        return {node_kind::leaf, std::string_view{T::name}, 1, &evaluate_leaf<T>, &check_of<T>,
                nullptr, 0};
    else
        return {node_kind::not_a_layer, "(not a layer)", 1, nullptr, nullptr, nullptr,
                requires { std::string_view{T::name}; } ? 1 : 0};
}

template <class T>
inline constexpr node node_of = make_node<T>();

/// Rows occupied by the layers Ls... (a local array: no fold over a possibly long pack).
template <class... Ls>
constexpr std::size_t rows_of() noexcept {
    const std::size_t rows[] = {node_of<Ls>.rows..., 0};
    std::size_t sum = 0;
    for (std::size_t r : rows) sum += r;
    return sum;
}

/// Visits leaf `n`: the fast path of the walk, written in few statements because each
/// statement of a constant evaluation is a step of clang's budget (docs/performance.md).
constexpr tensor visit_leaf(walker& w, const node& n, const tensor& in, int position) noexcept {
    const evaluation r = n.evaluate(in.shape);
    if (r.fault != problem::none) {
        if (w.depth < max_path) w.path[w.depth] = position;
        ++w.depth;
        w.fail(n.diagnose(in.shape));
        --w.depth;
        return {};
    }
    const std::uint64_t outputs = r.output.size();
    // A new buffer unless the output is the input (a view) or overwrites an input that no one
    // else needs (in place); the input is freed after the layer when this was its last use.
    const bool fresh = !r.view && !(r.in_place && in.owned);
    const wide live = w.live + (fresh ? outputs : 0);
    const tensor out{r.output, in.field.through(r.window), fresh || in.owned};
    w.rows[w.next++] = Row{w.top,      w.depth,   position,       false,    RowKind::layer,
                           n.name,     in.shape,
                           r.output,   r.weights, r.biases,       r.non_trainable,   outputs,
                           r.in_place ? 0 : outputs,              r.in_place,        r.ops,
                           narrow(live),          out.field,                0};
    w.peak = live > w.peak ? live : w.peak;
    w.span_peak = live > w.span_peak ? live : w.span_peak;
    w.live = fresh && in.owned ? live - in.shape.size() : live;
    w.add(r, r.in_place ? 0 : outputs);
    return out;
}

/// Visits node `n` at 1-based `position` within its parent: evaluates a leaf or visits a
/// block, writes its row (before its children's rows) and adds to the running sums.
///
/// Memory: a leaf that writes a new buffer allocates its output, then frees its input if it
/// was the input's last user; an in-place leaf overwrites an input it owns (and copies one it
/// does not); a view passes its input on. A block's own allocations are in its visit.
constexpr tensor visit_node(walker& w, const node& n, const tensor& in, int position) noexcept {
    if (n.kind == node_kind::leaf) return visit_leaf(w, n, in, position);
    if (w.depth < max_path) w.path[w.depth] = position;
    const int depth = w.depth++;
    const std::size_t at = w.next++;
    tensor out;
    if (n.kind == node_kind::block) {
        const wide weights = w.weights, biases = w.biases, non_trainable = w.non_trainable,
                   values = w.values, frozen = w.frozen;
        const wide_ops ops = w.ops;
        const wide outer_span = w.span_peak;
        w.span_peak = w.live;
        const block_result r = n.visit(w, in);
        if (!w.failed()) {
            w.values += r.stored;
            w.ops.add(r.ops);
            out = r.output;
            w.rows[at] = Row{w.top,
                             depth,
                             position,
                             true,
                             n.row_kind,
                             n.name,
                             in.shape,
                             out.shape,
                             narrow(w.weights - weights),
                             narrow(w.biases - biases),
                             narrow(w.non_trainable - non_trainable),
                             out.shape.size(),
                             narrow(w.values - values),
                             false,
                             ops_between(ops, w.ops),
                             narrow(w.span_peak),
                             out.field,
                             narrow(w.frozen - frozen)};
        }
        if (w.span_peak < outer_span) w.span_peak = outer_span;
    } else {
        Issue p{n.kind == node_kind::input ? problem::input_not_first : problem::not_a_layer, {}};
        p.v[4] = n.detail;
        w.fail(p);
    }
    --w.depth;
    return out;
}

/// Visits the nodes of a list in order, each taking the previous one's output.
constexpr tensor visit_chain(walker& w, const node* const* nodes, std::size_t count,
                             tensor current) noexcept {
    for (std::size_t i = 0; i < count && !w.failed(); ++i)
        current = visit_node(w, *nodes[i], current, static_cast<int>(i + 1));
    return current;
}

/// The block visit of a chain of layers Ls... (Sequential's, and any list-shaped block's).
template <class... Ls>
constexpr tensor visit_list(walker& w, const tensor& in) noexcept {
    const node* const nodes[] = {&node_of<Ls>..., nullptr};
    return visit_chain(w, nodes, sizeof...(Ls), in);
}

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

// ---- the walk ------------------------------------------------------------------------------

template <std::size_t R, std::size_t L>
struct table {
    std::array<Row, R> rows{};
    std::array<std::size_t, L + 1> top{};  ///< row of each top-level element (0 = the input)
    Totals totals{};
    Fault fault{};
};

constexpr Fault fault_at(const Issue& i, int index) noexcept {
    Fault f;
    f.issue = i;
    f.path[0] = index;
    f.depth = 1;
    return f;
}

/// The first top-level row at which a running total passes 2^64 - 1 (error path only).
template <std::size_t R, std::size_t L>
constexpr Fault find_overflow(const table<R, L>& t) noexcept {
    wide params = 0, values = 0;
    wide_ops ops;
    for (std::size_t i = 0; i <= L; ++i) {
        const Row& r = t.rows[t.top[i]];
        values += r.activations;
        params += wide{r.weights} + r.biases + r.non_trainable - r.frozen;
        ops.add(r.ops);
        const int at = static_cast<int>(i);
        if (r.outputs == count_overflow || r.activations == count_overflow ||
            values >= count_overflow || r.live == count_overflow)
            return fault_at(issue(problem::overflow, r.input, 0), at);
        if (r.weights == count_overflow || r.biases == count_overflow ||
            r.non_trainable == count_overflow || params >= count_overflow)
            return fault_at(issue(problem::overflow, r.input, 1), at);
        for (wide v : {ops.macs, ops.bias, ops.normalization, ops.pooling, ops.activation,
                       ops.elementwise})
            if (v >= count_overflow) return fault_at(issue(problem::overflow, r.input, 2), at);
    }
    return fault_at(issue(problem::overflow, Shape{}, 0), static_cast<int>(L));
}

/// Walks Net<In, Ls...>: one row for the input, then each element and its subtree.
template <class In, class... Ls>
constexpr auto walk(const Net<In, Ls...>*) noexcept {
    constexpr std::size_t L = sizeof...(Ls);
    constexpr std::size_t R = 1 + rows_of<Ls...>();
    table<R, L> t;
    t.totals.layers = L;
    t.totals.rows = R;
    const Shape input = In::shape;
    t.rows[0] = Row{0,     0,     0,     false, RowKind::input, In::name, input, input, 0,
                    0,     0,     input.size(), input.size(), false, Ops{}, input.size(), Field{},
                    0};
    if (!In::valid) {
        Issue i{problem::input_dims_not_positive, {}};
        for (std::size_t d = 0; d < In::written.size(); ++d) i.v[4 + d] = In::written[d];
        i.v[7] = static_cast<long long>(In::written.size());
        t.fault = fault_at(i, 0);
        return t;
    }
    walker w;
    w.rows = t.rows.data();
    w.next = 1;
    w.values = input.size();
    w.allocate(input.size());  // the input is a buffer like any other, freed after its last use
    const node* const nodes[] = {&node_of<Ls>..., nullptr};
    tensor current{input, Field{}, true};
    for (std::size_t i = 0; i < L; ++i) {
        w.top = i + 1;
        t.top[i + 1] = w.next;
        current = visit_node(w, *nodes[i], current, static_cast<int>(i + 1));
        if (w.failed()) {
            t.fault = w.fault;
            return t;
        }
    }
    const wide params = w.weights + w.biases;
    const wide_ops& o = w.ops;
    if (params + w.non_trainable - w.frozen >= count_overflow || w.values >= count_overflow ||
        w.peak >= count_overflow) {
        t.fault = find_overflow(t);
        return t;
    }
    for (wide v : {o.macs, o.bias, o.normalization, o.pooling, o.activation, o.elementwise}) {
        if (v >= count_overflow) {
            t.fault = find_overflow(t);
            return t;
        }
    }
    Totals& s = t.totals;
    s.weights = static_cast<std::uint64_t>(w.weights);
    s.biases = static_cast<std::uint64_t>(w.biases);
    s.params = static_cast<std::uint64_t>(params);
    s.non_trainable = static_cast<std::uint64_t>(w.non_trainable);
    s.total_params = static_cast<std::uint64_t>(params + w.non_trainable - w.frozen);
    s.frozen = static_cast<std::uint64_t>(w.frozen);
    s.trainable = static_cast<std::uint64_t>(params - w.frozen);
    s.activations = static_cast<std::uint64_t>(w.values);
    s.ops = ops_between(wide_ops{}, o);
    s.peak = static_cast<std::uint64_t>(w.peak);
    s.field = current.field;
    return t;
}

// ---- naming the element at a fault's path (error path only) ---------------------------------

/// The J-th child (1-based) of a block; each combinator specializes it for its block_type.
template <class Block, int J>
struct child_of;

/// The element at `Path[0..Depth)` of Net N: Path[0] indexes the Net (0 = the Input), the rest
/// descend into blocks. A class template apart from the Net: a member template over the whole
/// pack cost g++ seconds per 10,000 layers even unused.
template <class N, int Index>
struct element_of;
template <class... Ls, int Index>
struct element_of<Net<Ls...>, Index> {
    using type = pack_at<static_cast<std::size_t>(Index), Ls...>;
};

/// The element reached from block T by the 1-based child positions Path...
template <class T, int... Path>
struct descend {
    using type = T;
};
template <class T, int First, int... Rest>
struct descend<T, First, Rest...> {
    using type =
        typename descend<typename child_of<typename T::block_type, First>::type, Rest...>::type;
};

}  // namespace detail
}  // namespace ctnn
