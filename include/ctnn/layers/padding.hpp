#pragma once
// ctnn/layers/padding.hpp: explicit zero padding, of the map (ZeroPad) or of the channels
// (ChannelPad, ResNet's parameter-free shortcut).

#include <cstdint>
#include <string_view>

#include <ctnn/core/costs.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/text.hpp>
#include <ctnn/layers/options.hpp>
#include <ctnn/layers/window.hpp>

namespace ctnn {

namespace detail {
constexpr text<48> zero_pad_name(const option_set& padding) noexcept {
    text<48> t;
    t << "ZeroPad ";
    append_padding(t, padding);
    return t;
}
}  // namespace detail

/// ZeroPad<P>, ZeroPad<PH, PW> or ZeroPad<Top, Bottom, Left, Right>: adds rows and columns of
/// zeros (Keras ZeroPadding2D, PyTorch ZeroPad2d); the values read as Pad's.
/// Output (H+Top+Bottom) x (W+Left+Right) x C; no parameters; writes a new buffer.
/// Name: "ZeroPad 1", "ZeroPad 1x2", "ZeroPad 0,1,0,1".
template <int... P>
struct ZeroPad : detail::evaluated<ZeroPad<P...>> {
    static constexpr detail::option_set padding =
        detail::parse_options<ZeroPad, detail::opt_padding, Pad<P...>>();

  private:
    static constexpr auto name_text = detail::zero_pad_name(padding);

  public:
    static constexpr std::string_view name = name_text.view();

    /// No operation; the receptive field of the first output starts Top rows and Left columns
    /// earlier (in the zeros).
    static constexpr detail::evaluation evaluate(const Shape& in, Issue& issue) noexcept {
        const auto& p = padding;
        if (in.flat) {
            issue = ctnn::issue<error::layer_needs_a_feature_map>(in);
            return {};
        }
        if (p.pad_top < 0 || p.pad_bottom < 0 || p.pad_left < 0 || p.pad_right < 0) {
            issue = ctnn::issue<error::padding_must_not_be_negative>(
                in, number<error::padding_tblr>(p.pad_top, p.pad_bottom, p.pad_left, p.pad_right));
            return {};
        }
        return {.output = Shape::hwc(in.h + static_cast<std::uint64_t>(p.pad_top + p.pad_bottom),
                                     in.w + static_cast<std::uint64_t>(p.pad_left + p.pad_right), in.c),
                .window = {.ph = p.pad_top, .pw = p.pad_left}};
    }
};

namespace detail {
constexpr text<48> channel_pad_name(long long channels, const option_set& o) noexcept {
    text<48> t;
    t << "ChannelPad ";
    append_window(t, 1, 1, o);
    t << ", " << channels;
    return t;
}
}  // namespace detail

/// ChannelPad<C, Options...>: ResNet's parameter-free shortcut, "option A" (He et al. 2016,
/// "Deep Residual Learning for Image Recognition", Sec. 3.3 and 4.2: "the shortcut still
/// performs identity mapping, with extra zero entries padded for increasing dimensions"): the
/// input subsampled by the stride (every S-th row and column, PyTorch's x[:, :, ::S, ::S]) and
/// its channels padded with zeros up to C, as the CIFAR ResNets write it:
///
///     Residual<Body, Shortcut<ChannelPad<32, Stride<2>>>>
///
/// Option: Stride<S> or Stride<SH, SW> (1). Input H x W x Cin with Cin <= C (a compile error
/// names both otherwise). Output ceil(H / SH) x ceil(W / SW) x C. No parameters, no operation
/// (a copy into a new buffer); its receptive field is a 1 x 1 window with the stride.
/// Name: "ChannelPad 1x1/2, 32".
template <int C, class... Options>
struct ChannelPad : detail::evaluated<ChannelPad<C, Options...>> {
    static constexpr detail::option_set options =
        detail::parse_options<ChannelPad, detail::opt_stride, Options...>();

  private:
    static constexpr auto name_text = detail::channel_pad_name(C, options);

  public:
    static constexpr std::string_view name = name_text.view();

    static constexpr detail::evaluation evaluate(const Shape& in, Issue& issue) noexcept {
        if (!detail::window_arguments_ok(in, 1, 1, options, issue) ||
            !detail::window_fits<error::kernel_larger_than_padded_input, error::kernel_hw>(
                in, 1, 1, options, issue))
            return {};
        if (C < 1 || in.c > static_cast<std::uint64_t>(C)) {
            issue = ctnn::issue<error::channel_pad_cannot_drop_channels>(in, number<error::channels>(C));
            return {};
        }
        detail::evaluation e = detail::evaluate_pooling(in, 1, 1, options);
        e.output.c = static_cast<std::uint64_t>(C);
        e.ops = {};
        return e;
    }
};

}  // namespace ctnn
