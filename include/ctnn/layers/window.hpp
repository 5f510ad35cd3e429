#pragma once
// ctnn/layers/window.hpp: the sliding-window arithmetic shared by convolutions and pooling.
//
// Along one axis, with input size `in`, kernel k, stride s, dilation d and padding (b before,
// e after), the kernel spans d*(k-1)+1 inputs and
//   floor mode:  out = floor((in + b + e - d*(k-1) - 1) / s) + 1
//   ceil mode:   out = ceil((in + b + e - d*(k-1) - 1) / s) + 1, minus 1 if the last window
//                would start inside the end padding ((out-1)*s >= in + b), as PyTorch and Caffe do
//   'same':      out = ceil(in / s); total padding max((out-1)*s + d*(k-1) + 1 - in, 0), split
//                b = total / 2, e = total - b (the extra one at the end, as TensorFlow)

#include <ctnn/core/costs.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/layers/options.hpp>

namespace ctnn::detail {

/// The padding actually applied and the output size along one axis.
struct axis_result {
    long long pad_begin = 0;
    long long pad_end = 0;
    long long out = 0;
};

constexpr long long span(long long k, long long d) noexcept { return d * (k - 1) + 1; }

constexpr axis_result slide(long long in, long long k, long long s, long long d, long long b,
                            long long e, bool same, bool ceil_mode) noexcept {
    if (same) {
        const long long out = (in + s - 1) / s;
        const long long need = (out - 1) * s + span(k, d) - in;
        const long long total = need > 0 ? need : 0;
        return {total / 2, total - total / 2, out};
    }
    const long long room = in + b + e - span(k, d);
    long long out = (ceil_mode ? (room + s - 1) / s : room / s) + 1;
    if (ceil_mode && (out - 1) * s >= in + b) --out;
    return {b, e, out};
}

/// The two axes of a window layer (kernel or pooling window) for one input.
struct window_result {
    axis_result h, w;
};

constexpr window_result slide2d(const Shape& in, long long kh, long long kw,
                                const option_set& o) noexcept {
    return {slide(static_cast<long long>(in.h), kh, o.stride_h, o.dilation_h, o.pad_top,
                  o.pad_bottom, o.same, o.ceil_mode),
            slide(static_cast<long long>(in.w), kw, o.stride_w, o.dilation_w, o.pad_left,
                  o.pad_right, o.same, o.ceil_mode)};
}

/// The checks every window layer shares, in the order they are reported: a feature-map input,
/// positive kernel, stride and dilation, non-negative padding, and a (dilated) kernel that fits
/// in the padded input (`too_large` says whether that is a kernel or a pooling window).
constexpr Issue check_window(const Shape& in, long long kh, long long kw, const option_set& o,
                             problem too_large) noexcept {
    if (in.flat) return issue(problem::needs_feature_map, in);
    if (kh < 1 || kw < 1) return issue(problem::kernel_not_positive, in, kh, kw);
    if (o.stride_h < 1 || o.stride_w < 1)
        return issue(problem::stride_not_positive, in, o.stride_h, o.stride_w);
    if (o.dilation_h < 1 || o.dilation_w < 1)
        return issue(problem::dilation_not_positive, in, o.dilation_h, o.dilation_w);
    if (o.pad_top < 0 || o.pad_bottom < 0 || o.pad_left < 0 || o.pad_right < 0)
        return issue(problem::padding_negative, in, o.pad_top, o.pad_bottom, o.pad_left,
                     o.pad_right);
    if (o.same) return Issue{};
    const long long ph = static_cast<long long>(in.h) + o.pad_top + o.pad_bottom;
    const long long pw = static_cast<long long>(in.w) + o.pad_left + o.pad_right;
    const long long sh = span(kh, o.dilation_h), sw = span(kw, o.dilation_w);
    if (sh > ph || sw > pw) return issue(too_large, in, ph, pw, sh, sw);
    return Issue{};
}

/// The kind of the first problem with a window layer's own arguments (kernel, stride, dilation,
/// padding), whatever its input: a constant of each layer type, so that the walk's fast path
/// only checks what depends on the input.
constexpr problem window_arguments_problem(long long kh, long long kw, const option_set& o) noexcept {
    return check_window(Shape::hwc(1u << 30, 1u << 30, 1), kh, kw, o, problem::none).kind;
}

/// Whether a valid window layer's (dilated) window fits in input `in` (padded, unless 'same').
constexpr bool window_fits(const Shape& in, long long kh, long long kw, const option_set& o) noexcept {
    return !in.flat &&
           (o.same || (span(kh, o.dilation_h) <= static_cast<long long>(in.h) + o.pad_top + o.pad_bottom &&
                       span(kw, o.dilation_w) <= static_cast<long long>(in.w) + o.pad_left + o.pad_right));
}

/// The receptive-field window of a sliding-window layer on input `in` (with 'same', the
/// padding actually applied at the top and left).
constexpr Window slide_window(const Shape& in, long long kh, long long kw,
                              const option_set& o) noexcept {
    const window_result r = slide2d(in, kh, kw, o);
    return {kh, kw, o.stride_h, o.stride_w, r.h.pad_begin, r.w.pad_begin, o.dilation_h, o.dilation_w};
}

/// A window that covers the whole map (global pooling, FC on a map); pointwise on a vector.
constexpr Window whole_map(const Shape& in) noexcept {
    if (in.flat) return Window{};
    return {static_cast<long long>(in.h), static_cast<long long>(in.w), 1, 1, 0, 0, 1, 1};
}

/// Multiply-accumulates and bias additions of a convolution producing `out`, each output value
/// the dot product of `taps` inputs (KH*KW*Cin/G).
constexpr Ops conv_ops(const Shape& out, std::uint64_t taps, bool bias) noexcept {
    const std::uint64_t values = out.size();
    return {.macs = checked_mul(values, taps), .bias = bias ? values : 0};
}

/// Everything about a convolution (Conv, DepthwiseConv) on a valid input `in`, with the window
/// arithmetic done once: `filters` output channels, each the dot product of `taps` inputs, and
/// `weights` learnable weights; biases `filters` when the options keep the bias.
constexpr evaluation evaluate_convolution(const Shape& in, long long kh, long long kw,
                                          std::uint64_t filters, std::uint64_t taps,
                                          const option_set& o) noexcept {
    const window_result r = slide2d(in, kh, kw, o);
    evaluation e;
    e.output = Shape::hwc(static_cast<std::uint64_t>(r.h.out), static_cast<std::uint64_t>(r.w.out),
                          filters);
    e.weights = checked_mul(taps, filters);
    e.biases = o.bias ? filters : 0;
    e.ops = conv_ops(e.output, taps, o.bias);
    e.window = {kh, kw, o.stride_h, o.stride_w, r.h.pad_begin, r.w.pad_begin, o.dilation_h,
                o.dilation_w};
    return e;
}

/// Everything about a pooling window layer on a valid input `in`.
constexpr evaluation evaluate_pooling(const Shape& in, long long kh, long long kw,
                                      const option_set& o) noexcept {
    const window_result r = slide2d(in, kh, kw, o);
    evaluation e;
    e.output = Shape::hwc(static_cast<std::uint64_t>(r.h.out), static_cast<std::uint64_t>(r.w.out),
                          in.c);
    e.ops.pooling = checked_mul(e.output.size(), static_cast<std::uint64_t>(kh * kw));
    e.window = {kh, kw, o.stride_h, o.stride_w, r.h.pad_begin, r.w.pad_begin, o.dilation_h,
                o.dilation_w};
    return e;
}

/// The evaluation of a layer that rejected its input (only the kind matters on the fast path).
constexpr evaluation rejected(problem p) noexcept {
    evaluation e;
    e.fault = p;
    return e;
}

}  // namespace ctnn::detail
