#pragma once
// ctnn/layers/normalization.hpp: normalization layers.

#include <cstdint>
#include <string_view>

#include <ctnn/core/checked.hpp>
#include <ctnn/core/costs.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/text.hpp>
#include <ctnn/layers/options.hpp>

namespace ctnn {

namespace detail {

/// Inference operations of a normalization that computes its statistics from its input
/// (LayerNorm, GroupNorm, InstanceNorm): per value, 2 for the statistics (an addition into
/// the mean, a multiply-add into the variance) and 2 to normalize (subtract, multiply by the
/// inverse deviation), plus 2 with a learned scale and shift.
constexpr Ops statistics_norm_ops(const Shape& in, bool affine) noexcept {
    return {.normalization = checked_mul(affine ? 6 : 4, in.size())};
}

constexpr text<40> norm_name(std::string_view family, bool grouped, long long groups,
                             bool affine, bool affine_by_default) noexcept {
    text<40> t;
    t << family;
    if (grouped) t << ' ' << groups;
    if (affine != affine_by_default) t << (affine ? ", affine" : ", no affine");
    return t;
}

constexpr text<40> batch_norm_name(const option_set& o) noexcept {
    text<40> t;
    t << "BatchNorm";
    if (!o.scale) t << ", no scale";
    if (!o.center) t << ", no center";
    return t;
}

/// Shared body of the normalizations with statistics from the input (`Layer`, the derived
/// class): when `Grouped`, `Groups` groups of channels (which must divide the channels),
/// `Affine` for a learned scale and shift per channel, `Map` when the input must be an
/// H x W x C map. As PyTorch, GroupNorm and InstanceNorm reject an input that leaves a single
/// value per group or channel (a 1 x 1 map for InstanceNorm; C/G = 1 on a 1 x 1 map for
/// GroupNorm): its variance would be 0.
template <class Layer, bool Grouped, long long Groups, bool Affine, bool Map>
struct statistics_norm : evaluated<Layer> {
    static constexpr bool affine = Affine;

    static constexpr evaluation evaluate(const Shape& in, Issue& issue) noexcept {
        if (Map && in.flat) {
            issue = ctnn::issue<error::layer_needs_a_feature_map>(in);
            return {};
        }
        if (Grouped && (Groups < 1 || in.c % static_cast<std::uint64_t>(Groups < 1 ? 1 : Groups) != 0)) {
            issue = ctnn::issue<error::norm_groups_must_divide_channels>(
                in, number<error::channels>(in.c), number<error::groups>(Groups));
            return {};
        }
        // A group's (GroupNorm) or a channel's (InstanceNorm) values: PyTorch rejects one.
        const std::uint64_t per_statistic =
            Grouped ? in.c / static_cast<std::uint64_t>(Groups < 1 ? 1 : Groups) * in.h * in.w
            : Map   ? in.h * in.w
                    : 2;
        if (per_statistic == 1) {
            issue = ctnn::issue<error::normalization_needs_more_than_one_value>(
                in, number<error::values_per_statistic>(1));
            return {};
        }
        return {.output = in,
                .weights = Affine ? in.c : 0,
                .biases = Affine ? in.c : 0,
                .ops = statistics_norm_ops(in, Affine)};
    }
};

/// Whether `Layer` (a norm written with Options...) has a learned scale and shift: as Affine or
/// NoAffine says if given, else `ByDefault`.
template <class Layer, bool ByDefault, class... Options>
inline constexpr bool affine_of = [] {
    const int a = parse_options<Layer, opt_affine, Options...>().affine;
    return a < 0 ? ByDefault : a == 1;
}();

}  // namespace detail

/// BatchNorm: per-channel batch normalization (PyTorch BatchNorm2d/1d, Keras BatchNormalization).
///
/// Input: anything; C = the channels of a map, or the length of a flat vector. Output = input.
/// Parameters: 2*C learnable, counted as weights C (scale, gamma) and biases C (shift, beta);
///   2*C non-trainable (moving mean and variance): PyTorch buffers, Keras "non-trainable".
/// Runs in place at inference (no new buffer): 2 operations per value (multiply, add).
struct BatchNorm : detail::evaluated<BatchNorm> {
    static constexpr std::string_view name = "BatchNorm";
    static constexpr bool in_place = true;
    static constexpr detail::evaluation evaluate(const Shape& in, Issue&) noexcept {
        return {.output = in,
                .weights = in.c,
                .biases = in.c,
                .non_trainable = checked_mul(2, in.c),
                .ops = {.normalization = checked_mul(2, in.size())}};
    }
};

/// LRN: local response normalization across channels (AlexNet, Caffe's LRN layer).
/// Output = input; no parameters (its size 5, alpha, beta and k are fixed constants). Writes a
/// new buffer, as Caffe's norm1/norm2 blobs. 7 operations per value: 5 multiply-adds for the
/// sum of squares across channels, a power and a multiply.
struct LRN : detail::evaluated<LRN> {
    static constexpr std::string_view name = "LRN";
    static constexpr detail::evaluation evaluate(const Shape& in, Issue&) noexcept {
        return {.output = in, .ops = {.normalization = checked_mul(7, in.size())}};
    }
};

/// BatchNormWith<Options...>: BatchNorm without its learned scale (NoScale: Keras scale=False,
/// as Keras' InceptionV3) or shift (NoCenter: center=False). BatchNormWith<> is BatchNorm.
/// Parameters: C weights (gamma) unless NoScale, C biases (beta) unless NoCenter; 2*C
/// non-trainable statistics either way. In place; 2 operations per value (the statistics and
/// whatever is left of gamma and beta fold into one multiply and one add).
/// Name: "BatchNorm, no scale".
template <class... Options>
struct BatchNormWith : detail::evaluated<BatchNormWith<Options...>> {
    static constexpr detail::option_set options =
        detail::parse_options<BatchNormWith, detail::opt_scale | detail::opt_center, Options...>();

  private:
    static constexpr auto name_text = detail::batch_norm_name(options);

  public:
    static constexpr std::string_view name = name_text.view();
    static constexpr bool in_place = true;
    static constexpr detail::evaluation evaluate(const Shape& in, Issue&) noexcept {
        return {.output = in,
                .weights = options.scale ? in.c : 0,
                .biases = options.center ? in.c : 0,
                .non_trainable = checked_mul(2, in.c),
                .ops = {.normalization = checked_mul(2, in.size())}};
    }
};

/// LayerNorm: normalizes each position over its channels (Ba et al. 2016; Keras
/// LayerNormalization(axis=-1), PyTorch LayerNorm(C) on channels-last data, as ConvNeXt uses
/// it), then a learned scale and shift per channel. On a vector, over its values. (PyTorch's
/// LayerNorm([C, H, W]) normalizes over the whole map and learns 2*H*W*C: not this layer.)
/// Parameters: C weights, C biases. Writes a new buffer; 6 operations per value
/// (docs/conventions.md). Name: "LayerNorm".
struct LayerNorm : detail::statistics_norm<LayerNorm, false, 0, true, false> {
    static constexpr std::string_view name = "LayerNorm";
};

/// LayerNormWith<NoAffine>: LayerNorm without scale and shift (PyTorch
/// elementwise_affine=False, Keras center=False and scale=False): no parameters, 4 operations
/// per value. LayerNormWith<> is LayerNorm. Name: "LayerNorm, no affine".
template <class... Options>
struct LayerNormWith
    : detail::statistics_norm<LayerNormWith<Options...>, false, 0,
                              detail::affine_of<LayerNormWith<Options...>, true, Options...>,
                              false> {
  private:
    static constexpr auto name_text =
        detail::norm_name("LayerNorm", false, 0, LayerNormWith::affine, true);

  public:
    static constexpr std::string_view name = name_text.view();
};

/// GroupNorm<G, Options...>: normalizes each of G groups of C/G channels over the group's
/// values (Wu and He 2018; PyTorch GroupNorm(G, C), Keras GroupNormalization(groups=G)), then a
/// learned scale and shift per channel (NoAffine: none). G must divide the channels (a compile
/// error names both otherwise). On a vector, groups of its values.
/// Parameters: C weights, C biases (0 with NoAffine). Writes a new buffer; 6 operations per
/// value (4 with NoAffine). Name: "GroupNorm 32" (", no affine").
template <int G, class... Options>
struct GroupNorm
    : detail::statistics_norm<GroupNorm<G, Options...>, true, G,
                              detail::affine_of<GroupNorm<G, Options...>, true, Options...>, false> {
  private:
    static constexpr auto name_text =
        detail::norm_name("GroupNorm", true, G, GroupNorm::affine, true);

  public:
    static constexpr std::string_view name = name_text.view();
};

/// InstanceNorm: normalizes each channel of a map over its H x W values (Ulyanov et al. 2016;
/// style transfer), without learned parameters, as PyTorch's InstanceNorm2d by default
/// (affine=False, no running statistics). Needs an H x W x C map. Writes a new buffer; 4
/// operations per value. Name: "InstanceNorm".
struct InstanceNorm : detail::statistics_norm<InstanceNorm, false, 0, false, true> {
    static constexpr std::string_view name = "InstanceNorm";
};

/// InstanceNormWith<Affine>: InstanceNorm with a learned scale and shift per channel (PyTorch
/// InstanceNorm2d(C, affine=True)): C weights, C biases, 6 operations per value.
/// InstanceNormWith<> is InstanceNorm. Name: "InstanceNorm, affine".
template <class... Options>
struct InstanceNormWith
    : detail::statistics_norm<InstanceNormWith<Options...>, false, 0,
                              detail::affine_of<InstanceNormWith<Options...>, false, Options...>,
                              true> {
  private:
    static constexpr auto name_text =
        detail::norm_name("InstanceNorm", false, 0, InstanceNormWith::affine, false);

  public:
    static constexpr std::string_view name = name_text.view();
};

}  // namespace ctnn
