#pragma once
// ctnn/core/block.hpp: the block protocol, the contract every combinator meets (built-in or
// yours): Sequential, Residual, Concat, Repeat, ... are written with it and nothing else.
//
// Represents
//   A layer made of other layers or blocks, its children, with its own rule for how data flows
//   through them and how their outputs are joined. A block is a type; a named block is a type
//   derived from one (`struct Fire final : Sequential<...> {};`), and reports show its name.
//
// Required (the concept `ctnn::block`)
//   using block_type = <the block itself>;             // types derived from it are named blocks
//   static constexpr std::string_view block_name;      // shown for an unnamed block: "Residual"
//   static constexpr RowKind kind;                     // its kind and flow, for every report
//   using children = ctnn::children<C1, C2, ...>;      // its children, in order (or
//                                                      // ctnn::repeated<N, C>: N times C)
//   template <class Visit>
//   static constexpr Tensor visit(Visit& v, const Tensor& in);  // the output for input `in`
//
// What `visit` may ask of `v` (the walk; every count, shape, memory figure and receptive field
// follows from these calls):
//   v.child(j, t)        visits child j (1-based; any j of a repeated<N, C>) on tensor t and
//                        returns its output; its row is written one level below the block's
//   v.chain(t)           visits every child in order, each on the previous one's output
//   v.failed()           whether a problem was found (then return at once; the value is unused)
//   v.fail(issue)        reports a problem with this block (core/diagnostics.hpp), returns {}
//   v.join(out, {a, b, ...}, Join::into_input | new_buffer | concatenate, ops)
//                        the block's own step: combines tensors a, b, ... (which it then frees,
//                        unless they are views) into a tensor of shape `out`, written into the
//                        buffer of an input it owns (an element-wise sum), into a new buffer (a
//                        product), or into a new buffer holding them side by side along the
//                        channels (a concatenation); its receptive field is the union of
//                        theirs; `ops` are the step's operations (core/costs.hpp)
//   v.release(t)         frees tensor t's buffer when this block owned it
//   v.freeze()           makes every parameter of this block's subtree frozen (Frozen)
// A Tensor is a shape, the receptive field of its positions, and whether the tensor is the
// block's to overwrite or free (`owned`): pass `t.borrowed()` to a child when the block still
// needs t afterwards (a residual's shortcut reads x after the body ran).
//
// Laws (tested for every built-in block in tests/static/laws.cpp)
//   - A block's row counts the sums of its children's rows, plus what its own joins add.
//   - Sequential<L> has L's numbers; Repeat<1, B> has B's.
//
// No registration and no macro: examples/custom_combinator.cpp writes a block from a paper that
// ctnn lacks, and every report and diagram shows it with its own name and kind.

#include <cstddef>
#include <string_view>

#include <ctnn/core/costs.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/pack.hpp>

namespace ctnn {

/// How data flows through a block's children, as diagrams draw it (report/dot.hpp).
enum class Flow : unsigned char {
    none,      ///< not a block: the input or a layer
    chain,     ///< each child takes the previous one's output (Sequential, Repeat, Frozen)
    parallel,  ///< each child reads the block's input; their outputs meet at a join (Residual,
               ///< Concat, ChannelSplit)
    gate,      ///< the children form a chain from the input, whose result meets the input at a
               ///< join (Gate)
    side,      ///< the children form a chain off the main path, which goes on with the input
               ///< unchanged (Aux)
};

/// What a row of the table is: its kind's name ("input", "layer", "residual", ...; CSV and JSON
/// print it), how data flows through its children, and the label of their join in diagrams
/// ("+", "concat", "x"). Every block declares its own as `static constexpr RowKind kind`.
struct RowKind {
    std::string_view name;
    Flow flow = Flow::none;
    std::string_view join{};
};

/// The kinds of the rows that are not blocks.
inline constexpr RowKind input_kind{.name = "input"};
inline constexpr RowKind layer_kind{.name = "layer"};

/// A tensor flowing between the children of a block: its shape, the receptive field of its
/// positions, whether the one receiving it owns it (may overwrite or free its buffer), and
/// which buffer holds it (numbered by the walk of the arena plan; a block passes it on, and
/// makes a part of a tensor from a copy of it: `Tensor part = t.borrowed(); part.shape = ...`).
struct Tensor {
    Shape shape{};
    Field field{};
    bool owned = true;
    int buffer = 0;

    /// The same tensor, lent: whoever receives it may read it, not overwrite or free it.
    constexpr Tensor borrowed() const noexcept {
        return {.shape = shape, .field = field, .owned = false, .buffer = buffer};
    }
};

/// How a block's join writes its result (see the protocol above).
enum class Join : unsigned char {
    into_input,   ///< into the buffer of one of its inputs that the block owns, if any
    new_buffer,   ///< into a new buffer
    concatenate,  ///< into a new buffer, the inputs side by side along its channels, in order
                  ///< (with Arena{.concat_in_place = true}, each input may be written there
                  ///< directly: analysis/arena.hpp)
};

/// The children of a block, in order: child j (1-based) is `at<j>`.
template <class... Children>
struct children {
    static constexpr int count = sizeof...(Children);
    template <int J>
    using at = detail::pack_at<static_cast<std::size_t>(J - 1), Children...>;
};

/// N children that are all Child (Repeat's copies): instantiated once, visited N times.
template <int N, class Child>
struct repeated {
    static constexpr int count = N > 0 ? N : 0;
    template <int J>
    using at = Child;
};

/// A type that meets the block protocol above (only `block_type` is checked: a requirement on
/// `visit` would cost overload resolution per block type).
template <class T>
concept block = requires { typename T::block_type; };

}  // namespace ctnn
