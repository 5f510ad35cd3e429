#pragma once
// ctnn/layers/activation.hpp: element-wise activations and Softmax.
//
// None has parameters; each keeps its input shape and runs in place (it overwrites its input,
// as ReLU(inplace=True) and Caffe's in-place ReLU do), so none adds activation memory.

#include <string_view>

#include <ctnn/core/shape.hpp>

namespace ctnn {

namespace detail {
struct elementwise {
    static constexpr bool in_place = true;
    static constexpr Shape output_shape(const Shape& in) noexcept { return in; }
};
}  // namespace detail

/// ReLU: max(0, x).
struct ReLU : detail::elementwise {
    static constexpr std::string_view name = "ReLU";
};
/// ReLU6: min(max(0, x), 6) (MobileNet).
struct ReLU6 : detail::elementwise {
    static constexpr std::string_view name = "ReLU6";
};
/// LeakyReLU: x for x > 0, a*x otherwise (a fixed slope, not learned).
struct LeakyReLU : detail::elementwise {
    static constexpr std::string_view name = "LeakyReLU";
};
/// Sigmoid: 1 / (1 + e^-x).
struct Sigmoid : detail::elementwise {
    static constexpr std::string_view name = "Sigmoid";
};
/// Tanh: hyperbolic tangent.
struct Tanh : detail::elementwise {
    static constexpr std::string_view name = "Tanh";
};
/// Softmax: e^x_i / sum_j e^x_j over the channels (the last axis).
struct Softmax : detail::elementwise {
    static constexpr std::string_view name = "Softmax";
};

}  // namespace ctnn
