#pragma once
// ctnn/layers/conv.hpp: convolutions.

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
struct Conv {
    static constexpr detail::option_set options =
        detail::parse_options<Conv, detail::opt_stride | detail::opt_padding |
                                        detail::opt_dilation | detail::opt_groups |
                                        detail::opt_bias,
                              Options...>();

  private:
    static constexpr auto name_text = detail::convolution_name("Conv", KH, KW, Filters, options);

  public:
    static constexpr std::string_view name = name_text.view();

    static constexpr Issue check(const Shape& in) noexcept {
        if (Issue i = detail::check_window(in, KH, KW, options,
                                           problem::kernel_larger_than_padded_input))
            return i;
        if (Filters < 1) return issue(problem::filters_not_positive, in, Filters);
        if (options.groups < 1) return issue(problem::groups_not_positive, in, options.groups);
        const auto g = static_cast<std::uint64_t>(options.groups);
        if (in.c % g != 0 || static_cast<std::uint64_t>(Filters) % g != 0)
            return issue(problem::groups_do_not_divide_channels, in,
                         static_cast<long long>(in.c), Filters, options.groups);
        return Issue{};
    }
    static constexpr Shape output_shape(const Shape& in) noexcept {
        const auto r = detail::slide2d(in, KH, KW, options);
        return Shape::hwc(static_cast<std::uint64_t>(r.h.out), static_cast<std::uint64_t>(r.w.out),
                          Filters);
    }
    static constexpr std::uint64_t weights(const Shape& in) noexcept {
        return checked_mul(static_cast<std::uint64_t>(KH) * static_cast<std::uint64_t>(KW),
                           checked_mul(in.c / static_cast<std::uint64_t>(options.groups),
                                       static_cast<std::uint64_t>(Filters)));
    }
    static constexpr std::uint64_t biases(const Shape&) noexcept {
        return options.bias ? static_cast<std::uint64_t>(Filters) : 0;
    }
    static constexpr Ops ops(const Shape& in) noexcept {
        return detail::conv_ops(output_shape(in),
                                checked_mul(static_cast<std::uint64_t>(KH) * static_cast<std::uint64_t>(KW),
                                            in.c / static_cast<std::uint64_t>(options.groups)),
                                options.bias);
    }
    static constexpr Window window(const Shape& in) noexcept {
        return detail::slide_window(in, KH, KW, options);
    }
    /// The first problem with the template arguments alone (problem::none when they are valid).
    static constexpr problem arguments_problem =
        detail::window_arguments_problem(KH, KW, options) != problem::none
            ? detail::window_arguments_problem(KH, KW, options)
        : Filters < 1         ? problem::filters_not_positive
        : options.groups < 1  ? problem::groups_not_positive
                              : problem::none;
    /// All of the above at once, for the walk.
    static constexpr detail::evaluation evaluate(const Shape& in) noexcept {
        if (arguments_problem != problem::none || !detail::window_fits(in, KH, KW, options) ||
            in.c % static_cast<std::uint64_t>(options.groups) != 0 ||
            static_cast<std::uint64_t>(Filters) % static_cast<std::uint64_t>(options.groups) != 0)
            return detail::rejected(check(in).kind);
        return detail::evaluate_convolution(
            in, KH, KW, static_cast<std::uint64_t>(Filters),
            checked_mul(static_cast<std::uint64_t>(KH) * static_cast<std::uint64_t>(KW),
                        in.c / static_cast<std::uint64_t>(options.groups)),
            options);
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
struct DepthwiseConv {
    static constexpr detail::option_set options =
        detail::parse_options<DepthwiseConv, detail::opt_stride | detail::opt_padding |
                                                 detail::opt_dilation | detail::opt_multiplier |
                                                 detail::opt_bias,
                              Options...>();

  private:
    static constexpr auto name_text = detail::convolution_name("DepthwiseConv", KH, KW, 0, options);

  public:
    static constexpr std::string_view name = name_text.view();

    static constexpr Issue check(const Shape& in) noexcept {
        if (Issue i = detail::check_window(in, KH, KW, options,
                                           problem::kernel_larger_than_padded_input))
            return i;
        if (options.multiplier < 1)
            return issue(problem::multiplier_not_positive, in, options.multiplier);
        return Issue{};
    }
    static constexpr Shape output_shape(const Shape& in) noexcept {
        const auto r = detail::slide2d(in, KH, KW, options);
        return Shape::hwc(static_cast<std::uint64_t>(r.h.out), static_cast<std::uint64_t>(r.w.out),
                          checked_mul(in.c, static_cast<std::uint64_t>(options.multiplier)));
    }
    static constexpr std::uint64_t weights(const Shape& in) noexcept {
        return checked_mul(static_cast<std::uint64_t>(KH) * static_cast<std::uint64_t>(KW),
                           checked_mul(in.c, static_cast<std::uint64_t>(options.multiplier)));
    }
    static constexpr std::uint64_t biases(const Shape& in) noexcept {
        return options.bias ? checked_mul(in.c, static_cast<std::uint64_t>(options.multiplier)) : 0;
    }
    static constexpr Ops ops(const Shape& in) noexcept {
        return detail::conv_ops(output_shape(in),
                                static_cast<std::uint64_t>(KH) * static_cast<std::uint64_t>(KW),
                                options.bias);
    }
    static constexpr Window window(const Shape& in) noexcept {
        return detail::slide_window(in, KH, KW, options);
    }
    /// The first problem with the template arguments alone (problem::none when they are valid).
    static constexpr problem arguments_problem =
        detail::window_arguments_problem(KH, KW, options) != problem::none
            ? detail::window_arguments_problem(KH, KW, options)
        : options.multiplier < 1 ? problem::multiplier_not_positive
                                 : problem::none;
    /// All of the above at once, for the walk.
    static constexpr detail::evaluation evaluate(const Shape& in) noexcept {
        if (arguments_problem != problem::none || !detail::window_fits(in, KH, KW, options))
            return detail::rejected(check(in).kind);
        return detail::evaluate_convolution(
            in, KH, KW, checked_mul(in.c, static_cast<std::uint64_t>(options.multiplier)),
            static_cast<std::uint64_t>(KH) * static_cast<std::uint64_t>(KW), options);
    }
};

}  // namespace ctnn
