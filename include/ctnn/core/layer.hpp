#pragma once
// ctnn/core/layer.hpp: the layer protocol, the contract every layer meets (built-in or yours).
//
// Represents
//   One operation of a network that maps an input tensor of a known Shape to an output tensor,
//   possibly holding parameters. A layer is a type; it never has run-time state. Layers are
//   written inside Net<Input<...>, ...> in the order the data flows.
//
// Required (the concept `ctnn::layer`)
//   static constexpr <string-like> name;             // shown in reports, e.g. "Swish"
//   static constexpr Shape output_shape(Shape in);    // the output for input `in`
//
// Optional, with their defaults
//   static constexpr std::uint64_t weights(Shape in);  // learnable weights            (0)
//   static constexpr std::uint64_t biases(Shape in);   // learnable biases             (0)
//   static constexpr std::uint64_t params(Shape in);   // used as `weights` when that is absent
//   static constexpr std::uint64_t non_trainable_params(Shape in);  // e.g. moving statistics (0)
//   static constexpr bool in_place;                    // output overwrites the input's buffer
//                                                      // when nothing else needs it (false)
//   static constexpr bool view;                        // output *is* the input (Flatten,
//                                                      // Identity, Dropout at inference); a
//                                                      // view is also in place (false)
//   static constexpr Ops ops(Shape in);                // operations by kind (core/costs.hpp) (0)
//   static constexpr std::uint64_t macs(Shape in);     // used as Ops{.macs} when ops is absent
//   static constexpr Window window(Shape in);          // receptive-field geometry (1x1, stride 1)
//   static constexpr bool accepts(Shape in);           // false -> compile error naming the layer
//   static constexpr Issue check(Shape in);            // finer: issue<error::X>(...), see
//                                                      // core/diagnostics.hpp; Issue{} if valid
//
// Laws (tested for every built-in layer in tests/static/laws.cpp)
//   - For an accepted input, output_shape(in) has h, w, c >= 1 and, when flat, h == w == 1.
//   - Parameter counts depend only on the input shape and the template arguments.
//   - An in-place layer's or a view's output has as many values as its input.
//   - A layer's window, applied to its input, gives its output size (kernel, stride, padding).
//   Counts should be computed with checked_mul / checked_add (core/checked.hpp) so that an
//   overflow becomes a compile error instead of a wrapped number.
//
// No registration and no macro: a struct meeting this contract can be used in a network as is
// (examples/custom_layer.cpp). A type derived from a layer is a layer with the base's members,
// except those it declares itself: `struct MySlope : ReLU { name; weights(in) }` has weights.
//
// Built-in layers state everything once, in one function that the walk calls directly,
//   static constexpr detail::evaluation evaluate(const Shape& in, Issue& issue);
// (the output, counts, operations and window; on a problem it sets `issue` and returns early),
// and derive the members above from it with `detail::evaluated<Layer>`, which also declares
// `using evaluated_layer = Layer`. The walk uses `evaluate` only when `evaluated_layer` names the
// type itself, so a type derived from a built-in layer is counted by its own members.

#include <concepts>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include <ctnn/core/costs.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/shape.hpp>

namespace ctnn {

/// A type that meets the layer protocol above.
template <class L>
concept layer = requires(const Shape& in) {
    std::string_view{L::name};
    { L::output_shape(in) } -> std::same_as<Shape>;
};

namespace detail {

template <class L>
constexpr std::uint64_t weights_of(const Shape& in) noexcept {
    if constexpr (requires { L::weights(in); })
        return L::weights(in);
    else if constexpr (requires { L::params(in); })
        return L::params(in);
    else
        return 0;
}

template <class L>
constexpr std::uint64_t biases_of(const Shape& in) noexcept {
    if constexpr (requires { L::biases(in); })
        return L::biases(in);
    else
        return 0;
}

template <class L>
constexpr std::uint64_t non_trainable_of(const Shape& in) noexcept {
    if constexpr (requires { L::non_trainable_params(in); })
        return L::non_trainable_params(in);
    else
        return 0;
}

template <class L>
constexpr bool in_place_of() noexcept {
    if constexpr (requires { L::in_place; })
        return L::in_place;
    else
        return false;
}

template <class L>
constexpr bool view_of() noexcept {
    if constexpr (requires { L::view; })
        return L::view;
    else
        return false;
}

template <class L>
constexpr Ops ops_of(const Shape& in) noexcept {
    if constexpr (requires { L::ops(in); })
        return L::ops(in);
    else if constexpr (requires { L::macs(in); })
        return Ops{.macs = L::macs(in)};
    else
        return Ops{};
}

template <class L>
constexpr Window window_of(const Shape& in) noexcept {
    if constexpr (requires { L::window(in); })
        return L::window(in);
    else
        return Window{};
}

/// What the walk learns from one leaf for one valid input: its output and every count.
struct evaluation {
    Shape output{};
    std::uint64_t weights = 0;
    std::uint64_t biases = 0;
    std::uint64_t non_trainable = 0;
    Ops ops{};
    Window window{};
};

/// Whether layer L itself (not a base it derives from) declares the one-pass `evaluate`.
template <class L>
concept evaluates_itself = std::is_same_v<typename L::evaluated_layer, L>;

/// The first problem with input `in`, from check() or accepts(); Issue{} when there is none.
/// A layer evaluated member by member is also held to the law that its output has no zero
/// dimension (a built-in layer's evaluate states its own rules).
template <class L>
constexpr Issue check_of(const Shape& in) noexcept {
    if constexpr (requires { L::check(in); }) {
        if (const Issue i = L::check(in)) return i;
    } else if constexpr (requires { L::accepts(in); }) {
        if (!L::accepts(in)) return issue<error::layer_rejects_its_input>(in);
    }
    if constexpr (!evaluates_itself<L>) {
        const Shape out = L::output_shape(in);
        if (out.h == 0 || out.w == 0 || out.c == 0)
            return issue<error::layer_output_has_a_zero_dimension>(in, number<error::output>(out));
    }
    return Issue{};
}

/// Evaluates leaf L on input `in` member by member, with the defaults above; a problem goes to
/// `issue`.
template <class L>
constexpr evaluation evaluate_members(const Shape& in, Issue& issue) noexcept {
    if (const Issue i = check_of<L>(in)) {
        issue = i;
        return {};
    }
    return {.output = L::output_shape(in),
            .weights = weights_of<L>(in),
            .biases = biases_of<L>(in),
            .non_trainable = non_trainable_of<L>(in),
            .ops = ops_of<L>(in),
            .window = window_of<L>(in)};
}

/// Evaluates leaf L on input `in`: with its own `evaluate` when L declares one (the built-in
/// layers: one function shares the window arithmetic between shape, operations and receptive
/// field, which keeps the walk's constant evaluation short), otherwise member by member.
template <class L>
constexpr evaluation evaluate_leaf(const Shape& in, Issue& issue) noexcept {
    if constexpr (evaluates_itself<L>)
        return L::evaluate(in, issue);
    else
        return evaluate_members<L>(in, issue);
}

/// The layer protocol's members written over L's one-pass `evaluate` (see the top of this
/// file): a built-in layer derives from evaluated<itself>. Each member evaluates the whole layer
/// and keeps one part; the walk calls `evaluate` once instead.
template <class L>
struct evaluated {
    using evaluated_layer = L;

    static constexpr Issue check(const Shape& in) noexcept {
        Issue i;
        static_cast<void>(L::evaluate(in, i));
        return i;
    }
    static constexpr Shape output_shape(const Shape& in) noexcept { return part(in).output; }
    static constexpr std::uint64_t weights(const Shape& in) noexcept { return part(in).weights; }
    static constexpr std::uint64_t biases(const Shape& in) noexcept { return part(in).biases; }
    static constexpr std::uint64_t non_trainable_params(const Shape& in) noexcept {
        return part(in).non_trainable;
    }
    static constexpr Ops ops(const Shape& in) noexcept { return part(in).ops; }
    static constexpr Window window(const Shape& in) noexcept { return part(in).window; }

  private:
    static constexpr evaluation part(const Shape& in) noexcept {
        Issue i;
        return L::evaluate(in, i);
    }
};

}  // namespace detail
}  // namespace ctnn
