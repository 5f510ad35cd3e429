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
//   static constexpr Issue check(Shape in);            // finer: an Issue from core/diagnostics.hpp
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
// (examples/custom_layer.cpp).

#include <concepts>
#include <cstdint>
#include <string_view>

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

/// What the walk learns from one leaf for one input: the first problem's kind (its numbers
/// are gathered only on the error path, from check()), the output, and every count.
struct evaluation {
    problem fault = problem::none;
    Shape output{};
    std::uint64_t weights = 0;
    std::uint64_t biases = 0;
    std::uint64_t non_trainable = 0;
    bool in_place = false;
    bool view = false;
    Ops ops{};
    Window window{};
};

/// The first problem with input `in`, from check() or accepts(); Issue{} when there is none.
/// A layer of a user (one without the built-ins' one-pass `evaluate`) is also held to the law
/// that its output has no zero dimension.
template <class L>
constexpr Issue check_of(const Shape& in) noexcept {
    if constexpr (requires { L::check(in); }) {
        if (const Issue i = L::check(in)) return i;
    } else if constexpr (requires { L::accepts(in); }) {
        if (!L::accepts(in)) return issue(problem::layer_rejects_input, in);
    }
    if constexpr (!requires { L::evaluate(in); }) {
        const Shape out = L::output_shape(in);
        if (out.h == 0 || out.w == 0 || out.c == 0) return issue2(problem::output_size_zero, in, out);
    }
    return Issue{};
}

/// Evaluates leaf L on input `in` member by member, with the defaults above.
template <class L>
constexpr evaluation evaluate_members(const Shape& in) noexcept {
    if (const problem p = check_of<L>(in).kind; p != problem::none) {
        evaluation e;
        e.fault = p;
        return e;
    }
    return {problem::none,           L::output_shape(in), weights_of<L>(in), biases_of<L>(in),
            non_trainable_of<L>(in), in_place_of<L>() || view_of<L>(), view_of<L>(), ops_of<L>(in),
            window_of<L>(in)};
}

/// Evaluates leaf L on input `in`. A built-in layer computes everything in one function,
/// `evaluate(Shape)`, sharing the window arithmetic between shape, operations and receptive
/// field, which keeps the walk's constant evaluation short; tests/static/laws.cpp checks that
/// it agrees with evaluate_members. Any other layer is evaluated member by member.
template <class L>
constexpr evaluation evaluate_leaf(const Shape& in) noexcept {
    if constexpr (requires { L::evaluate(in); })
        return L::evaluate(in);
    else
        return evaluate_members<L>(in);
}

}  // namespace detail
}  // namespace ctnn
