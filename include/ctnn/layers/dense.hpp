#pragma once
// ctnn/layers/dense.hpp: fully connected layers and flattening.

#include <cstdint>
#include <string_view>

#include <ctnn/core/checked.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/text.hpp>
#include <ctnn/layers/options.hpp>
#include <ctnn/layers/window.hpp>

namespace ctnn {

namespace detail {
constexpr text<40> fc_name(long long units, bool bias) noexcept {
    text<40> t;
    t << "FC " << units;
    if (!bias) t << ", no bias";
    return t;
}
}  // namespace detail

/// FC<Units, Options...>: fully connected (PyTorch Linear, Keras Dense, Caffe InnerProduct).
///
/// Template parameters: Units >= 1 outputs. Option: NoBias (bias on by default).
/// Input: anything; an H x W x C map is flattened implicitly (in = H*W*C, row-major order does
///   not matter for counting), as VGG's fc1 sees 7*7*512 = 25,088 inputs.
/// Output: flat Units. Parameters: weights in*Units, biases Units (0 with NoBias).
/// MACs: in*Units; bias additions Units. Its receptive field is the whole map.
/// Name: "FC 4096", "FC 10, no bias".
template <int Units, class... Options>
struct FC {
    static constexpr detail::option_set options =
        detail::parse_options<FC, detail::opt_bias, Options...>();

  private:
    static constexpr auto name_text = detail::fc_name(Units, options.bias);

  public:
    static constexpr std::string_view name = name_text.view();

    static constexpr Issue check(const Shape& in) noexcept {
        return Units < 1 ? issue(problem::units_not_positive, in, Units) : Issue{};
    }
    static constexpr Shape output_shape(const Shape&) noexcept {
        return Shape::vector(static_cast<std::uint64_t>(Units));
    }
    static constexpr std::uint64_t weights(const Shape& in) noexcept {
        return checked_mul(in.size(), static_cast<std::uint64_t>(Units));
    }
    static constexpr std::uint64_t biases(const Shape&) noexcept {
        return options.bias ? static_cast<std::uint64_t>(Units) : 0;
    }
    static constexpr Ops ops(const Shape& in) noexcept {
        return {.macs = weights(in), .bias = biases(in)};
    }
    static constexpr Window window(const Shape& in) noexcept { return detail::whole_map(in); }
    /// All of the above at once, for the walk.
    static constexpr detail::evaluation evaluate(const Shape& in) noexcept {
        if (Units < 1) return detail::rejected(problem::units_not_positive);
        detail::evaluation e;
        e.output = output_shape(in);
        e.weights = weights(in);
        e.biases = biases(in);
        e.ops = {.macs = e.weights, .bias = e.biases};
        e.window = detail::whole_map(in);
        return e;
    }
};

/// Dense<Units, Options...>: Keras' name for FC; the same layer.
template <int Units, class... Options>
using Dense = FC<Units, Options...>;

/// Flatten: H x W x C -> flat H*W*C; a flat input passes through unchanged (as Keras' Flatten
/// on a vector). A view of the same values: no parameters, no operation, no new buffer.
struct Flatten {
    static constexpr std::string_view name = "Flatten";
    static constexpr bool in_place = true;
    static constexpr bool view = true;
    static constexpr Shape output_shape(const Shape& in) noexcept { return in.flattened(); }
};

}  // namespace ctnn
