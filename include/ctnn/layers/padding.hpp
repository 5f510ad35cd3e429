#pragma once
// ctnn/layers/padding.hpp: explicit zero padding.

#include <cstdint>
#include <string_view>

#include <ctnn/core/costs.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/text.hpp>
#include <ctnn/layers/options.hpp>

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

}  // namespace ctnn
