#pragma once
// ctnn/layers/transposed.hpp: transposed convolution ("up-convolution", "deconvolution").

#include <cstdint>
#include <string_view>

#include <ctnn/core/checked.hpp>
#include <ctnn/core/costs.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/layers/conv.hpp>
#include <ctnn/layers/options.hpp>
#include <ctnn/layers/window.hpp>

namespace ctnn {

namespace detail {

/// One axis of a transposed convolution: the output size, and the rows (columns) cropped at
/// the start, which is what its padding means.
struct transposed_axis {
    long long out = 0;
    long long crop_begin = 0;
};

/// out = (in - 1)*s - (p_begin + p_end) + d*(k - 1) + output_padding + 1. With Same (Keras'
/// padding='same'), out = in*s and the crop at the start is max(d*(k-1) + 1 - s, 0) / 2; with
/// Same and an explicit output padding, Keras' formula: the span K = d*(k-1) + 1 cropped by
/// K / 2 on each side, out = (in - 1)*s + K - 2*(K / 2) + output_padding.
constexpr transposed_axis transposed_slide(long long in, long long k, long long s, long long d,
                                           long long b, long long e, long long op, bool same,
                                           bool has_op) noexcept {
    if (same && has_op) {
        const long long span = d * (k - 1) + 1;
        return {.out = (in - 1) * s + span - 2 * (span / 2) + op, .crop_begin = span / 2};
    }
    if (same) {
        const long long excess = d * (k - 1) + 1 - s;
        return {.out = in * s, .crop_begin = excess > 0 ? excess / 2 : 0};
    }
    return {.out = (in - 1) * s - (b + e) + d * (k - 1) + op + 1, .crop_begin = b};
}

}  // namespace detail

/// ConvTranspose<KH, KW, Filters, Options...>: transposed 2-D convolution (PyTorch
/// ConvTranspose2d, Keras Conv2DTranspose; U-Net's 2x2 "up-convolution"). Each input value is
/// multiplied by a KH x KW kernel per output channel and the products are added into the
/// output, the kernels of neighbouring inputs S apart.
///
/// Template parameters: kernel KH x KW >= 1, Filters >= 1 output channels.
/// Options (any order): Stride<S>/<SH, SW> (1), Pad<P>/<PH, PW>/<T, B, L, R> (none: rows and
///   columns cropped from the full output) or Same (Keras: output = in*S; with OutputPadding,
///   Keras' (in-1)*S + K - 2*(K/2) + output_padding, K = d*(k-1)+1), OutputPadding<P>/
///   <PH, PW> (0; must be below the stride or the dilation), Dilation (1), Groups<G> (1; G
///   divides Cin and Filters), NoBias (bias on).
/// Input H x W x Cin (a flat input is an error).
/// Output per axis: (in - 1)*s - pad_before - pad_after + d*(k - 1) + output_padding + 1, or
///   in*s with Same; Filters channels. (Keras' padding='valid' with a kernel smaller than the
///   stride gives in*s: write OutputPadding<s - k> for it.)
/// Parameters: weights KH*KW*Cin*(Filters/G) (PyTorch's weight is Cin x Filters/G x KH x KW),
///   biases Filters (0 with NoBias).
/// MACs: counted at the *input* positions, where the work is: in_H*in_W*Cin*(Filters/G)*KH*KW
///   (every input value meets every tap of its group's kernels once, whatever the stride);
///   bias additions out_H*out_W*Filters.
/// Receptive field: the outputs are S times denser than the inputs (core/costs.hpp).
/// Name: "ConvTranspose 2x2/2, 512" (then " p1", " op1", " d2", " g2", ", no bias").
template <int KH, int KW, int Filters, class... Options>
struct ConvTranspose : detail::evaluated<ConvTranspose<KH, KW, Filters, Options...>> {
    static constexpr detail::option_set options =
        detail::parse_options<ConvTranspose,
                              detail::opt_stride | detail::opt_padding | detail::opt_dilation |
                                  detail::opt_groups | detail::opt_bias |
                                  detail::opt_output_padding,
                              Options...>();

  private:
    static constexpr auto name_text = detail::convolution_name("ConvTranspose", KH, KW, Filters, options);

  public:
    static constexpr std::string_view name = name_text.view();

    /// The rules on the template arguments alone: the window's (the size check of a forward
    /// convolution does not apply), Filters >= 1, Groups >= 1, and an output padding below the
    /// stride or the dilation along its axis.
    static constexpr bool arguments(const Shape& in, Issue& issue) noexcept {
        const auto& o = options;
        if (!detail::convolution_arguments_ok(in, KH, KW, Filters, o, issue)) return false;
        const long long limit_h = o.stride_h > o.dilation_h ? o.stride_h : o.dilation_h;
        const long long limit_w = o.stride_w > o.dilation_w ? o.stride_w : o.dilation_w;
        if (o.output_pad_h < 0 || o.output_pad_w < 0 || o.output_pad_h >= limit_h ||
            o.output_pad_w >= limit_w)
            return detail::reject(issue, ctnn::issue<error::output_padding_out_of_range>(
                                             in, number<error::output_padding_hw>(o.output_pad_h, o.output_pad_w),
                                             number<error::limit_hw>(limit_h, limit_w)));
        return true;
    }
    /// The output, counts, operations and window on input `in`, or the first problem.
    static constexpr detail::evaluation evaluate(const Shape& in, Issue& issue) noexcept {
        if constexpr (!detail::arguments_valid<&ConvTranspose::arguments>()) {
            return detail::refuse<&ConvTranspose::arguments>(in, issue);
        } else {
            const auto& o = options;
            if (in.flat) {
                issue = ctnn::issue<error::layer_needs_a_feature_map>(in);
                return {};
            }
            if (!detail::groups_divide(in, Filters, o.groups, issue)) return {};
            constexpr auto g = static_cast<std::uint64_t>(o.groups);
            const detail::transposed_axis h = detail::transposed_slide(
                static_cast<long long>(in.h), KH, o.stride_h, o.dilation_h, o.pad_top, o.pad_bottom,
                o.output_pad_h, o.same, o.has_output_padding);
            const detail::transposed_axis w = detail::transposed_slide(
                static_cast<long long>(in.w), KW, o.stride_w, o.dilation_w, o.pad_left, o.pad_right,
                o.output_pad_w, o.same, o.has_output_padding);
            if (h.out < 1 || w.out < 1) {
                issue = ctnn::issue<error::transposed_convolution_output_must_be_positive>(
                    in, number<error::output_hw>(h.out, w.out));
                return {};
            }
            constexpr std::uint64_t taps = static_cast<std::uint64_t>(KH) * static_cast<std::uint64_t>(KW);
            const Shape out = Shape::hwc(static_cast<std::uint64_t>(h.out),
                                         static_cast<std::uint64_t>(w.out),
                                         static_cast<std::uint64_t>(Filters));
            const std::uint64_t weights =
                checked_mul(taps, checked_mul(in.c, static_cast<std::uint64_t>(Filters) / g));
            return {.output = out,
                    .weights = weights,
                    .biases = o.bias ? static_cast<std::uint64_t>(Filters) : 0,
                    .ops = {.macs = checked_mul(checked_mul(in.h, in.w), weights), .bias = o.bias ? out.size() : 0},
                    .window = {.kh = KH, .kw = KW, .ph = h.crop_begin, .pw = w.crop_begin,
                               .dh = o.dilation_h, .dw = o.dilation_w, .uh = o.stride_h,
                               .uw = o.stride_w}};
        }
    }
};

}  // namespace ctnn
