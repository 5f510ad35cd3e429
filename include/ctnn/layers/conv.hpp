#pragma once
// ctnn/layers/conv.hpp: convolutions.

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
// Names are built by plain functions: a lambda in each layer class cost g++ about 0.5 ms per
// distinct layer type (docs/performance.md).
/// The name of a convolution of any family (Conv, DepthwiseConv, ConvTranspose, SeparableConv):
/// "Family KHxKW/S" and the padding and dilation as written, then " op1" (output padding),
/// " g2" (groups), ", x2" (depth multiplier), ", F" (filters; none when 0), ", no bias".
constexpr text<96> convolution_name(std::string_view family, long long kh, long long kw,
                                    long long filters, const option_set& o) noexcept {
    text<96> t;
    t << family << ' ';
    append_window(t, kh, kw, o);
    if (o.output_pad_h != 0 || o.output_pad_w != 0) {
        t << " op" << o.output_pad_h;
        if (o.output_pad_w != o.output_pad_h) t << 'x' << o.output_pad_w;
    }
    if (o.groups != 1) t << " g" << o.groups;
    if (o.multiplier != 1) t << ", x" << o.multiplier;
    if (filters != 0) t << ", " << filters;
    if (!o.bias) t << ", no bias";
    return t;
}
}  // namespace detail

/// Conv<KH, KW, Filters, Options...>: 2-D convolution (PyTorch Conv2d, Keras Conv2D).
///
/// Template parameters: kernel KH x KW >= 1, Filters >= 1 output channels.
/// Options (any order): Stride<S>/<SH, SW> (1), Pad<P>/<PH, PW>/<T, B, L, R> or Same (none),
///   Dilation<D>/<DH, DW> (1), Groups<G> (1; G divides Cin and Filters), NoBias (bias on).
/// Input H x W x Cin (a flat input is an error).
/// Output per axis: floor((in + pad_before + pad_after - d*(k-1) - 1) / s) + 1, or ceil(in / s)
///   with Same; Filters channels.
/// Parameters: weights KH*KW*(Cin/G)*Filters, biases Filters (0 with NoBias).
/// MACs: out_H*out_W*Filters*KH*KW*(Cin/G); bias additions out_H*out_W*Filters.
/// Name: "Conv 3x3/1 p1, 64" (kernel/stride, padding, " d" dilation, " g" groups, ", no bias").
template <int KH, int KW, int Filters, class... Options>
struct Conv : detail::evaluated<Conv<KH, KW, Filters, Options...>> {
    static constexpr detail::option_set options =
        detail::parse_options<Conv, detail::opt_stride | detail::opt_padding |
                                        detail::opt_dilation | detail::opt_groups |
                                        detail::opt_bias,
                              Options...>();

  private:
    static constexpr auto name_text = detail::convolution_name("Conv", KH, KW, Filters, options);

  public:
    static constexpr std::string_view name = name_text.view();

    /// The rules on the template arguments alone: the window's, Filters >= 1, Groups >= 1.
    static constexpr bool arguments(const Shape& in, Issue& issue) noexcept {
        return detail::convolution_arguments_ok(in, KH, KW, Filters, options, issue);
    }
    /// The output, counts, operations and window on input `in`, or the first problem.
    static constexpr detail::evaluation evaluate(const Shape& in, Issue& issue) noexcept {
        if constexpr (!detail::arguments_valid<&Conv::arguments>()) {
            return detail::refuse<&Conv::arguments>(in, issue);
        } else {
            if (!detail::window_fits<error::kernel_larger_than_padded_input, error::kernel_hw>(
                    in, KH, KW, options, issue) ||
                !detail::groups_divide(in, Filters, options.groups, issue))
                return {};
            constexpr auto g = static_cast<std::uint64_t>(options.groups);
            return detail::evaluate_convolution(
                in, KH, KW, static_cast<std::uint64_t>(Filters),
                checked_mul(static_cast<std::uint64_t>(KH) * static_cast<std::uint64_t>(KW), in.c / g),
                options);
        }
    }
};

/// DepthwiseConv<KH, KW, Options...>: one KH x KW filter per input channel (times the
/// multiplier), as Keras DepthwiseConv2D and PyTorch Conv2d(groups = Cin, out = Cin*M).
///
/// Options: Stride, Pad or Same, Dilation, Multiplier<M> (1), NoBias (bias on).
/// Input H x W x Cin. Output: the window formula of Conv, Cin*M channels.
/// Parameters: weights KH*KW*Cin*M, biases Cin*M (0 with NoBias).
/// MACs: out_H*out_W*Cin*M*KH*KW; bias additions out_H*out_W*Cin*M.
/// Name: "DepthwiseConv 3x3/2 p1" (", x2" for a multiplier, ", no bias").
template <int KH, int KW, class... Options>
struct DepthwiseConv : detail::evaluated<DepthwiseConv<KH, KW, Options...>> {
    static constexpr detail::option_set options =
        detail::parse_options<DepthwiseConv, detail::opt_stride | detail::opt_padding |
                                                 detail::opt_dilation | detail::opt_multiplier |
                                                 detail::opt_bias,
                              Options...>();

  private:
    static constexpr auto name_text = detail::convolution_name("DepthwiseConv", KH, KW, 0, options);

  public:
    static constexpr std::string_view name = name_text.view();

    /// The rules on the template arguments alone: the window's and Multiplier >= 1.
    static constexpr bool arguments(const Shape& in, Issue& issue) noexcept {
        if (!detail::window_arguments_ok(in, KH, KW, options, issue)) return false;
        if (options.multiplier < 1)
            return detail::reject(issue, ctnn::issue<error::depth_multiplier_must_be_positive>(
                                             in, number<error::multiplier>(options.multiplier)));
        return true;
    }
    /// The output, counts, operations and window on input `in`, or the first problem.
    static constexpr detail::evaluation evaluate(const Shape& in, Issue& issue) noexcept {
        if constexpr (!detail::arguments_valid<&DepthwiseConv::arguments>()) {
            return detail::refuse<&DepthwiseConv::arguments>(in, issue);
        } else {
            if (!detail::window_fits<error::kernel_larger_than_padded_input, error::kernel_hw>(
                    in, KH, KW, options, issue))
                return {};
            return detail::evaluate_convolution(
                in, KH, KW, checked_mul(in.c, static_cast<std::uint64_t>(options.multiplier)),
                static_cast<std::uint64_t>(KH) * static_cast<std::uint64_t>(KW), options);
        }
    }
};

}  // namespace ctnn
