#pragma once
// ctnn/compose/separable.hpp: the depthwise separable convolution, as one named block.

#include <string_view>
#include <type_traits>

#include <ctnn/compose/sequential.hpp>
#include <ctnn/layers/conv.hpp>
#include <ctnn/layers/options.hpp>

namespace ctnn {

namespace detail {

template <class... Ts>
struct type_list {};

/// The options among Os... whose kind is in `Kinds`, appended to Head... in `Target`.
template <template <class...> class Target, unsigned Kinds, class List, class... Os>
struct filter_options;
template <template <class...> class Target, unsigned Kinds, class... Kept>
struct filter_options<Target, Kinds, type_list<Kept...>> {
    using type = Target<Kept...>;
};
template <template <class...> class Target, unsigned Kinds, class... Kept, class O, class... Os>
struct filter_options<Target, Kinds, type_list<Kept...>, O, Os...>
    : filter_options<Target, Kinds,
                     std::conditional_t<(O::option_kind & Kinds) != 0, type_list<Kept..., O>,
                                        type_list<Kept...>>,
                     Os...> {};

template <int KH, int KW>
struct depthwise_part {
    template <class... Os>
    using type = DepthwiseConv<KH, KW, Os..., NoBias>;
};
template <int Filters>
struct pointwise_part {
    template <class... Os>
    using type = Conv<1, 1, Filters, Os...>;
};

inline constexpr unsigned separable_depthwise_options =
    opt_stride | opt_padding | opt_dilation | opt_multiplier;

/// SeparableConv's options, parsed once for its name (an option it does not take, or that is
/// not an option, is a compile error naming `Layer` there).
template <class Layer, class... Options>
inline constexpr option_set separable_options =
    parse_options<Layer, separable_depthwise_options | opt_bias, Options...>();

/// The two layers of SeparableConv, once its options are known to be options (otherwise none:
/// the error comes from separable_options).
template <bool Valid, int KH, int KW, int Filters, class... Options>
struct separable_layers {
    using type = Sequential<>;
};
template <int KH, int KW, int Filters, class... Options>
struct separable_layers<true, KH, KW, Filters, Options...> {
    using type = Sequential<
        typename filter_options<depthwise_part<KH, KW>::template type, separable_depthwise_options,
                                type_list<>, Options...>::type,
        typename filter_options<pointwise_part<Filters>::template type, opt_bias, type_list<>,
                                Options...>::type>;
};

}  // namespace detail

/// SeparableConv<KH, KW, Filters, Options...>: a depthwise separable convolution as Keras'
/// SeparableConv2D (Xception): a KH x KW depthwise convolution without bias, then a 1x1
/// convolution to Filters channels with one bias per filter.
///
/// Options: Stride, Pad or Same, Dilation and Multiplier<M> go to the depthwise step; NoBias
///   removes the pointwise bias.
/// Input H x W x Cin. Output: the window formula of Conv, Filters channels.
/// Parameters: KH*KW*Cin*M (depthwise) + Cin*M*Filters (pointwise) + Filters (bias).
/// MACs: out_H*out_W*Cin*M*KH*KW + out_H*out_W*Cin*M*Filters.
/// A block (Keras shows one layer; ctnn shows the block and, one level deeper, its two
/// convolutions): the intermediate Cin*M map counts in activation and peak memory, as the
/// framework computes it. Name: "SeparableConv 3x3/1 same, 128" (", x2", ", no bias").
template <int KH, int KW, int Filters, class... Options>
struct SeparableConv
    : detail::separable_layers<(detail::option<Options> && ...), KH, KW, Filters, Options...>::type {
  private:
    static constexpr auto name_text = detail::convolution_name(
        "SeparableConv", KH, KW, Filters, detail::separable_options<SeparableConv, Options...>);

  public:
    static constexpr std::string_view name = name_text.view();
};

}  // namespace ctnn
