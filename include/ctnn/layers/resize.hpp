#pragma once
// ctnn/layers/resize.hpp: layers that change the height and width without parameters:
// upsampling (U-Net's decoder, FPN) and center cropping (U-Net's skip connections).

#include <cstdint>
#include <string_view>

#include <ctnn/core/checked.hpp>
#include <ctnn/core/costs.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/text.hpp>
#include <ctnn/layers/options.hpp>

namespace ctnn {

namespace detail {

constexpr text<48> resize_name(std::string_view family, long long h, long long w) noexcept {
    text<48> t;
    t << family << ' ' << h;
    if (w != h) t << 'x' << w;
    return t;
}

/// Shared body of the upsampling layers (`Layer`, the derived class): factors SH x SW,
/// `Bilinear` or nearest.
///
/// Receptive field: nearest, each output copies one input; bilinear, each output reads the two
/// nearest inputs along each axis (a kernel of u + 1 taps cropped by u at the start, so output
/// o sees inputs floor(o / u) and the next; the borders repeat the edge value, so the field
/// starts where the input does); a factor of 1 copies.
template <class Layer, int SH, int SW, bool Bilinear>
struct upsampling : evaluated<Layer> {
    static constexpr evaluation evaluate(const Shape& in, Issue& issue) noexcept {
        if (in.flat) {
            issue = ctnn::issue<error::layer_needs_a_feature_map>(in);
            return {};
        }
        if (SH < 1 || SW < 1) {
            issue = ctnn::issue<error::scale_factor_must_be_positive>(in, number<error::factor_hw>(SH, SW));
            return {};
        }
        constexpr long long kh = Bilinear && SH > 1 ? SH + 1 : 1, kw = Bilinear && SW > 1 ? SW + 1 : 1;
        const Shape out = Shape::hwc(checked_mul(in.h, static_cast<std::uint64_t>(SH)),
                                     checked_mul(in.w, static_cast<std::uint64_t>(SW)), in.c);
        return {.output = out,
                .ops = {.pooling = Bilinear ? checked_mul(4, out.size()) : 0},
                .window = {.kh = kh, .kw = kw, .ph = kh > 1 ? SH : 0, .pw = kw > 1 ? SW : 0,
                           .uh = SH, .uw = SW}};
    }
};

/// An upsampling layer written with factors S... (<S> or <SH, SW>), and its name.
template <class Layer, bool Bilinear, int... S>
struct named_upsampling : upsampling<Layer, pair_option<S...>::h, pair_option<S...>::w, Bilinear> {
  private:
    static constexpr auto name_text = resize_name(Bilinear ? "UpsampleBilinear" : "Upsample",
                                                  pair_option<S...>::h, pair_option<S...>::w);

  public:
    static constexpr std::string_view name = name_text.view();
};

}  // namespace detail

/// Upsample<S> or Upsample<SH, SW>: nearest-neighbour upsampling by integer factors (PyTorch
/// Upsample(scale_factor=S) / UpsamplingNearest2d, Keras UpSampling2D): every value repeated
/// SH times down and SW times across.
/// Input H x W x C (a flat input is an error); factors >= 1. Output (H*SH) x (W*SW) x C.
/// No parameters and no operations (a copy); writes a new buffer.
/// Name: "Upsample 2" ("Upsample 2x3" for different factors).
template <int... S>
struct Upsample : detail::named_upsampling<Upsample<S...>, false, S...> {};

/// UpsampleBilinear<S> or UpsampleBilinear<SH, SW>: bilinear upsampling by integer factors
/// (PyTorch Upsample(scale_factor=S, mode='bilinear'), Keras UpSampling2D(interpolation=
/// 'bilinear')); shapes as Upsample. Operations: 4 per output value under `pooling` (the
/// weighted sum of its 2 x 2 neighbourhood, one operation per value read, as pooling counts).
/// Name: "UpsampleBilinear 2".
template <int... S>
struct UpsampleBilinear : detail::named_upsampling<UpsampleBilinear<S...>, true, S...> {};

/// CenterCrop<S> or CenterCrop<H, W>: the central H x W of the map, all channels (U-Net's
/// "copy and crop", torchvision's center_crop on a feature map, Keras Cropping2D with equal
/// margins). The margins are (in - H) / 2 rows at the top, rounded down, and the rest at the
/// bottom; likewise left and right.
/// Input at least H x W (a compile error names the crop otherwise); output H x W x C.
/// No parameters, no operations; the crop is a new buffer (as Keras' Cropping2D, and as the
/// concatenation that follows it in U-Net needs).
/// Name: "CenterCrop 392" ("CenterCrop 392x390").
template <int... S>
struct CenterCrop : detail::evaluated<CenterCrop<S...>> {
    static constexpr int height = detail::pair_option<S...>::h;
    static constexpr int width = detail::pair_option<S...>::w;

  private:
    static constexpr auto name_text = detail::resize_name("CenterCrop", height, width);

  public:
    static constexpr std::string_view name = name_text.view();

    /// Position (i, j) of the output is position (i + top, j + left) of the input: a 1 x 1
    /// window whose "padding" is minus the margin.
    static constexpr detail::evaluation evaluate(const Shape& in, Issue& issue) noexcept {
        if (in.flat) {
            issue = ctnn::issue<error::layer_needs_a_feature_map>(in);
            return {};
        }
        if (height < 1 || width < 1) {
            issue = ctnn::issue<error::output_size_must_be_positive>(
                in, number<error::output_hw>(height, width));
            return {};
        }
        constexpr auto h = static_cast<std::uint64_t>(height), w = static_cast<std::uint64_t>(width);
        if (in.h < h || in.w < w) {
            issue = ctnn::issue<error::crop_larger_than_input>(in, number<error::crop_hw>(height, width));
            return {};
        }
        return {.output = Shape::hwc(h, w, in.c),
                .window = {.ph = -static_cast<long long>((in.h - h) / 2),
                           .pw = -static_cast<long long>((in.w - w) / 2)}};
    }
};

}  // namespace ctnn
