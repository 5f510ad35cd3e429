#pragma once
// ctnn/core/diagnostics.hpp: every compile error ctnn raises, in one place.
//
// How an error reaches the user. The walk over a network records the first problem it meets as
// an `Issue` (what went wrong, where, and the numbers). The analysis then instantiates exactly one
// of the templates in `ctnn::error` below, whose template arguments spell the problem out:
//
//   ctnn::error::kernel_larger_than_padded_input<ctnn::at_layer<3>, ctnn::Conv<5, 5, 64>,
//       ctnn::error::input_hwc<2, 2, 3>, ctnn::error::padded_hw<2, 2>, ctnn::error::kernel_hw<5, 5>>
//
// and whose static_assert carries the sentence. g++ prints the template on the first line and the
// sentence on the next; clang prints the sentence first and the template on the next line.
// `at_layer<I>` uses the index of `shape_at` (0 = the input, 1 = the first layer after it); a
// layer inside a block is `at_layer<I, J, ...>`: block I, position J inside it (1-based), and so on.
// The message pattern is always "ctnn: <Layer family> ...: <what is wrong>".

#include <cstdint>
#include <type_traits>

#include <ctnn/core/shape.hpp>

namespace ctnn {

/// What went wrong; the layout of Issue::v for each kind is given next to it.
enum class problem : unsigned char {
    none,
    // v[0..3] = input h, w, c, flat (for every kind below that concerns a layer's input)
    needs_feature_map,                // layer needs H x W x C, got a flat vector
    kernel_not_positive,              // v[4], v[5] = kernel h, w
    stride_not_positive,              // v[4], v[5] = stride h, w
    dilation_not_positive,            // v[4], v[5] = dilation h, w
    padding_negative,                 // v[4..7] = top, bottom, left, right
    filters_not_positive,             // v[4] = filters
    units_not_positive,               // v[4] = units
    groups_not_positive,              // v[4] = groups
    multiplier_not_positive,          // v[4] = depth multiplier
    output_size_not_positive,         // v[4], v[5] = requested output h, w
    kernel_larger_than_padded_input,  // v[4], v[5] = padded input h, w; v[6], v[7] = dilated kernel
    window_larger_than_padded_input,  // v[4], v[5] = padded input h, w; v[6], v[7] = window h, w
    pool_padding_over_half_window,    // v[4], v[5] = padding h, w; v[6], v[7] = window h, w
    pool_padding_not_below_window,    // v[4], v[5] = padding h, w; v[6], v[7] = window h, w
    groups_do_not_divide_channels,    // v[4] = input channels, v[5] = filters, v[6] = groups
    adaptive_pool_would_grow,         // v[4], v[5] = requested output h, w
    layer_rejects_input,              // a user layer's accepts(in) returned false
    output_size_zero,                 // v[0..3] = input, v[4..7] = the output, with a 0 in it
    overflow,                         // v[4] = what overflowed: 0 values, 1 parameters, 2 MACs, 3 bytes
    input_dims_not_positive,          // v[4..6] = Input's arguments as written, v[7] = how many
    input_not_first,                  // an Input appears after the start of the network
    not_a_layer,                      // v[4] = 0: no static member `name`, 1: no output_shape(Shape)
    output_padding_out_of_range,      // v[4], v[5] = output padding h, w; v[6], v[7] = the limits
    transposed_output_not_positive,   // v[4], v[5] = the output h, w the formula gives
    crop_larger_than_input,           // v[4], v[5] = crop h, w
    norm_groups_do_not_divide,        // v[4] = channels, v[5] = groups
    norm_over_single_value,           // v[4] = values per statistic (1)
    scale_factor_not_positive,        // v[4], v[5] = factor h, w
    // blocks (compose/): shapes as h, w, c, flat
    residual_shapes_differ,           // v[0..3] = body output, v[4..7] = shortcut output
    concat_spatial_mismatch,          // v[0..3] = first branch output, v[4..7] = branch v[8]'s
    repeat_count_not_positive,        // v[4] = N
    gate_shape_mismatch,              // v[0..3] = input, v[4..7] = the gate branch's output
    split_channels_not_divisible,     // v[0..3] = input, v[4] = number of branches
};

/// One problem with a layer's input: the kind and the numbers (layout: see `problem`).
/// A layer's optional `check(Shape in)` returns `Issue{}` (no problem) or one made with `issue()`.
struct Issue {
    problem kind = problem::none;
    long long v[10] = {};

    constexpr explicit operator bool() const noexcept { return kind != problem::none; }
};

/// An Issue and where it happened: the 1-based positions from the network down to the layer
/// (`path[0]` is the top-level index, as `shape_at` takes it). Filled by the walk.
struct Fault {
    Issue issue;
    int path[8] = {};
    int depth = 0;

    constexpr explicit operator bool() const noexcept { return issue.kind != problem::none; }
};

/// An Issue of kind `k` about two shapes `a` (v[0..3]) and `b` (v[4..7]), and a number v[8].
constexpr Issue issue2(problem k, const Shape& a, const Shape& b, long long n = 0) noexcept {
    Issue i;
    i.kind = k;
    const Shape* shapes[] = {&a, &b};
    for (int s = 0; s < 2; ++s) {
        i.v[4 * s + 0] = static_cast<long long>(shapes[s]->h);
        i.v[4 * s + 1] = static_cast<long long>(shapes[s]->w);
        i.v[4 * s + 2] = static_cast<long long>(shapes[s]->c);
        i.v[4 * s + 3] = shapes[s]->flat ? 1 : 0;
    }
    i.v[8] = n;
    return i;
}

/// An Issue of kind `k` about input `in`, with up to four further numbers (see `problem`).
constexpr Issue issue(problem k, const Shape& in, long long a = 0, long long b = 0, long long c = 0,
                      long long d = 0) noexcept {
    Issue i;
    i.kind = k;
    i.v[0] = static_cast<long long>(in.h);
    i.v[1] = static_cast<long long>(in.w);
    i.v[2] = static_cast<long long>(in.c);
    i.v[3] = in.flat ? 1 : 0;
    i.v[4] = a;
    i.v[5] = b;
    i.v[6] = c;
    i.v[7] = d;
    return i;
}

/// Where an error happened: `at_layer<19>` is layer 19 of the network (as `shape_at<N, 19>`),
/// `at_layer<4, 2>` is the second layer inside the block at index 4.
template <int... Path>
struct at_layer;

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
struct params_budget;
struct param_bytes_budget;
struct peak_activation_bytes_budget;
struct activation_bytes_budget;
struct macs_budget;
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
template <class At, class Block, class Input, class Count>
struct repeat_count_must_be_positive {
    static_assert(always_false<At>, "ctnn: Repeat<N, ...> needs N >= 1");
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
                  "ctnn: a layer's options must be Stride, Pad, Same, Dilation, Groups, NoBias, "
                  "Multiplier, CeilMode, OutputPadding, NoScale, NoCenter, Affine, NoAffine or "
                  "PadUpToWindow");
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
template <class Network, class Budget, class Value, class Limit>
struct network_exceeds_its_budget {
    static_assert(always_false<Network>,
                  "ctnn: the network exceeds its budget; the template arguments name the budget, "
                  "the network's value and the limit");
    static constexpr bool raised = true;
};
template <class Network, class Index>
struct layer_index_out_of_range {
    static_assert(always_false<Network>,
                  "ctnn: the layer index is larger than the network's layer_count");
    static constexpr bool raised = true;
};
template <class Type>
struct not_a_network {
    static_assert(always_false<Type>,
                  "ctnn: queries take a Net<Input<...>, ...> or a type derived from one");
    static constexpr bool raised = true;
};

}  // namespace error

namespace detail {

template <Issue I>
using input_of = std::conditional_t<I.v[3] != 0, error::input_vector<I.v[2]>,
                                    error::input_hwc<I.v[0], I.v[1], I.v[2]>>;

/// The shape stored in v[4*S .. 4*S+3] of issue I.
template <Issue I, int S>
using shape_at_slot = std::conditional_t<I.v[4 * S + 3] != 0, error::shape_vector<I.v[4 * S + 2]>,
                                         error::shape_hwc<I.v[4 * S], I.v[4 * S + 1], I.v[4 * S + 2]>>;

/// The error template of a problem of kind K, for issue I at `At` about `Layer`: naming it
/// costs nothing, accessing its `raised` fires its static_assert. (A class template per kind
/// rather than a constexpr function, so that g++ prints no "in constexpr expansion" lines
/// between the error's template and its sentence.)
template <problem K>
struct error_of {
    template <class At, class Layer, Issue I>
    using type = error::no_error;
};

template <>
struct error_of<problem::needs_feature_map> {
    template <class At, class Layer, Issue I>
    using type = error::layer_needs_a_feature_map<At, Layer, input_of<I>>;
};

template <>
struct error_of<problem::kernel_not_positive> {
    template <class At, class Layer, Issue I>
    using type =
        error::kernel_must_be_positive<At, Layer, input_of<I>, error::kernel_hw<I.v[4], I.v[5]>>;
};

template <>
struct error_of<problem::stride_not_positive> {
    template <class At, class Layer, Issue I>
    using type =
        error::stride_must_be_positive<At, Layer, input_of<I>, error::stride_hw<I.v[4], I.v[5]>>;
};

template <>
struct error_of<problem::dilation_not_positive> {
    template <class At, class Layer, Issue I>
    using type =
        error::dilation_must_be_positive<At, Layer, input_of<I>, error::dilation_hw<I.v[4], I.v[5]>>;
};

template <>
struct error_of<problem::padding_negative> {
    template <class At, class Layer, Issue I>
    using type =
        error::padding_must_not_be_negative<At, Layer, input_of<I>, error::padding_tblr<I.v[4], I.v[5], I.v[6], I.v[7]>>;
};

template <>
struct error_of<problem::filters_not_positive> {
    template <class At, class Layer, Issue I>
    using type = error::filters_must_be_positive<At, Layer, input_of<I>, error::filters<I.v[4]>>;
};

template <>
struct error_of<problem::units_not_positive> {
    template <class At, class Layer, Issue I>
    using type = error::units_must_be_positive<At, Layer, input_of<I>, error::units<I.v[4]>>;
};

template <>
struct error_of<problem::groups_not_positive> {
    template <class At, class Layer, Issue I>
    using type = error::groups_must_be_positive<At, Layer, input_of<I>, error::groups<I.v[4]>>;
};

template <>
struct error_of<problem::multiplier_not_positive> {
    template <class At, class Layer, Issue I>
    using type =
        error::depth_multiplier_must_be_positive<At, Layer, input_of<I>, error::multiplier<I.v[4]>>;
};

template <>
struct error_of<problem::output_size_not_positive> {
    template <class At, class Layer, Issue I>
    using type =
        error::output_size_must_be_positive<At, Layer, input_of<I>, error::output_hw<I.v[4], I.v[5]>>;
};

template <>
struct error_of<problem::kernel_larger_than_padded_input> {
    template <class At, class Layer, Issue I>
    using type =
        error::kernel_larger_than_padded_input<At, Layer, input_of<I>, error::padded_hw<I.v[4], I.v[5]>, error::kernel_hw<I.v[6], I.v[7]>>;
};

template <>
struct error_of<problem::window_larger_than_padded_input> {
    template <class At, class Layer, Issue I>
    using type =
        error::window_larger_than_padded_input<At, Layer, input_of<I>, error::padded_hw<I.v[4], I.v[5]>, error::window_hw<I.v[6], I.v[7]>>;
};

template <>
struct error_of<problem::pool_padding_over_half_window> {
    template <class At, class Layer, Issue I>
    using type =
        error::pool_padding_over_half_window<At, Layer, input_of<I>, error::padding_hw<I.v[4], I.v[5]>, error::window_hw<I.v[6], I.v[7]>>;
};

template <>
struct error_of<problem::pool_padding_not_below_window> {
    template <class At, class Layer, Issue I>
    using type =
        error::pool_padding_not_below_window<At, Layer, input_of<I>, error::padding_hw<I.v[4], I.v[5]>, error::window_hw<I.v[6], I.v[7]>>;
};

template <>
struct error_of<problem::groups_do_not_divide_channels> {
    template <class At, class Layer, Issue I>
    using type =
        error::groups_must_divide_channels<At, Layer, input_of<I>, error::in_channels<I.v[4]>, error::filters<I.v[5]>, error::groups<I.v[6]>>;
};

template <>
struct error_of<problem::adaptive_pool_would_grow> {
    template <class At, class Layer, Issue I>
    using type =
        error::adaptive_pool_cannot_grow_the_input<At, Layer, input_of<I>, error::output_hw<I.v[4], I.v[5]>>;
};

template <>
struct error_of<problem::layer_rejects_input> {
    template <class At, class Layer, Issue I>
    using type = error::layer_rejects_its_input<At, Layer, input_of<I>>;
};

template <>
struct error_of<problem::output_size_zero> {
    template <class At, class Layer, Issue I>
    using type =
        error::layer_output_has_a_zero_dimension<At, Layer, input_of<I>, error::output<shape_at_slot<I, 1>>>;
};

template <>
struct error_of<problem::overflow> {
    template <class At, class Layer, Issue I>
    using type =
        error::count_overflows_64_bits<At, Layer, input_of<I>, std::conditional_t<I.v[4] == 0, error::value_count, std::conditional_t<I.v[4] == 1, error::parameter_count, std::conditional_t<I.v[4] == 2, error::mac_count, error::byte_count>>>>;
};

template <>
struct error_of<problem::input_dims_not_positive> {
    template <class At, class Layer, Issue I>
    using type =
        error::input_dimensions_must_be_positive<At, Layer, std::conditional_t<I.v[7] == 1, error::input_written_as<I.v[4]>, error::input_written_as<I.v[4], I.v[5], I.v[6]>>>;
};

template <>
struct error_of<problem::input_not_first> {
    template <class At, class Layer, Issue I>
    using type = error::input_must_come_first<At, Layer>;
};

template <>
struct error_of<problem::not_a_layer> {
    template <class At, class Layer, Issue I>
    using type =
        error::not_a_layer<At, Layer, std::conditional_t<I.v[4] == 0, error::missing_static_member_name, error::missing_static_function_output_shape_taking_Shape>>;
};

template <>
struct error_of<problem::output_padding_out_of_range> {
    template <class At, class Layer, Issue I>
    using type =
        error::output_padding_out_of_range<At, Layer, input_of<I>, error::output_padding_hw<I.v[4], I.v[5]>, error::limit_hw<I.v[6], I.v[7]>>;
};

template <>
struct error_of<problem::transposed_output_not_positive> {
    template <class At, class Layer, Issue I>
    using type =
        error::transposed_convolution_output_must_be_positive<At, Layer, input_of<I>, error::output_hw<I.v[4], I.v[5]>>;
};

template <>
struct error_of<problem::crop_larger_than_input> {
    template <class At, class Layer, Issue I>
    using type = error::crop_larger_than_input<At, Layer, input_of<I>, error::crop_hw<I.v[4], I.v[5]>>;
};

template <>
struct error_of<problem::norm_groups_do_not_divide> {
    template <class At, class Layer, Issue I>
    using type =
        error::norm_groups_must_divide_channels<At, Layer, input_of<I>, error::channels<I.v[4]>, error::groups<I.v[5]>>;
};

template <>
struct error_of<problem::norm_over_single_value> {
    template <class At, class Layer, Issue I>
    using type =
        error::normalization_needs_more_than_one_value<At, Layer, input_of<I>, error::values_per_statistic<I.v[4]>>;
};

template <>
struct error_of<problem::scale_factor_not_positive> {
    template <class At, class Layer, Issue I>
    using type =
        error::scale_factor_must_be_positive<At, Layer, input_of<I>, error::factor_hw<I.v[4], I.v[5]>>;
};

template <>
struct error_of<problem::residual_shapes_differ> {
    template <class At, class Layer, Issue I>
    using type =
        error::residual_paths_have_different_shapes<At, Layer, error::body_output<shape_at_slot<I, 0>>, error::shortcut_output<shape_at_slot<I, 1>>>;
};

template <>
struct error_of<problem::concat_spatial_mismatch> {
    template <class At, class Layer, Issue I>
    using type =
        error::concat_branches_differ_in_height_or_width<At, Layer, error::first_branch_output<shape_at_slot<I, 0>>, error::branch<I.v[8]>, shape_at_slot<I, 1>>;
};

template <>
struct error_of<problem::repeat_count_not_positive> {
    template <class At, class Layer, Issue I>
    using type =
        error::repeat_count_must_be_positive<At, Layer, input_of<I>, error::repeat_count<I.v[4]>>;
};

template <>
struct error_of<problem::gate_shape_mismatch> {
    template <class At, class Layer, Issue I>
    using type =
        error::gate_must_give_one_factor_per_channel<At, Layer, input_of<I>, error::gate_output<shape_at_slot<I, 1>>>;
};

template <>
struct error_of<problem::split_channels_not_divisible> {
    template <class At, class Layer, Issue I>
    using type =
        error::channel_split_needs_divisible_channels<At, Layer, input_of<I>, error::branches<I.v[4]>>;
};
}  // namespace detail
}  // namespace ctnn
