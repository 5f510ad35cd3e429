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
        return {.pad_begin = total / 2, .pad_end = total - total / 2, .out = out};
    }
    const long long room = in + b + e - span(k, d);
    long long out = (ceil_mode ? (room + s - 1) / s : room / s) + 1;
    if (ceil_mode && (out - 1) * s >= in + b) --out;
    return {.pad_begin = b, .pad_end = e, .out = out};
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

/// Records issue `i` in `out` and returns false: `return reject(issue, ...)` in a rule.
constexpr bool reject(Issue& out, const Issue& i) noexcept {
    out = i;
    return false;
}

/// The rules on a window layer's own arguments, whatever its input (which only appears in the
/// error): positive kernel, stride and dilation, non-negative padding.
constexpr bool window_arguments_ok(const Shape& in, long long kh, long long kw, const option_set& o,
                                   Issue& issue) noexcept {
    if (kh < 1 || kw < 1)
        return reject(issue, ctnn::issue<error::kernel_must_be_positive>(in, number<error::kernel_hw>(kh, kw)));
    if (o.stride_h < 1 || o.stride_w < 1)
        return reject(issue, ctnn::issue<error::stride_must_be_positive>(
                                 in, number<error::stride_hw>(o.stride_h, o.stride_w)));
    if (o.dilation_h < 1 || o.dilation_w < 1)
        return reject(issue, ctnn::issue<error::dilation_must_be_positive>(
                                 in, number<error::dilation_hw>(o.dilation_h, o.dilation_w)));
    if (o.pad_top < 0 || o.pad_bottom < 0 || o.pad_left < 0 || o.pad_right < 0)
        return reject(issue, ctnn::issue<error::padding_must_not_be_negative>(
                                 in, number<error::padding_tblr>(o.pad_top, o.pad_bottom, o.pad_left,
                                                                 o.pad_right)));
    return true;
}

/// Whether a layer's own arguments are valid: its rule `Arguments(in, issue)` asked for any
/// input. A layer's evaluate starts with
///     if constexpr (!arguments_valid<&Layer::arguments>()) return refuse<&Layer::arguments>(in, issue);
/// so that the walk only checks what depends on the input.
template <bool (*Arguments)(const Shape&, Issue&)>
constexpr bool arguments_valid() noexcept {
    Issue i;
    return Arguments(Shape::hwc(1, 1, 1), i);
}
/// The evaluation of a layer whose own arguments are invalid: their problem, on input `in`.
template <bool (*Arguments)(const Shape&, Issue&)>
constexpr evaluation refuse(const Shape& in, Issue& issue) noexcept {
    Arguments(in, issue);
    return {};
}

/// The rules on a convolution's own arguments (Conv, ConvTranspose): the window's, at least one
/// filter and at least one group.
constexpr bool convolution_arguments_ok(const Shape& in, long long kh, long long kw,
                                        long long filters, const option_set& o,
                                        Issue& issue) noexcept {
    if (!window_arguments_ok(in, kh, kw, o, issue)) return false;
    if (filters < 1)
        return reject(issue, ctnn::issue<error::filters_must_be_positive>(in, number<error::filters>(filters)));
    if (o.groups < 1)
        return reject(issue, ctnn::issue<error::groups_must_be_positive>(in, number<error::groups>(o.groups)));
    return true;
}

/// The rule that G groups divide both the input channels and the filters.
constexpr bool groups_divide(const Shape& in, long long filters, long long groups,
                             Issue& issue) noexcept {
    const auto g = static_cast<std::uint64_t>(groups);
    if (in.c % g == 0 && static_cast<std::uint64_t>(filters) % g == 0) return true;
    return reject(issue, ctnn::issue<error::groups_must_divide_channels>(
                             in, number<error::in_channels>(in.c), number<error::filters>(filters),
                             number<error::groups>(groups)));
}

/// The rule on a window layer's input: an H x W x C map in which the (dilated) window fits once
/// padded (always with 'same'). `TooLarge` and `Size` name the error and the window's numbers
/// (a convolution's kernel_hw, a pooling's window_hw).
template <template <class...> class TooLarge, template <long long...> class Size>
constexpr bool window_fits(const Shape& in, long long kh, long long kw, const option_set& o,
                           Issue& issue) noexcept {
    if (in.flat) return reject(issue, ctnn::issue<error::layer_needs_a_feature_map>(in));
    if (o.same) return true;
    const long long ph = static_cast<long long>(in.h) + o.pad_top + o.pad_bottom;
    const long long pw = static_cast<long long>(in.w) + o.pad_left + o.pad_right;
    const long long sh = span(kh, o.dilation_h), sw = span(kw, o.dilation_w);
    if (sh > ph || sw > pw)
        return reject(issue, ctnn::issue<TooLarge>(in, number<error::padded_hw>(ph, pw),
                                                   number<Size>(sh, sw)));
    return true;
}

/// The receptive-field window of a sliding-window layer (with 'same', the padding actually
/// applied at the top and left).
constexpr Window slide_window(const window_result& r, long long kh, long long kw,
                              const option_set& o) noexcept {
    return {.kh = kh, .kw = kw, .sh = o.stride_h, .sw = o.stride_w, .ph = r.h.pad_begin,
            .pw = r.w.pad_begin, .dh = o.dilation_h, .dw = o.dilation_w};
}

/// A window that covers the whole map (global pooling, FC on a map); pointwise on a vector.
constexpr Window whole_map(const Shape& in) noexcept {
    if (in.flat) return Window{};
    return {.kh = static_cast<long long>(in.h), .kw = static_cast<long long>(in.w)};
}

/// Multiply-accumulates and bias additions of a convolution producing `out`, each output value
/// the dot product of `taps` inputs (KH*KW*Cin/G).
constexpr Ops conv_ops(const Shape& out, std::uint64_t taps, bool bias) noexcept {
    const std::uint64_t values = out.size();
    return {.macs = checked_mul(values, taps), .bias = bias ? values : 0};
}

/// Everything about a convolution (Conv, DepthwiseConv) on a valid input `in`, with the window
/// arithmetic done once: `filters` output channels, each the dot product of `taps` inputs, and
/// `taps * filters` learnable weights; biases `filters` when the options keep the bias.
constexpr evaluation evaluate_convolution(const Shape& in, long long kh, long long kw,
                                          std::uint64_t filters, std::uint64_t taps,
                                          const option_set& o) noexcept {
    const window_result r = slide2d(in, kh, kw, o);
    const Shape out = Shape::hwc(static_cast<std::uint64_t>(r.h.out),
                                 static_cast<std::uint64_t>(r.w.out), filters);
    return {.output = out,
            .weights = checked_mul(taps, filters),
            .biases = o.bias ? filters : 0,
            .ops = conv_ops(out, taps, o.bias),
            .window = slide_window(r, kh, kw, o)};
}

/// Everything about a pooling window layer on a valid input `in`: KH*KW reads per output value.
constexpr evaluation evaluate_pooling(const Shape& in, long long kh, long long kw,
                                      const option_set& o) noexcept {
    const window_result r = slide2d(in, kh, kw, o);
    const Shape out = Shape::hwc(static_cast<std::uint64_t>(r.h.out),
                                 static_cast<std::uint64_t>(r.w.out), in.c);
    return {.output = out,
            .ops = {.pooling = checked_mul(out.size(), static_cast<std::uint64_t>(kh * kw))},
            .window = slide_window(r, kh, kw, o)};
}

}  // namespace ctnn::detail
