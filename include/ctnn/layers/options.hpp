#pragma once
// ctnn/layers/options.hpp: the options a layer takes after its sizes, in any order.
//
//   Stride<S>, Stride<SH, SW>          step of the window; convolutions default to 1, pooling to
//                                      the window size
//   Pad<P>, Pad<PH, PW>,               zero padding on each side (PH rows top and bottom, PW
//   Pad<Top, Bottom, Left, Right>      columns left and right); default 0
//   Same                               TensorFlow's padding='same': output = ceil(input / stride),
//                                      total padding max((out-1)*s + d*(k-1) + 1 - in, 0), the odd
//                                      row or column going to the bottom or right
//   Dilation<D>, Dilation<DH, DW>      spacing of kernel taps; default 1
//   Groups<G>                          grouped convolution; default 1
//   NoBias                             no bias term (default: bias on, as PyTorch and Keras)
//   Multiplier<M>                      depthwise channel multiplier; default 1
//   CeilMode                           pooling rounds the output size up (Caffe; PyTorch's
//                                      ceil_mode=True), with no window starting in the padding
//   OutputPadding<P>, <PH, PW>         rows/columns added at the bottom/right of a transposed
//                                      convolution's output (PyTorch's output_padding); default 0
//   NoScale, NoCenter                  BatchNorm without its learned scale (gamma) or shift (beta):
//                                      Keras' scale=False, center=False
//   Affine, NoAffine                   a normalization with or without its per-channel scale and
//                                      shift (PyTorch's affine / elementwise_affine)
//   PadUpToWindow                      pooling padding may reach the window size minus 1 (ONNX
//                                      Runtime's and Caffe's rule) instead of half the window
//
// Giving an option a layer does not take, or two options of one kind (Pad and Same are both
// padding), is a compile error naming the layer and the option. Values are checked when the
// network is walked, so that a zero stride is reported with the layer's index.

#include <concepts>
#include <cstddef>

#include <ctnn/core/diagnostics.hpp>

namespace ctnn {

namespace detail {

/// Option kinds, as bits: a layer declares the set it accepts.
enum option_bits : unsigned {
    opt_stride = 1u << 0,
    opt_padding = 1u << 1,
    opt_dilation = 1u << 2,
    opt_groups = 1u << 3,
    opt_bias = 1u << 4,
    opt_multiplier = 1u << 5,
    opt_ceil_mode = 1u << 6,
    opt_output_padding = 1u << 7,
    opt_scale = 1u << 8,
    opt_center = 1u << 9,
    opt_affine = 1u << 10,
    opt_pool_padding = 1u << 11,
};

/// All option values of one layer after parsing; fields a layer does not accept stay default.
struct option_set {
    bool has_stride = false;
    long long stride_h = 1, stride_w = 1;
    bool same = false;
    long long pad_top = 0, pad_bottom = 0, pad_left = 0, pad_right = 0;
    long long dilation_h = 1, dilation_w = 1;
    long long groups = 1;
    bool bias = true;
    long long multiplier = 1;
    bool ceil_mode = false;
    bool has_output_padding = false;
    long long output_pad_h = 0, output_pad_w = 0;
    bool scale = true, center = true;
    int affine = -1;  ///< -1: the layer's default, 0: NoAffine, 1: Affine
    bool pad_up_to_window = false;  ///< pooling padding may reach the window size minus 1

    constexpr bool pad_symmetric() const noexcept {
        return pad_top == pad_bottom && pad_left == pad_right;
    }
};

template <class O>
concept option = requires(option_set& s) {
    { O::option_kind } -> std::convertible_to<unsigned>;
    O::apply(s);
};

template <class Layer, unsigned Accepted, class O, class... All>
constexpr void check_option() noexcept {
    if constexpr (!option<O>) {
        static_cast<void>(error::not_an_option<Layer, O>::raised);
    } else if constexpr ((O::option_kind & Accepted) == 0) {
        static_cast<void>(error::option_not_accepted_by_this_layer<Layer, O>::raised);
    } else if constexpr ((0 + ... + (option<All> && All::option_kind == O::option_kind)) > 1) {
        static_cast<void>(error::option_given_twice<Layer, O>::raised);
    }
}

/// Parses `Options...` for `Layer`, which accepts the option kinds in `Accepted`.
template <class Layer, unsigned Accepted, class... Options>
constexpr option_set parse_options() noexcept {
    (check_option<Layer, Accepted, Options, Options...>(), ...);
    option_set s;
    if constexpr ((option<Options> && ...)) (Options::apply(s), ...);
    return s;
}

}  // namespace detail

namespace detail {
/// The (row, column) pair of an option written <V> or <VH, VW>. Options take a pack rather
/// than a defaulted second parameter so that g++ and clang++ print them the same way in errors
/// and names (g++ spells out default arguments, clang++ does not).
template <int... V>
constexpr int nth_of(std::size_t i) noexcept {
    const int values[] = {V...};
    return values[i];
}
template <int... V>
struct pair_option {
    static_assert(sizeof...(V) == 1 || sizeof...(V) == 2,
                  "ctnn: Stride and Dilation take <V> or <VH, VW>");
    static constexpr int h = nth_of<V...>(0);
    static constexpr int w = nth_of<V...>(sizeof...(V) - 1);
};
}  // namespace detail

/// Stride<S> or Stride<SH, SW>: the window moves S (SH rows, SW columns) per output position.
template <int... S>
struct Stride {
    static constexpr unsigned option_kind = detail::opt_stride;
    static constexpr void apply(detail::option_set& s) noexcept {
        s.has_stride = true;
        s.stride_h = detail::pair_option<S...>::h;
        s.stride_w = detail::pair_option<S...>::w;
    }
};

/// Pad<P>, Pad<PH, PW> or Pad<Top, Bottom, Left, Right>: zeros added around the input.
template <int... P>
struct Pad {
    static_assert(sizeof...(P) == 1 || sizeof...(P) == 2 || sizeof...(P) == 4,
                  "ctnn: Pad takes <P>, <PH, PW> or <Top, Bottom, Left, Right>");
    static constexpr unsigned option_kind = detail::opt_padding;
    static constexpr void apply(detail::option_set& s) noexcept {
        constexpr int v[] = {P...};
        if constexpr (sizeof...(P) == 1) {
            s.pad_top = s.pad_bottom = s.pad_left = s.pad_right = v[0];
        } else if constexpr (sizeof...(P) == 2) {
            s.pad_top = s.pad_bottom = v[0];
            s.pad_left = s.pad_right = v[1];
        } else {
            s.pad_top = v[0];
            s.pad_bottom = v[1];
            s.pad_left = v[2];
            s.pad_right = v[3];
        }
    }
};

/// Same: TensorFlow/Keras padding='same' (output = ceil(input / stride)).
struct Same {
    static constexpr unsigned option_kind = detail::opt_padding;
    static constexpr void apply(detail::option_set& s) noexcept { s.same = true; }
};

/// Dilation<D> or Dilation<DH, DW>: taps D apart; the kernel spans D*(K-1)+1 inputs.
template <int... D>
struct Dilation {
    static constexpr unsigned option_kind = detail::opt_dilation;
    static constexpr void apply(detail::option_set& s) noexcept {
        s.dilation_h = detail::pair_option<D...>::h;
        s.dilation_w = detail::pair_option<D...>::w;
    }
};

/// Groups<G>: input and output channels split into G independent groups (AlexNet's two towers).
template <int G>
struct Groups {
    static constexpr unsigned option_kind = detail::opt_groups;
    static constexpr void apply(detail::option_set& s) noexcept { s.groups = G; }
};

/// NoBias: the layer has no bias (usual before BatchNorm).
struct NoBias {
    static constexpr unsigned option_kind = detail::opt_bias;
    static constexpr void apply(detail::option_set& s) noexcept { s.bias = false; }
};

/// Multiplier<M>: a depthwise convolution produces M output channels per input channel.
template <int M>
struct Multiplier {
    static constexpr unsigned option_kind = detail::opt_multiplier;
    static constexpr void apply(detail::option_set& s) noexcept { s.multiplier = M; }
};

/// CeilMode: pooling output size rounded up instead of down.
struct CeilMode {
    static constexpr unsigned option_kind = detail::opt_ceil_mode;
    static constexpr void apply(detail::option_set& s) noexcept { s.ceil_mode = true; }
};

/// OutputPadding<P> or OutputPadding<PH, PW>: a transposed convolution's output gets PH more
/// rows at the bottom and PW more columns at the right (PyTorch's output_padding, which picks
/// one of the input sizes a strided convolution maps to the same output). Must be smaller than
/// the stride or the dilation along its axis.
template <int... P>
struct OutputPadding {
    static constexpr unsigned option_kind = detail::opt_output_padding;
    static constexpr void apply(detail::option_set& s) noexcept {
        s.has_output_padding = true;
        s.output_pad_h = detail::pair_option<P...>::h;
        s.output_pad_w = detail::pair_option<P...>::w;
    }
};

/// NoScale: BatchNorm without its learned per-channel scale gamma (Keras scale=False, as in
/// Keras' InceptionV3, where a ReLU follows and the next layer can absorb the scale).
struct NoScale {
    static constexpr unsigned option_kind = detail::opt_scale;
    static constexpr void apply(detail::option_set& s) noexcept { s.scale = false; }
};

/// NoCenter: BatchNorm without its learned per-channel shift beta (Keras center=False).
struct NoCenter {
    static constexpr unsigned option_kind = detail::opt_center;
    static constexpr void apply(detail::option_set& s) noexcept { s.center = false; }
};

/// Affine: a normalization with a learned scale and shift per channel (InstanceNorm's
/// affine=True in PyTorch; the default of LayerNorm and GroupNorm).
struct Affine {
    static constexpr unsigned option_kind = detail::opt_affine;
    static constexpr void apply(detail::option_set& s) noexcept { s.affine = 1; }
};

/// NoAffine: a normalization without learned scale and shift (PyTorch's affine=False or
/// elementwise_affine=False; InstanceNorm's default).
struct NoAffine {
    static constexpr unsigned option_kind = detail::opt_affine;
    static constexpr void apply(detail::option_set& s) noexcept { s.affine = 0; }
};

/// PadUpToWindow: a pooling layer's explicit padding may be anything below the window
/// (padding < kernel along each axis: the rule of ONNX Runtime and Caffe) instead of at most
/// half of it (PyTorch's rule, the default). Imported ONNX models use it (ONNX's MaxPool and
/// AveragePool accept such padding); windows that lie mostly in the padding then exist.
struct PadUpToWindow {
    static constexpr unsigned option_kind = detail::opt_pool_padding;
    static constexpr void apply(detail::option_set& s) noexcept { s.pad_up_to_window = true; }
};

namespace detail {

/// Appends explicit padding as written: "1" (all sides), "1x2" (rows x columns) or
/// "0,1,0,1" (top, bottom, left, right).
template <class Text>
constexpr void append_padding(Text& t, const option_set& o) {
    if (!o.pad_symmetric())
        t << o.pad_top << ',' << o.pad_bottom << ',' << o.pad_left << ',' << o.pad_right;
    else if (o.pad_top == o.pad_left)
        t << o.pad_top;
    else
        t << o.pad_top << 'x' << o.pad_left;
}

/// Appends the kernel/stride/padding part of a layer name: "3x3/2 p1", "3x3/1 same".
template <class Text>
constexpr void append_window(Text& t, long long kh, long long kw, const option_set& o) {
    t << kh << 'x' << kw << '/' << o.stride_h;
    if (o.stride_w != o.stride_h) t << 'x' << o.stride_w;
    if (o.same) {
        t << " same";
    } else if (o.pad_top != 0 || o.pad_bottom != 0 || o.pad_left != 0 || o.pad_right != 0) {
        t << " p";
        append_padding(t, o);
    }
    if (o.dilation_h != 1 || o.dilation_w != 1) {
        t << " d" << o.dilation_h;
        if (o.dilation_w != o.dilation_h) t << 'x' << o.dilation_w;
    }
}

}  // namespace detail
}  // namespace ctnn
