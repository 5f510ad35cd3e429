#pragma once
// ctnn/core/diagnostics.hpp: every compile error ctnn raises, in one place.
//
// How an error reaches the user. The walk over a network records the first problem it meets as
// an `Issue`: which error (one of the templates in `ctnn::error` below) and its numbers, each
// with its name. The analysis then instantiates exactly that template, whose template arguments
// spell the problem out:
//
//   ctnn::error::kernel_larger_than_padded_input<ctnn::at_layer<3>, ctnn::Conv<5, 5, 64>,
//       ctnn::error::input_hwc<2, 2, 3>, ctnn::error::padded_hw<2, 2>, ctnn::error::kernel_hw<5, 5>>
//
// and whose static_assert carries the sentence. g++ prints the template on the first line and the
// sentence on the next; clang prints the sentence first and the template on the next line.
// `at_layer<I>` uses the index of `shape_at` (0 = the input, 1 = the first layer after it); a
// layer inside a block is `at_layer<I, J, ...>`: block I, position J inside it (1-based), and so on.
// The message pattern is always "ctnn: <what is wrong>".
//
// Each error is defined once: its template below (the sentence, and its numbers as the names of
// its template parameters), listed once in `error::catalogue`. A layer or block raises it with
// `issue<error::X>(numbers...)`, naming each number where it is made:
//
//   return issue<error::kernel_larger_than_padded_input>(in, number<error::padded_hw>(ph, pw),
//                                                        number<error::kernel_hw>(kh, kw));
//
// (a Shape is the input, error::input_hwc or error::input_vector). An error template missing
// from the catalogue, or a number whose carrier is missing from its catalogue, is a compile error
// of ctnn itself at the place that raises it: a problem can never pass unreported.

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

#include <ctnn/core/shape.hpp>
#include <ctnn/detail/pack.hpp>

namespace ctnn {

/// Where an error happened: `at_layer<19>` is layer 19 of the network (as `shape_at<N, 19>`),
/// `at_layer<4, 2>` is the second layer inside the block at index 4.
template <int... Path>
struct at_layer;

/// The nesting levels an error's position records: an error deeper than this is reported as
/// `deeper_inside<at_layer<...>>`, at the innermost block whose position is known.
inline constexpr int max_path = 16;

/// The position of an error nested more than max_path levels deep: somewhere inside the block
/// at `At` (the error then names that block as its layer).
template <class At>
struct deeper_inside;

/// The position of an error in a network whose input looks written channels first, as PyTorch
/// prints tensors (Input<3, 224, 224>: the first dimension 1 or 3, the last 16 or more), where
/// ctnn reads H x W x C: write Input<224, 224, 3>.
template <class At>
struct input_looks_CxHxW_write_HxWxC;

namespace error {

// Carriers of the numbers (declared only: they appear in error messages and nowhere else).
template <long long H, long long W, long long C> struct input_hwc;
template <long long N> struct input_vector;
template <long long H, long long W> struct padded_hw;
template <long long H, long long W> struct kernel_hw;
template <long long H, long long W> struct window_hw;
template <long long H, long long W> struct stride_hw;
template <long long H, long long W> struct dilation_hw;
template <long long H, long long W> struct padding_hw;
template <long long T, long long B, long long L, long long R> struct padding_tblr;
template <long long H, long long W> struct output_hw;
template <long long C> struct in_channels;
template <long long F> struct filters;
template <long long U> struct units;
template <long long G> struct groups;
template <long long M> struct multiplier;
template <long long... Dims> struct input_written_as;
template <long long H, long long W> struct output_padding_hw;
template <long long H, long long W> struct limit_hw;
template <long long H, long long W> struct crop_hw;
template <long long H, long long W> struct factor_hw;
template <long long C> struct channels;
template <long long N> struct values_per_statistic;
template <unsigned long long N> struct count;
template <unsigned long long F> struct times;
template <unsigned long long V> struct value;
template <unsigned long long L> struct limit;
template <unsigned long long D> struct exceeded_by;
struct params_budget;
struct param_bytes_budget;
struct peak_activation_bytes_budget;
struct activation_bytes_budget;
struct macs_budget;
struct arena_bytes_budget;
struct weight_blob_bytes_budget;
struct parameter_count;
struct value_count;
struct mac_count;
struct byte_count;
template <long long H, long long W, long long C> struct shape_hwc;
template <long long N> struct shape_vector;
template <long long B> struct branch;
template <long long N> struct repeat_count;
template <long long K> struct branches;
template <class Shape> struct body_output;
template <class Shape> struct shortcut_output;
template <class Shape> struct first_branch_output;
template <class Shape> struct branch_output;
template <class Shape> struct gate_output;
template <class Shape> struct output;
struct missing_static_member_name;
template <class... Second> struct second_argument;
struct missing_static_function_output_shape_taking_Shape;


template <class...>
inline constexpr bool always_false = false;

/// What error_of gives when there is no problem.
struct no_error {
    static constexpr bool raised = true;
};

/// no_error when Ok, otherwise Error: `static_assert(check<ok, Error<...>>::raised)` names the
/// error template (which instantiates nothing) and fires its static_assert only when !Ok.
template <bool Ok, class Error>
using check = std::conditional_t<Ok, no_error, Error>;

/// True when Ok; otherwise instantiates Error, whose static_assert fails. Naming Error as a
/// template argument does not instantiate it, so a passing check costs nothing.
template <bool Ok, class Error>
constexpr bool require() noexcept {
    if constexpr (Ok)
        return true;
    else
        return Error::raised;
}

// ---- errors about one layer in a network ----------------------------------------------------

template <class At, class Layer, class Input>
struct layer_needs_a_feature_map {
    static_assert(always_false<At>,
                  "ctnn: this layer needs an H x W x C input but receives a flat vector (put it "
                  "before Flatten/FC/global pooling)");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Kernel>
struct kernel_must_be_positive {
    static_assert(always_false<At>, "ctnn: the kernel size must be at least 1");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Stride>
struct stride_must_be_positive {
    static_assert(always_false<At>, "ctnn: the stride must be at least 1");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Dilation>
struct dilation_must_be_positive {
    static_assert(always_false<At>, "ctnn: the dilation must be at least 1");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Padding>
struct padding_must_not_be_negative {
    static_assert(always_false<At>, "ctnn: the padding must not be negative");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Filters>
struct filters_must_be_positive {
    static_assert(always_false<At>, "ctnn: the number of filters must be at least 1");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Units>
struct units_must_be_positive {
    static_assert(always_false<At>, "ctnn: the number of units must be at least 1");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Groups>
struct groups_must_be_positive {
    static_assert(always_false<At>, "ctnn: the number of groups must be at least 1");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Multiplier>
struct depth_multiplier_must_be_positive {
    static_assert(always_false<At>, "ctnn: the depth multiplier must be at least 1");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Output>
struct output_size_must_be_positive {
    static_assert(always_false<At>, "ctnn: the requested output size must be at least 1x1");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Padded, class Kernel>
struct kernel_larger_than_padded_input {
    static_assert(always_false<At>,
                  "ctnn: the kernel (dilated: d*(k-1)+1) is larger than the padded input");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Padded, class Window>
struct window_larger_than_padded_input {
    static_assert(always_false<At>, "ctnn: the pooling window is larger than the padded input");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Padding, class Window>
struct pool_padding_over_half_window {
    static_assert(always_false<At>,
                  "ctnn: pooling padding must be at most half the window (PyTorch's rule)");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Padding, class Window>
struct pool_padding_not_below_window {
    static_assert(always_false<At>,
                  "ctnn: with PadUpToWindow, pooling padding must be smaller than the window "
                  "(ONNX Runtime's rule)");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class InChannels, class Filters, class Groups>
struct groups_must_divide_channels {
    static_assert(always_false<At>,
                  "ctnn: Groups<G> must divide both the input channels and the filters");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Output>
struct adaptive_pool_cannot_grow_the_input {
    static_assert(always_false<At>,
                  "ctnn: adaptive pooling asks for an output larger than its input");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input>
struct layer_rejects_its_input {
    static_assert(always_false<At>, "ctnn: the layer's accepts(Shape) rejected this input");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Output>
struct layer_output_has_a_zero_dimension {
    static_assert(always_false<At>,
                  "ctnn: the layer's output_shape gives an empty tensor (a dimension of 0)");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class What>
struct count_overflows_64_bits {
    static_assert(always_false<At>, "ctnn: a count at this layer does not fit in 64 bits");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Written>
struct input_dimensions_must_be_positive {
    static_assert(always_false<At>, "ctnn: every dimension of Input<...> must be at least 1");
    static constexpr bool raised = true;
};
template <class At, class Layer>
struct input_must_come_first {
    static_assert(always_false<At>,
                  "ctnn: Input<...> may only be the first element of Net<...>");
    static constexpr bool raised = true;
};
template <class At, class Type, class Missing>
struct not_a_layer {
    static_assert(always_false<At>,
                  "ctnn: this type is not a layer: a layer needs `static constexpr name` and "
                  "`static constexpr Shape output_shape(Shape)` (see ctnn/core/layer.hpp)");
    static constexpr bool raised = true;
};

template <class At, class Layer, class Input, class OutputPadding, class Limit>
struct output_padding_out_of_range {
    static_assert(always_false<At>,
                  "ctnn: OutputPadding must be at least 0 and smaller than the stride or the "
                  "dilation along its axis (PyTorch's rule)");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Output>
struct transposed_convolution_output_must_be_positive {
    static_assert(always_false<At>,
                  "ctnn: the padding crops away the whole output of the transposed convolution: "
                  "(in-1)*s - pad + d*(k-1) + output_padding + 1 is below 1");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Crop>
struct crop_larger_than_input {
    static_assert(always_false<At>, "ctnn: the crop is larger than its input");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Channels, class Groups>
struct norm_groups_must_divide_channels {
    static_assert(always_false<At>,
                  "ctnn: GroupNorm<G> needs at least one group and G dividing the input channels");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Values>
struct normalization_needs_more_than_one_value {
    static_assert(always_false<At>,
                  "ctnn: this normalization would compute its mean and variance over a single "
                  "value per group or channel (PyTorch rejects it: 'Expected more than 1 value')");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Channels>
struct channel_pad_cannot_drop_channels {
    static_assert(always_false<At>,
                  "ctnn: ChannelPad<C> pads the channels with zeros up to C, which must be at "
                  "least the input's channels (and at least 1)");
    static constexpr bool raised = true;
};
template <class At, class Layer, class Input, class Factor>
struct scale_factor_must_be_positive {
    static_assert(always_false<At>, "ctnn: the upsampling factor must be at least 1");
    static constexpr bool raised = true;
};

// ---- errors about blocks (compose/) ---------------------------------------------------------

template <class At, class Block, class Body, class Shortcut>
struct residual_paths_have_different_shapes {
    static_assert(always_false<At>,
                  "ctnn: Residual adds its body and its shortcut, whose output shapes differ "
                  "(give the shortcut a projection, e.g. Shortcut<Conv<1, 1, C, Stride<S>>, BatchNorm>)");
    static constexpr bool raised = true;
};
template <class At, class Block, class First, class Branch, class Other>
struct concat_branches_differ_in_height_or_width {
    static_assert(always_false<At>,
                  "ctnn: Concat joins channels, so every branch must give the same H x W (or "
                  "every branch a flat vector)");
    static constexpr bool raised = true;
};
template <class At, class Block, class First, class Branch, class Other>
struct joined_paths_differ_in_shape {
    static_assert(always_false<At>,
                  "ctnn: this block joins its paths element by element, so every path must give "
                  "the same shape");
    static constexpr bool raised = true;
};
template <class At, class Block, class Input, class Count>
struct repeat_count_must_not_be_negative {
    static_assert(always_false<At>,
                  "ctnn: Repeat<N, ...> needs N >= 0 (Repeat<0, ...> is the identity)");
    static constexpr bool raised = true;
};
template <class At, class Block, class Input, class GateOutput>
struct gate_must_give_one_factor_per_channel {
    static_assert(always_false<At>,
                  "ctnn: Gate's branch must output 1 x 1 x C or a flat C, with C the input's "
                  "channels");
    static constexpr bool raised = true;
};
template <class At, class Block, class Input, class Branches>
struct channel_split_needs_divisible_channels {
    static_assert(always_false<At>,
                  "ctnn: ChannelSplit needs an H x W x C input whose C the number of branches "
                  "divides");
    static constexpr bool raised = true;
};

// ---- errors about a network as a whole, or about a layer's template arguments ------------------

template <class First>
struct network_must_start_with_Input {
    static_assert(always_false<First>,
                  "ctnn: Net<...> must start with Input<H, W, C> or Input<N>; its first element "
                  "is the type named here");
    static constexpr bool raised = true;
};
template <class Layer, class Option>
struct option_not_accepted_by_this_layer {
    static_assert(always_false<Layer>, "ctnn: this layer does not take this option");
    static constexpr bool raised = true;
};
template <class Layer, class Option>
struct option_given_twice {
    static_assert(always_false<Layer>,
                  "ctnn: an option of this kind is given twice (Pad and Same both set padding)");
    static constexpr bool raised = true;
};
template <class Layer, class NotAnOption>
struct not_an_option {
    static_assert(always_false<Layer>,
                  "ctnn: this is not an option: a layer's options are the types of "
                  "ctnn/layers/options.hpp (Stride, Pad, Same, Dilation, Groups, NoBias, ...), "
                  "given after its sizes");
    static constexpr bool raised = true;
};
template <class Block, class Second>
struct residual_takes_a_body_and_a_Shortcut {
    static_assert(always_false<Block>,
                  "ctnn: Residual<Body> or Residual<Body, Shortcut<...>>: a second argument is "
                  "the shortcut path and is written Shortcut<Layers...>; a body of several "
                  "layers is written Residual<Sequential<Layers...>>");
    static constexpr bool raised = true;
};
template <class Network, class Count, class Factor>
struct count_times_factor_overflows_64_bits {
    static_assert(always_false<Network>,
                  "ctnn: a count times its factor (bytes per value, 2 FLOPs per MAC) does not "
                  "fit in 64 bits");
    static constexpr bool raised = true;
};
template <class Network, class Budget, class Value, class Limit, class By>
struct network_exceeds_its_budget {
    static_assert(always_false<Network>,
                  "ctnn: the network exceeds its budget; the template arguments name the budget, "
                  "the network's value, the limit and by how much the value exceeds it");
    static constexpr bool raised = true;
};
template <class Network, class Index>
struct layer_index_out_of_range {
    static_assert(always_false<Network>,
                  "ctnn: the layer index is larger than the network's layer_count");
    static constexpr bool raised = true;
};
template <class Value> struct computed;
template <class Value> struct expected;
template <class Computed, class Expected>
struct expectation_failed {
    static_assert(always_false<Computed>,
                  "ctnn: expect<A, B>: the value ctnn computed (computed<...>) is not the one "
                  "expected (expected<...>)");
    static constexpr bool raised = true;
};
template <class Network>
struct arena_plan_overlaps {
    static_assert(always_false<Network>,
                  "ctnn internal error: the arena plan of this network puts two buffers that are "
                  "alive at the same step in overlapping bytes (please report it)");
    static constexpr bool raised = true;
};
template <class Network, class Index>
struct not_in_the_arena {
    static_assert(always_false<Network>,
                  "ctnn: this layer's output is not in the arena: the Arena leaves the "
                  "network's input or output out (input_in_arena, output_in_arena)");
    static constexpr bool raised = true;
};
template <class Type>
struct not_a_network {
    static_assert(always_false<Type>,
                  "ctnn: queries take a Net<Input<...>, ...> or a type derived from one (if this "
                  "type's Net<...> did not compile, the error before this one says why)");
    static constexpr bool raised = true;
};

}  // namespace error

// ---- the catalogue: every error a walk can raise, and the carriers of their numbers -----------

namespace error {
namespace detail {
template <template <class...> class E>
struct error_tag {
    template <class... Args>
    using raise = E<Args...>;
};
template <template <long long...> class C>
struct value_tag {
    template <long long... V>
    using type = C<V...>;
};
template <template <class> class R>
struct shape_tag {
    template <class S>
    using type = R<S>;
};
template <class T>
struct type_tag {
    using type = T;
};

/// A list of tags: the position of a tag is its number. Found by overload resolution on the
/// bases of `positions` (one instantiation per lookup, whatever the length of the list).
template <class... Tags>
struct catalogue {
    static constexpr std::size_t size = sizeof...(Tags);
    using positions = ctnn::detail::indexer<std::index_sequence_for<Tags...>, Tags...>;
    template <int I>
    using at = ctnn::detail::pack_at<static_cast<std::size_t>(I), Tags...>;
};

template <class Tag, std::size_t I>
constexpr int position_in(const ctnn::detail::indexed<I, Tag>*) noexcept {
    return static_cast<int>(I);
}
template <class Tag>
constexpr int position_in(const void*) noexcept {
    return -1;
}
}  // namespace detail

/// Every error the walk over a network can raise (one entry per template above).
using catalogue = detail::catalogue<
    detail::error_tag<layer_needs_a_feature_map>, detail::error_tag<kernel_must_be_positive>,
    detail::error_tag<stride_must_be_positive>, detail::error_tag<dilation_must_be_positive>,
    detail::error_tag<padding_must_not_be_negative>, detail::error_tag<filters_must_be_positive>,
    detail::error_tag<units_must_be_positive>, detail::error_tag<groups_must_be_positive>,
    detail::error_tag<depth_multiplier_must_be_positive>,
    detail::error_tag<output_size_must_be_positive>,
    detail::error_tag<kernel_larger_than_padded_input>,
    detail::error_tag<window_larger_than_padded_input>,
    detail::error_tag<pool_padding_over_half_window>,
    detail::error_tag<pool_padding_not_below_window>,
    detail::error_tag<groups_must_divide_channels>,
    detail::error_tag<adaptive_pool_cannot_grow_the_input>,
    detail::error_tag<layer_rejects_its_input>, detail::error_tag<layer_output_has_a_zero_dimension>,
    detail::error_tag<count_overflows_64_bits>, detail::error_tag<input_dimensions_must_be_positive>,
    detail::error_tag<input_must_come_first>, detail::error_tag<not_a_layer>,
    detail::error_tag<output_padding_out_of_range>,
    detail::error_tag<transposed_convolution_output_must_be_positive>,
    detail::error_tag<crop_larger_than_input>, detail::error_tag<norm_groups_must_divide_channels>,
    detail::error_tag<normalization_needs_more_than_one_value>,
    detail::error_tag<scale_factor_must_be_positive>,
    detail::error_tag<channel_pad_cannot_drop_channels>,
    detail::error_tag<residual_paths_have_different_shapes>,
    detail::error_tag<concat_branches_differ_in_height_or_width>,
    detail::error_tag<joined_paths_differ_in_shape>,
    detail::error_tag<repeat_count_must_not_be_negative>,
    detail::error_tag<gate_must_give_one_factor_per_channel>,
    detail::error_tag<channel_split_needs_divisible_channels>>;

/// The carriers of numbers: values (`padded_hw<5, 5>`), shapes in a role
/// (`body_output<shape_hwc<28, 28, 128>>`) and plain names (`parameter_count`).
using value_carriers = detail::catalogue<
    detail::value_tag<padded_hw>, detail::value_tag<kernel_hw>, detail::value_tag<window_hw>,
    detail::value_tag<stride_hw>, detail::value_tag<dilation_hw>, detail::value_tag<padding_hw>,
    detail::value_tag<padding_tblr>, detail::value_tag<output_hw>, detail::value_tag<in_channels>,
    detail::value_tag<filters>, detail::value_tag<units>, detail::value_tag<groups>,
    detail::value_tag<multiplier>, detail::value_tag<input_written_as>,
    detail::value_tag<output_padding_hw>, detail::value_tag<limit_hw>, detail::value_tag<crop_hw>,
    detail::value_tag<factor_hw>, detail::value_tag<channels>,
    detail::value_tag<values_per_statistic>, detail::value_tag<branch>,
    detail::value_tag<repeat_count>, detail::value_tag<branches>>;
using shape_carriers = detail::catalogue<
    detail::shape_tag<body_output>, detail::shape_tag<shortcut_output>,
    detail::shape_tag<first_branch_output>, detail::shape_tag<branch_output>,
    detail::shape_tag<gate_output>, detail::shape_tag<output>>;
using type_carriers = detail::catalogue<
    detail::type_tag<value_count>, detail::type_tag<parameter_count>, detail::type_tag<mac_count>,
    detail::type_tag<byte_count>, detail::type_tag<missing_static_member_name>,
    detail::type_tag<missing_static_function_output_shape_taking_Shape>>;

template <class Tag, class Catalogue>
constexpr int listed() noexcept {
    constexpr int i =
        detail::position_in<Tag>(static_cast<const typename Catalogue::positions*>(nullptr));
    static_assert(i >= 0, "ctnn: this error or number carrier is missing from its catalogue "
                          "(error::catalogue and the carriers' in ctnn/core/diagnostics.hpp): "
                          "raise one of ctnn's errors, or list a new one there");
    return i;
}

}  // namespace error

/// One number of an error message and its name: which carrier template prints it (`padded_hw`,
/// `body_output`, the input's `input_hwc`, ...) and its values. Made with `number<...>(...)`.
struct Number {
    enum class family : unsigned char { none, input, value, shape, type };
    family of{};  ///< (written `{}`, not `= family::none`: g++ 12 then rejects `Issue x = {}`)
    unsigned char carrier = 0;  ///< its position in the family's catalogue
    unsigned char count = 0;    ///< values used (a value carrier takes 1 to 4)
    long long v[4] = {};
};

/// The input shape as a number of an error: error::input_hwc<H, W, C> or input_vector<N>.
constexpr Number input_number(const Shape& s) noexcept {
    return {Number::family::input, 0, 4,
            {static_cast<long long>(s.h), static_cast<long long>(s.w), static_cast<long long>(s.c),
             s.flat ? 1 : 0}};
}
/// A number printed by value carrier C: `number<error::padded_hw>(5, 5)` is padded_hw<5, 5>.
template <template <long long...> class C, class... V>
constexpr Number number(V... values) noexcept {
    static_assert(sizeof...(V) >= 1 && sizeof...(V) <= 4, "ctnn: a number has 1 to 4 values");
    return {Number::family::value,
            static_cast<unsigned char>(error::listed<error::detail::value_tag<C>, error::value_carriers>()),
            static_cast<unsigned char>(sizeof...(V)), {static_cast<long long>(values)...}};
}
/// A shape in role R: `number<error::body_output>(s)` is body_output<shape_hwc<H, W, C>>.
template <template <class> class R>
constexpr Number number(const Shape& s) noexcept {
    return {Number::family::shape,
            static_cast<unsigned char>(error::listed<error::detail::shape_tag<R>, error::shape_carriers>()),
            4,
            {static_cast<long long>(s.h), static_cast<long long>(s.w), static_cast<long long>(s.c),
             s.flat ? 1 : 0}};
}
/// A name without values: `number<error::parameter_count>()`.
template <class T>
constexpr Number number() noexcept {
    return {Number::family::type,
            static_cast<unsigned char>(error::listed<error::detail::type_tag<T>, error::type_carriers>()),
            0, {}};
}

/// One problem with a layer's input or a block's paths: which error of `error::catalogue`, and
/// its numbers in the order of the error template's parameters. `Issue{}` is no problem. A
/// layer's optional `check(Shape in)` returns one, made with `issue<error::X>(...)`.
struct Issue {
    short kind = -1;  ///< position in error::catalogue; -1: no problem
    unsigned char count = 0;
    Number numbers[4] = {};

    constexpr explicit operator bool() const noexcept { return kind >= 0; }
    /// Whether this is error E: `Conv<7, 7, 8>::check(in).is<error::kernel_larger_than_padded_input>()`.
    template <template <class...> class E>
    constexpr bool is() const noexcept {
        return kind == error::listed<error::detail::error_tag<E>, error::catalogue>();
    }
};

namespace detail {
constexpr Number as_number(const Number& n) noexcept { return n; }
constexpr Number as_number(const Shape& input) noexcept { return input_number(input); }
}  // namespace detail

/// The issue of error E with its numbers, each a Number or, for the input, a Shape:
/// `issue<error::filters_must_be_positive>(in, number<error::filters>(0))`.
template <template <class...> class E, class... Numbers>
constexpr Issue issue(const Numbers&... numbers) noexcept {
    static_assert(sizeof...(Numbers) <= 4, "ctnn: an error has at most 4 numbers");
    return {static_cast<short>(error::listed<error::detail::error_tag<E>, error::catalogue>()),
            static_cast<unsigned char>(sizeof...(Numbers)), {detail::as_number(numbers)...}};
}

/// An Issue and where it happened: the 1-based positions from the network down to the layer
/// (`path[0]` is the top-level index, as `shape_at` takes it); `depth` may exceed max_path,
/// then only the first max_path positions are known.
struct Fault {
    Issue issue;
    int path[max_path] = {};
    int depth = 0;

    constexpr explicit operator bool() const noexcept { return static_cast<bool>(issue); }
};

namespace detail {

/// The carrier type of number N (error path only).
template <Number N, class Values = std::make_index_sequence<N.count>,
          Number::family F = N.of>
struct number_type;
template <Number N, std::size_t... K>
struct number_type<N, std::index_sequence<K...>, Number::family::input> {
    using type = std::conditional_t<N.v[3] != 0, error::input_vector<N.v[2]>,
                                    error::input_hwc<N.v[0], N.v[1], N.v[2]>>;
};
template <Number N, std::size_t... K>
struct number_type<N, std::index_sequence<K...>, Number::family::value> {
    using type = typename error::value_carriers::template at<N.carrier>::template type<N.v[K]...>;
};
template <Number N, std::size_t... K>
struct number_type<N, std::index_sequence<K...>, Number::family::shape> {
    using type = typename error::shape_carriers::template at<N.carrier>::template type<
        std::conditional_t<N.v[3] != 0, error::shape_vector<N.v[2]>,
                           error::shape_hwc<N.v[0], N.v[1], N.v[2]>>>;
};
template <Number N, std::size_t... K>
struct number_type<N, std::index_sequence<K...>, Number::family::type> {
    using type = typename error::type_carriers::template at<N.carrier>::type;
};

/// The error template of issue I at `At` about `Layer`, its numbers as template arguments:
/// naming it costs nothing, reading its `raised` fires its static_assert (error path only).
template <class At, class Layer, Issue I, class Numbers = std::make_index_sequence<I.count>>
struct error_of;
template <class At, class Layer, Issue I, std::size_t... K>
struct error_of<At, Layer, I, std::index_sequence<K...>> {
    using type = typename error::catalogue::template at<I.kind>::template raise<
        At, Layer, typename number_type<I.numbers[K]>::type...>;
};

}  // namespace detail
}  // namespace ctnn
