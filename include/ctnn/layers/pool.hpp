#pragma once
// ctnn/layers/pool.hpp: pooling. No pooling layer has parameters.

#include <cstdint>
#include <string_view>

#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/text.hpp>
#include <ctnn/layers/options.hpp>
#include <ctnn/layers/window.hpp>

namespace ctnn {

namespace detail {

/// A pooling window of KH x KW with the given options; the stride defaults to the window.
template <class Layer, unsigned Accepted, int KH, int KW, class... Options>
constexpr option_set pool_options() noexcept {
    option_set o = parse_options<Layer, Accepted, Options...>();
    if (!o.has_stride) {
        o.stride_h = KH;
        o.stride_w = KW;
    }
    return o;
}

constexpr text<80> pool_name(std::string_view family, long long kh, long long kw,
                             const option_set& o) noexcept {
    text<80> t;
    t << family << ' ';
    append_window(t, kh, kw, o);
    if (o.ceil_mode) t << ", ceil";
    return t;
}

/// Shared body of MaxPool and AvgPool: `Layer` (the derived class, named in option errors)
/// accepts the option kinds in `Accepted`.
template <class Layer, unsigned Accepted, int KH, int KW, class... Options>
struct window_pool : evaluated<Layer> {
    static constexpr option_set options = pool_options<Layer, Accepted, KH, KW, Options...>();

    /// The rules on the template arguments alone: the window's, and explicit padding at most
    /// half the window (PyTorch's rule), or with PadUpToWindow below the window.
    static constexpr bool arguments(const Shape& in, Issue& issue) noexcept {
        if (!window_arguments_ok(in, KH, KW, options, issue)) return false;
        const auto& o = options;
        const long long worst_h = o.pad_top > o.pad_bottom ? o.pad_top : o.pad_bottom;
        const long long worst_w = o.pad_left > o.pad_right ? o.pad_left : o.pad_right;
        if (o.pad_up_to_window && (worst_h >= KH || worst_w >= KW))
            return reject(issue, ctnn::issue<error::pool_padding_not_below_window>(
                                     in, number<error::padding_hw>(worst_h, worst_w),
                                     number<error::window_hw>(KH, KW)));
        if (!o.pad_up_to_window && (worst_h > KH / 2 || worst_w > KW / 2))
            return reject(issue, ctnn::issue<error::pool_padding_over_half_window>(
                                     in, number<error::padding_hw>(worst_h, worst_w),
                                     number<error::window_hw>(KH, KW)));
        return true;
    }
    /// The output, operations and window on input `in`, or the first problem.
    static constexpr evaluation evaluate(const Shape& in, Issue& issue) noexcept {
        if constexpr (!arguments_valid<&window_pool::arguments>()) {
            return refuse<&window_pool::arguments>(in, issue);
        } else {
            if (!window_fits<error::window_larger_than_padded_input, error::window_hw>(
                    in, KH, KW, options, issue))
                return {};
            return evaluate_pooling(in, KH, KW, options);
        }
    }
};

}  // namespace detail

/// MaxPool<KH, KW, Options...>: maximum over each KH x KW window, per channel.
///
/// Options: Stride (default: the window, so MaxPool<2, 2> halves H and W), Pad or Same,
///   Dilation, CeilMode, PadUpToWindow. Explicit padding may be at most half the window
///   (PyTorch's rule), or with PadUpToWindow anything below the window (ONNX Runtime's).
/// Output: the window formula (see layers/window.hpp), channels unchanged. No parameters.
/// Pooling operations: KH*KW per output value. Name: "MaxPool 2x2/2", "MaxPool 3x3/2 p1, ceil".
template <int KH, int KW, class... Options>
struct MaxPool
    : detail::window_pool<MaxPool<KH, KW, Options...>,
                          detail::opt_stride | detail::opt_padding | detail::opt_dilation |
                              detail::opt_ceil_mode | detail::opt_pool_padding,
                          KH, KW, Options...> {
  private:
    static constexpr auto name_text = detail::pool_name("MaxPool", KH, KW, MaxPool::options);

  public:
    static constexpr std::string_view name = name_text.view();
};

/// AvgPool<KH, KW, Options...>: mean over each KH x KW window, per channel.
///
/// Options: Stride (default: the window), Pad or Same, CeilMode, PadUpToWindow. Output and
/// padding rules as MaxPool.
/// No parameters. Name: "AvgPool 2x2/2".
template <int KH, int KW, class... Options>
struct AvgPool
    : detail::window_pool<AvgPool<KH, KW, Options...>,
                          detail::opt_stride | detail::opt_padding | detail::opt_ceil_mode |
                              detail::opt_pool_padding,
                          KH, KW, Options...> {
  private:
    static constexpr auto name_text = detail::pool_name("AvgPool", KH, KW, AvgPool::options);

  public:
    static constexpr std::string_view name = name_text.view();
};

namespace detail {
/// Shared body of the global poolings: H x W x C -> flat C, H*W reads per channel.
template <class Layer>
struct global_pool : evaluated<Layer> {
    static constexpr evaluation evaluate(const Shape& in, Issue& issue) noexcept {
        if (in.flat) {
            issue = ctnn::issue<error::layer_needs_a_feature_map>(in);
            return {};
        }
        return {.output = Shape::vector(in.c), .ops = {.pooling = in.size()}, .window = whole_map(in)};
    }
};

/// PyTorch's adaptive pooling along one axis: output i averages inputs [floor(i*in/out),
/// ceil((i+1)*in/out)). Returns the sum of the window sizes and the largest window.
struct adaptive_axis {
    std::uint64_t reads = 0;
    long long largest = 0;
};
constexpr adaptive_axis adapt(std::uint64_t in, std::uint64_t out) noexcept {
    adaptive_axis a;
    for (std::uint64_t i = 0; i < out; ++i) {
        const std::uint64_t start = i * in / out, end = ((i + 1) * in + out - 1) / out;
        a.reads += end - start;
        if (static_cast<long long>(end - start) > a.largest) a.largest = static_cast<long long>(end - start);
    }
    return a;
}
}  // namespace detail

/// GlobalAvgPool: mean over all of H x W; H x W x C -> flat C (as Keras'
/// GlobalAveragePooling2D; for PyTorch's 1 x 1 x C result use AdaptiveAvgPool<1, 1>).
/// No parameters.
struct GlobalAvgPool : detail::global_pool<GlobalAvgPool> {
    static constexpr std::string_view name = "GlobalAvgPool";
};

/// GlobalMaxPool: maximum over all of H x W; H x W x C -> flat C. No parameters.
struct GlobalMaxPool : detail::global_pool<GlobalMaxPool> {
    static constexpr std::string_view name = "GlobalMaxPool";
};

namespace detail {
/// Shared body of the adaptive poolings into an H x W grid (HW... is <S> or <H, W>).
template <class Layer, int... HW>
struct adaptive_pool : evaluated<Layer> {
    static_assert(sizeof...(HW) == 1 || sizeof...(HW) == 2,
                  "ctnn: adaptive pooling takes <S> or <H, W>");
    static constexpr int H = pair_option<HW...>::h;
    static constexpr int W = pair_option<HW...>::w;

    /// Exact when the output divides the input (window = stride = in/out); otherwise the
    /// largest window and the rounded-down average stride.
    static constexpr evaluation evaluate(const Shape& in, Issue& issue) noexcept {
        if (in.flat) {
            issue = ctnn::issue<error::layer_needs_a_feature_map>(in);
            return {};
        }
        if constexpr (H < 1 || W < 1) {
            issue = ctnn::issue<error::output_size_must_be_positive>(in, number<error::output_hw>(H, W));
            return {};
        } else {
            constexpr auto h = static_cast<std::uint64_t>(H), w = static_cast<std::uint64_t>(W);
            if (h > in.h || w > in.w) {
                issue = ctnn::issue<error::adaptive_pool_cannot_grow_the_input>(
                    in, number<error::output_hw>(H, W));
                return {};
            }
            const adaptive_axis rows = adapt(in.h, h), columns = adapt(in.w, w);
            return {.output = Shape::hwc(h, w, in.c),
                    .ops = {.pooling = checked_mul(checked_mul(rows.reads, columns.reads), in.c)},
                    .window = {.kh = rows.largest,
                               .kw = columns.largest,
                               .sh = static_cast<long long>(in.h / h),
                               .sw = static_cast<long long>(in.w / w)}};
        }
    }
};

constexpr text<40> adaptive_name(std::string_view family, long long h, long long w) noexcept {
    text<40> t;
    t << family << ' ' << h << 'x' << w;
    return t;
}
}  // namespace detail

/// AdaptiveAvgPool<S> or AdaptiveAvgPool<H, W>: averages into an H x W grid (S x S) whatever
/// the input size (PyTorch's AdaptiveAvgPool2d, the head of torchvision's AlexNet and VGG);
/// H x W x C -> H x W x C. Asking for more rows or columns than the input has is an error here
/// (PyTorch would repeat values). `<1>` keeps a 1 x 1 x C map. No parameters.
/// Name: "AdaptiveAvgPool 7x7".
template <int... HW>
struct AdaptiveAvgPool : detail::adaptive_pool<AdaptiveAvgPool<HW...>, HW...> {
  private:
    static constexpr auto name_text =
        detail::adaptive_name("AdaptiveAvgPool", AdaptiveAvgPool::H, AdaptiveAvgPool::W);

  public:
    static constexpr std::string_view name = name_text.view();
};

/// AdaptiveMaxPool<S> or AdaptiveMaxPool<H, W>: as AdaptiveAvgPool, with the maximum.
/// No parameters.
template <int... HW>
struct AdaptiveMaxPool : detail::adaptive_pool<AdaptiveMaxPool<HW...>, HW...> {
  private:
    static constexpr auto name_text =
        detail::adaptive_name("AdaptiveMaxPool", AdaptiveMaxPool::H, AdaptiveMaxPool::W);

  public:
    static constexpr std::string_view name = name_text.view();
};

}  // namespace ctnn
