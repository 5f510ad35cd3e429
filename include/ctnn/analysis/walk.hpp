#pragma once
// ctnn/analysis/walk.hpp: the one walk over a network, producing the per-layer row table.
//
// Every query and every report reads the table built here. How it stays linear in the number of
// layers (measurements in docs/performance.md):
//   - each distinct layer or block type gets one `node` (a variable template): its name, how
//     many rows it occupies, and a pointer to its evaluation (a leaf) or its visit (a block);
//   - a list of layers (the Net's, a block's children) is expanded once, in braces, into a
//     *local* array of node pointers inside a function template over the pack, and walked by a
//     plain loop; g++ re-reads a static constexpr array in time proportional to its size at
//     every access, so a static array would make the loop quadratic;
//   - the walk recurses only into nesting (a block's children), never along a list, and
//     Repeat<N, ...> loops N times over one node instead of instantiating N copies;
//   - every row and every total is computed in the same pass; sums are kept exact (detail::wide:
//     128 bits where the compiler has them, two 32-bit halves in standard C++ elsewhere) and
//     checked for overflow once at the end; the fast path builds no diagnostic objects.
//
// Blocks (core/block.hpp) see the walk through `visit_context`, the `Visit` of the protocol.

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <type_traits>

#include <ctnn/analysis/row.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/core/block.hpp>
#include <ctnn/core/checked.hpp>
#include <ctnn/core/costs.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/pack.hpp>
#include <ctnn/detail/type_name.hpp>
#include <ctnn/layers/input.hpp>

namespace ctnn::detail {

// ---- exact sums of 64-bit counts (detail::wide, core/checked.hpp) ----------------------------

/// The terms added to `after` since it was `before`, exactly.
constexpr wide since(const wide& after, const wide& before) noexcept { return after - before; }

/// Operation counts by kind, each summed exactly.
struct wide_ops {
    wide macs{}, bias{}, normalization{}, pooling{}, activation{}, elementwise{};

    // One statement: each statement of a constant evaluation is a step of clang's budget.
    constexpr void add(const Ops& o) noexcept {
        macs += o.macs, bias += o.bias, normalization += o.normalization, pooling += o.pooling, activation += o.activation, elementwise += o.elementwise;
    }
    constexpr Ops value() const noexcept {
        return {.macs = narrow(macs),
                .bias = narrow(bias),
                .normalization = narrow(normalization),
                .pooling = narrow(pooling),
                .activation = narrow(activation),
                .elementwise = narrow(elementwise)};
    }
    constexpr wide_ops since(const wide_ops& b) const noexcept {
        return {detail::since(macs, b.macs),       detail::since(bias, b.bias),
                detail::since(normalization, b.normalization),
                detail::since(pooling, b.pooling), detail::since(activation, b.activation),
                detail::since(elementwise, b.elementwise)};
    }
    constexpr bool overflowed() const noexcept {
        const Ops v = value();
        return v.macs == count_overflow || v.bias == count_overflow ||
               v.normalization == count_overflow || v.pooling == count_overflow ||
               v.activation == count_overflow || v.elementwise == count_overflow;
    }
};

// ---- nodes: each layer or block type, type-erased for the walk -------------------------------

enum class node_kind : unsigned char { leaf, block, input, not_a_layer };

/// One layer or block, type-erased for a walk of type W (the table's `walker`, or the arena
/// plan's `lifetime_walker`).
template <class W>
struct node {
    node_kind kind = node_kind::leaf;
    std::string_view name{};
    std::size_t rows = 1;  ///< rows of this node's subtree, its own included
    evaluation (*evaluate)(const Shape&, Issue&) = nullptr;
    Tensor (*visit)(W&, const Tensor&) = nullptr;
    const RowKind* kind_of_row = &layer_kind;
    bool in_place = false;  ///< a layer that overwrites its input (views included)
    bool view = false;      ///< a layer whose output is its input
    bool named = true;      ///< not_a_layer: whether the type has a `name`
};

template <class T>
struct is_input : std::false_type {};
template <int... D>
struct is_input<Input<D...>> : std::true_type {};

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

template <class T, class W>
constexpr Tensor visit_block(W& w, const Tensor& in) noexcept;

template <class Children>
struct child_rows;

/// The rows of T's subtree, its own included: 1 for a layer, 1 + its children's for a block.
template <class T>
constexpr std::size_t rows_in() noexcept {
    if constexpr (!is_input<T>::value && block<T>)
        return 1 + child_rows<typename T::children>::value;
    else
        return 1;
}
template <class T>
inline constexpr std::size_t row_count = rows_in<T>();

/// Rows occupied by the layers Ls... (a local array: no fold over a possibly long pack).
template <class... Ls>
constexpr std::size_t rows_of() noexcept {
    const std::size_t rows[] = {row_count<Ls>..., 0};
    std::size_t sum = 0;
    for (std::size_t r : rows) sum += r;
    return sum;
}
template <class... Cs>
struct child_rows<children<Cs...>> {
    static constexpr std::size_t value = rows_of<Cs...>();
};
template <int N, class C>
struct child_rows<repeated<N, C>> {
    static constexpr std::size_t value = static_cast<std::size_t>(repeated<N, C>::count) * row_count<C>;
};

template <class T, class W>
constexpr node<W> make_node() noexcept {
    if constexpr (is_input<T>::value)
        return {.kind = node_kind::input, .name = T::name};
    else if constexpr (block<T>)
        return {.kind = node_kind::block,
                .name = block_name<T>(),
                .rows = row_count<T>,
                .visit = &visit_block<T, W>,
                .kind_of_row = &T::kind};
    else if constexpr (layer<T>)
        return {.kind = node_kind::leaf,
                .name = std::string_view{T::name},
                .evaluate = &evaluate_leaf<T>,
                .in_place = in_place_of<T>() || view_of<T>(),
                .view = view_of<T>()};
    else
        return {.kind = node_kind::not_a_layer,
                .name = "(not a layer)",
                .named = requires { std::string_view{T::name}; }};
}

template <class T, class W>
inline constexpr node<W> node_of = make_node<T, W>();

// ---- the walker --------------------------------------------------------------------------

/// The state of one walk: where the next row goes, the running sums, the memory held, the
/// first fault, and the path from the Net down to the node being visited.
struct walker {
    Row* rows = nullptr;
    std::size_t next = 0;
    std::size_t top = 0;
    wide weights{}, biases{}, non_trainable{}, values{}, frozen{};
    wide_ops ops{};
    wide live{};                    ///< values held now
    std::uint64_t peak = 0;        ///< the most values held so far
    std::uint64_t span_peak = 0;   ///< the most held since the current block started
    Fault fault{};
    int path[max_path] = {};
    int depth = 0;

    constexpr bool failed() const noexcept { return static_cast<bool>(fault.issue); }

    /// Records issue `i` for the node being visited (its path is the current one).
    constexpr void fail(const Issue& i) noexcept {
        fault.issue = i;
        fault.depth = depth;
        for (int d = 0; d < depth && d < max_path; ++d) fault.path[d] = path[d];
    }
    /// Enters the node at `position` of the current parent.
    constexpr void enter(int position) noexcept {
        if (depth < max_path) path[depth] = position;
        ++depth;
    }

    /// Adds a leaf's counts and the values it stores to the running sums (one statement).
    constexpr void add(const evaluation& r, std::uint64_t stored) noexcept {
        weights += r.weights,
            biases += r.biases,
            non_trainable += r.non_trainable, values += stored, ops.add(r.ops);
    }

    /// A new buffer of `n` values.
    constexpr void allocate(std::uint64_t n) noexcept {
        live += n;
        const std::uint64_t now = narrow(live);
        if (now > peak) peak = now;
        if (now > span_peak) span_peak = now;
    }
    /// The buffer of tensor t, when its holder was the last user.
    constexpr void release(const Tensor& t) noexcept {
        if (!t.owned) return;
        const std::uint64_t n = t.shape.size();
        live -= n;
    }

    /// The block's own step (core/block.hpp): combines `n` tensors into one of shape `out`,
    /// written into an input the block owns (Join::into_input) or into a new buffer.
    constexpr Tensor join(const Shape& out, const Tensor* in, std::size_t n, Join how,
                          const Ops& step_ops, std::size_t) noexcept {
        Field field = in[0].field;
        for (std::size_t i = 1; i < n; ++i) field = field.merge(in[i].field);
        std::size_t into = n;
        for (std::size_t i = 0; i < n && how == Join::into_input; ++i)
            if (in[i].owned) {
                into = i;
                break;
            }
        if (into == n) {
            const std::uint64_t size = out.size();
            allocate(size);
            values += size;
        }
        for (std::size_t i = 0; i < n; ++i)
            if (i != into) release(in[i]);
        ops.add(step_ops);
        return {.shape = out, .field = field, .owned = true};
    }

    /// Every parameter of the rows from `first` on (a block's subtree) becomes frozen and
    /// non-trainable (once).
    constexpr void freeze(std::size_t first) noexcept {
        std::uint64_t newly = 0;
        for (std::size_t i = first; i < next; ++i) {
            Row& r = rows[i];
            if (!r.is_block()) newly = checked_add(newly, r.params() - r.frozen);
            r.non_trainable += r.params() - r.frozen;
            r.frozen = r.params();
        }
        frozen += newly;
        non_trainable += newly;
    }

    constexpr Tensor visit_node(const node<walker>& n, const Tensor& in, int position) noexcept;
};

/// A block's view of a walk of type W: the `Visit` of the block protocol (core/block.hpp).
template <class W>
struct visit_context {
    W& w;
    const node<W>* const* nodes;  ///< the block's children (one node when they are repeated)
    int count;
    bool repeated;
    std::size_t first_row;        ///< the first row of the block's subtree after its own

    constexpr bool failed() const noexcept { return w.failed(); }
    constexpr Tensor fail(const Issue& i) noexcept {
        w.fail(i);
        return {};
    }
    /// Visits child j (1-based) on tensor t.
    constexpr Tensor child(int j, const Tensor& t) noexcept {
        return w.visit_node(*nodes[repeated ? 0 : j - 1], t, j);
    }
    /// Visits every child in order, each on the previous one's output.
    constexpr Tensor chain(Tensor t) noexcept {
        for (int j = 1; j <= count && !w.failed(); ++j) t = child(j, t);
        return t;
    }
    constexpr void release(const Tensor& t) noexcept { w.release(t); }

    /// The block's own step: combines `n` tensors into one of shape `out` (core/block.hpp).
    constexpr Tensor join(const Shape& out, const Tensor* in, std::size_t n, Join how,
                          const Ops& ops) noexcept {
        return w.join(out, in, n, how, ops, first_row - 1);
    }
    constexpr Tensor join(const Shape& out, std::initializer_list<Tensor> in, Join how,
                          const Ops& ops) noexcept {
        return w.join(out, in.begin(), in.size(), how, ops, first_row - 1);
    }

    /// Every parameter of the block's subtree becomes frozen and non-trainable (once).
    constexpr void freeze() noexcept { w.freeze(first_row); }
};

template <class T, class W, class... Cs>
constexpr Tensor visit_children(W& w, const Tensor& in, children<Cs...>*) noexcept {
    const node<W>* const nodes[] = {&node_of<Cs, W>..., nullptr};
    visit_context<W> v{w, nodes, static_cast<int>(sizeof...(Cs)), false, w.next};
    return T::visit(v, in);
}
template <class T, class W, int N, class C>
constexpr Tensor visit_children(W& w, const Tensor& in, repeated<N, C>*) noexcept {
    const node<W>* const nodes[] = {&node_of<C, W>};
    visit_context<W> v{w, nodes, repeated<N, C>::count, true, w.next};
    return T::visit(v, in);
}
template <class T, class W>
constexpr Tensor visit_block(W& w, const Tensor& in) noexcept {
    return visit_children<T, W>(w, in, static_cast<typename T::children*>(nullptr));
}

/// Visits leaf `n`: the fast path of the walk, written in few statements because each
/// statement of a constant evaluation is a step of clang's budget (docs/performance.md).
///
/// Memory: a leaf that writes a new buffer allocates its output, then frees its input if it
/// was the input's last user; an in-place leaf overwrites an input it owns (and copies one it
/// does not); a view passes its input on.
constexpr Tensor visit_leaf(walker& w, const node<walker>& n, const Tensor& in, int position) noexcept {
    const evaluation r = n.evaluate(in.shape, w.fault.issue);
    if (w.fault.issue) {
        w.enter(position);
        w.fail(w.fault.issue);
        --w.depth;
        return {};
    }
    const std::uint64_t outputs = r.output.size();
    // A new buffer unless the output is the input (a view) or overwrites an input that no one
    // else needs (in place); the input is freed after the layer when this was its last use.
    const bool fresh = !n.view && !(n.in_place && in.owned);
    const std::uint64_t stored = n.in_place ? 0 : outputs, added = fresh ? outputs : 0,
                        freed = fresh && in.owned ? in.shape.size() : 0;
    w.live += added;
    const std::uint64_t live = narrow(w.live);
    w.peak = live > w.peak ? live : w.peak, w.span_peak = live > w.span_peak ? live : w.span_peak;
    const Tensor out{.shape = r.output, .field = in.field.through(r.window), .owned = fresh || in.owned};
    w.rows[w.next++] = Row{.index = w.top,
                           .depth = w.depth,
                           .position = position,
                           .name = n.name,
                           .input = in.shape,
                           .output = r.output,
                           .weights = r.weights,
                           .biases = r.biases,
                           .non_trainable = r.non_trainable,
                           .outputs = outputs,
                           .activations = stored,
                           .in_place = n.in_place,
                           .ops = r.ops,
                           .live = live,
                           .field = out.field};
    w.live -= freed;
    w.add(r, stored);
    return out;
}

/// Visits node `n` at 1-based `position` within its parent: evaluates a leaf or visits a
/// block, writes its row (before its children's rows) and adds to the running sums.
constexpr Tensor walker::visit_node(const node<walker>& n, const Tensor& in, int position) noexcept {
    if (n.kind == node_kind::leaf) return visit_leaf(*this, n, in, position);
    enter(position);
    const int row_depth = depth - 1;
    Tensor out;
    if (n.kind == node_kind::block) {
        const std::size_t at = next++;
        const wide weights0 = weights, biases0 = biases, non_trainable0 = non_trainable,
                   values0 = values, frozen0 = frozen;
        const wide_ops ops0 = ops;
        const std::uint64_t outer_span = span_peak;
        span_peak = narrow(live);
        out = n.visit(*this, in);
        if (!failed())
            rows[at] = Row{.index = top,
                           .depth = row_depth,
                           .position = position,
                           .kind = n.kind_of_row,
                           .name = n.name,
                           .input = in.shape,
                           .output = out.shape,
                           .weights = narrow(since(weights, weights0)),
                           .biases = narrow(since(biases, biases0)),
                           .non_trainable = narrow(since(non_trainable, non_trainable0)),
                           .outputs = out.shape.size(),
                           .activations = narrow(since(values, values0)),
                           .ops = ops.since(ops0).value(),
                           .live = span_peak,
                           .field = out.field,
                           .frozen = narrow(since(frozen, frozen0))};
        if (span_peak < outer_span) span_peak = outer_span;
    } else if (n.kind == node_kind::input) {
        fail(issue<error::input_must_come_first>());
    } else {
        fail(n.named ? issue<error::not_a_layer>(
                           number<error::missing_static_function_output_shape_taking_Shape>())
                     : issue<error::not_a_layer>(number<error::missing_static_member_name>()));
    }
    --depth;
    return out;
}

// ---- from a query's argument to its Net --------------------------------------------------

template <class... Ls>
Net<Ls...> as_net(const Net<Ls...>*);

template <class N>
concept derived_from_net = requires(const N* p) { detail::as_net(p); };

template <class N>
using net_of = decltype(detail::as_net(static_cast<const N*>(nullptr)));

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
    std::uint64_t params = 0, values = 0;
    wide_ops ops;
    for (std::size_t i = 0; i <= L; ++i) {
        const Row& r = t.rows[t.top[i]];
        values = checked_add(values, r.activations);
        params = checked_add(checked_add(params, r.weights),
                             checked_add(r.biases, r.non_trainable - r.frozen));
        ops.add(r.ops);
        const int at = static_cast<int>(i);
        if (r.outputs == count_overflow || r.activations == count_overflow ||
            values == count_overflow || r.live == count_overflow)
            return fault_at(issue<error::count_overflows_64_bits>(r.input, number<error::value_count>()), at);
        if (r.weights == count_overflow || r.biases == count_overflow ||
            r.non_trainable == count_overflow || params == count_overflow)
            return fault_at(issue<error::count_overflows_64_bits>(r.input, number<error::parameter_count>()), at);
        if (ops.overflowed())
            return fault_at(issue<error::count_overflows_64_bits>(r.input, number<error::mac_count>()), at);
    }
    return fault_at(issue<error::count_overflows_64_bits>(Shape{}, number<error::value_count>()),
                    static_cast<int>(L));
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
    t.rows[0] = Row{.kind = &input_kind,
                    .name = In::name,
                    .input = input,
                    .output = input,
                    .outputs = input.size(),
                    .activations = input.size(),
                    .live = input.size()};
    if constexpr (!In::valid) {
        if constexpr (In::written.size() == 1)
            t.fault = fault_at(issue<error::input_dimensions_must_be_positive>(
                                   number<error::input_written_as>(In::written[0])),
                               0);
        else
            t.fault = fault_at(issue<error::input_dimensions_must_be_positive>(
                                   number<error::input_written_as>(In::written[0], In::written[1],
                                                                   In::written[2])),
                               0);
        return t;
    } else {
    walker w;
    w.rows = t.rows.data();
    w.next = 1;
    w.values = input.size();
    w.allocate(input.size());  // the input is a buffer like any other, freed after its last use
    const node<walker>* const nodes[] = {&node_of<Ls, walker>..., nullptr};
    Tensor current{.shape = input};
    for (std::size_t i = 0; i < L; ++i) {
        w.top = i + 1;
        t.top[i + 1] = w.next;
        current = w.visit_node(*nodes[i], current, static_cast<int>(i + 1));
        if (w.failed()) {
            t.fault = w.fault;
            return t;
        }
    }
    Totals& s = t.totals;
    s.weights = narrow(w.weights);
    s.biases = narrow(w.biases);
    s.params = checked_add(s.weights, s.biases);
    s.non_trainable = narrow(w.non_trainable);
    s.frozen = narrow(w.frozen);
    s.trainable = s.params - s.frozen;
    s.total_params = checked_add(s.trainable, s.non_trainable);
    s.activations = narrow(w.values);
    s.ops = w.ops.value();
    s.peak = w.peak;
    s.field = current.field;
    if (s.params == count_overflow || s.total_params == count_overflow ||
        s.activations == count_overflow || s.peak == count_overflow || w.ops.overflowed())
        t.fault = find_overflow(t);
    return t;
    }
}

// ---- naming the element at a fault's path (error path only) ---------------------------------

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
    using type = typename descend<typename T::children::template at<First>, Rest...>::type;
};

}  // namespace ctnn::detail
