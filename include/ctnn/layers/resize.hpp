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

/// Shared body of the upsampling layers: factors SH x SW, `bilinear` or nearest.
template <int SH, int SW, bool Bilinear>
struct upsampling {
    static constexpr Issue check(const Shape& in) noexcept {
        if (in.flat) return issue(problem::needs_feature_map, in);
        if (SH < 1 || SW < 1) return issue(problem::scale_factor_not_positive, in, SH, SW);
        return Issue{};
    }
    static constexpr Shape output_shape(const Shape& in) noexcept {
        return Shape::hwc(checked_mul(in.h, static_cast<std::uint64_t>(SH)),
                          checked_mul(in.w, static_cast<std::uint64_t>(SW)), in.c);
    }
    static constexpr Ops ops(const Shape& in) noexcept {
        if (!Bilinear) return {};
        return {.pooling = checked_mul(4, output_shape(in).size())};
    }
    /// Nearest: each output copies one input. Bilinear: each output reads the two nearest
    /// inputs along each axis (a window of 2 at most once the factor is 2 or more; the
    /// borders repeat the edge value, so the field starts where the input does).
    static constexpr Window window(const Shape&) noexcept {
        // Bilinear along an axis with factor u > 1: a kernel of u + 1 taps cropped by u at the
        // start, so output o sees inputs floor(o / u) and the next; a factor of 1 copies.
        constexpr long long kh = Bilinear && SH > 1 ? SH + 1 : 1, kw = Bilinear && SW > 1 ? SW + 1 : 1;
        return {kh, kw, 1, 1, kh > 1 ? SH : 0, kw > 1 ? SW : 0, 1, 1, SH, SW};
    }
};

/// An upsampling layer written with factors S... (<S> or <SH, SW>), and its name.
template <bool Bilinear, int... S>
struct named_upsampling : upsampling<pair_option<S...>::h, pair_option<S...>::w, Bilinear> {
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
struct Upsample : detail::named_upsampling<false, S...> {};

/// UpsampleBilinear<S> or UpsampleBilinear<SH, SW>: bilinear upsampling by integer factors
/// (PyTorch Upsample(scale_factor=S, mode='bilinear'), Keras UpSampling2D(interpolation=
/// 'bilinear')); shapes as Upsample. Operations: 4 per output value under `pooling` (the
/// weighted sum of its 2 x 2 neighbourhood, one operation per value read, as pooling counts).
/// Name: "UpsampleBilinear 2".
template <int... S>
struct UpsampleBilinear : detail::named_upsampling<true, S...> {};

/// CenterCrop<S> or CenterCrop<H, W>: the central H x W of the map, all channels (U-Net's
/// "copy and crop", torchvision's center_crop on a feature map, Keras Cropping2D with equal
/// margins). The margins are (in - H) / 2 rows at the top, rounded down, and the rest at the
/// bottom; likewise left and right.
/// Input at least H x W (a compile error names the crop otherwise); output H x W x C.
/// No parameters, no operations; the crop is a new buffer (as Keras' Cropping2D, and as the
/// concatenation that follows it in U-Net needs).
/// Name: "CenterCrop 392" ("CenterCrop 392x390").
template <int... S>
struct CenterCrop {
    static constexpr int height = detail::pair_option<S...>::h;
    static constexpr int width = detail::pair_option<S...>::w;

  private:
    static constexpr auto name_text = detail::resize_name("CenterCrop", height, width);

  public:
    static constexpr std::string_view name = name_text.view();

    static constexpr Issue check(const Shape& in) noexcept {
        if (in.flat) return issue(problem::needs_feature_map, in);
        if (height < 1 || width < 1)
            return issue(problem::output_size_not_positive, in, height, width);
        if (in.h < static_cast<std::uint64_t>(height) || in.w < static_cast<std::uint64_t>(width))
            return issue(problem::crop_larger_than_input, in, height, width);
        return Issue{};
    }
    static constexpr Shape output_shape(const Shape& in) noexcept {
        return Shape::hwc(static_cast<std::uint64_t>(height), static_cast<std::uint64_t>(width), in.c);
    }
    /// Position (i, j) of the output is position (i + top, j + left) of the input: a 1 x 1
    /// window whose "padding" is minus the margin.
    static constexpr Window window(const Shape& in) noexcept {
        return {1, 1, 1, 1, -static_cast<long long>((in.h - static_cast<std::uint64_t>(height)) / 2),
                -static_cast<long long>((in.w - static_cast<std::uint64_t>(width)) / 2), 1, 1};
    }
};

}  // namespace ctnn
