#pragma once
// ctnn/layers/dense.hpp: fully connected layers and flattening.

#include <cstdint>
#include <string_view>

#include <ctnn/core/checked.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/layer.hpp>
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
struct FC : detail::evaluated<FC<Units, Options...>> {
    static constexpr detail::option_set options =
        detail::parse_options<FC, detail::opt_bias, Options...>();

  private:
    static constexpr auto name_text = detail::fc_name(Units, options.bias);

  public:
    static constexpr std::string_view name = name_text.view();

    /// The output, counts, operations and window on input `in`, or the first problem.
    static constexpr detail::evaluation evaluate(const Shape& in, Issue& issue) noexcept {
        if constexpr (Units < 1) {
            issue = ctnn::issue<error::units_must_be_positive>(in, number<error::units>(Units));
            return {};
        } else {
            const std::uint64_t weights = checked_mul(in.size(), static_cast<std::uint64_t>(Units));
            const std::uint64_t biases = options.bias ? static_cast<std::uint64_t>(Units) : 0;
            return {.output = Shape::vector(static_cast<std::uint64_t>(Units)),
                    .weights = weights,
                    .biases = biases,
                    .ops = {.macs = weights, .bias = biases},
                    .window = detail::whole_map(in)};
        }
    }
};

/// Dense<Units, Options...>: Keras' name for FC; the same layer.
template <int Units, class... Options>
using Dense = FC<Units, Options...>;

/// Flatten: H x W x C -> flat H*W*C; a flat input passes through unchanged (as Keras' Flatten
/// on a vector). A view of the same values: no parameters, no operation, no new buffer.
struct Flatten : detail::evaluated<Flatten> {
    static constexpr std::string_view name = "Flatten";
    static constexpr bool in_place = true;
    static constexpr bool view = true;
    static constexpr detail::evaluation evaluate(const Shape& in, Issue&) noexcept {
        return {.output = in.flattened()};
    }
};

}  // namespace ctnn
