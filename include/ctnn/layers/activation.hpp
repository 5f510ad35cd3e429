#pragma once
// ctnn/layers/activation.hpp: element-wise activations and Softmax.
//
// Each keeps its input shape and runs in place (it overwrites its input, as ReLU(inplace=True)
// and Caffe's in-place ReLU do), so none adds activation memory. Each counts one operation per
// value, whatever the function. Only PReLU and SharedPReLU have parameters (learned slopes).

#include <cstdint>
#include <string_view>

#include <ctnn/core/costs.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/core/shape.hpp>

namespace ctnn {

namespace detail {
/// Shared body of the activations: `Layer` keeps its input's shape, runs in place and counts one
/// operation per value; `Slopes` learned slopes: 0, 1 (shared) or -1 (one per channel).
template <class Layer, int Slopes = 0>
struct elementwise : evaluated<Layer> {
    static constexpr bool in_place = true;
    static constexpr evaluation evaluate(const Shape& in, Issue&) noexcept {
        return {.output = in,
                .weights = Slopes < 0 ? in.c : static_cast<std::uint64_t>(Slopes),
                .ops = {.activation = in.size()}};
    }
};
}  // namespace detail

/// ReLU: max(0, x).
struct ReLU : detail::elementwise<ReLU> {
    static constexpr std::string_view name = "ReLU";
};
/// ReLU6: min(max(0, x), 6) (MobileNet).
struct ReLU6 : detail::elementwise<ReLU6> {
    static constexpr std::string_view name = "ReLU6";
};
/// LeakyReLU: x for x > 0, a*x otherwise (a fixed slope, not learned).
struct LeakyReLU : detail::elementwise<LeakyReLU> {
    static constexpr std::string_view name = "LeakyReLU";
};
/// Sigmoid: 1 / (1 + e^-x).
struct Sigmoid : detail::elementwise<Sigmoid> {
    static constexpr std::string_view name = "Sigmoid";
};
/// Tanh: hyperbolic tangent.
struct Tanh : detail::elementwise<Tanh> {
    static constexpr std::string_view name = "Tanh";
};
/// Softmax: e^x_i / sum_j e^x_j over the channels (the last axis).
struct Softmax : detail::elementwise<Softmax> {
    static constexpr std::string_view name = "Softmax";
};
/// GELU: x * Phi(x) (BERT, ViT, ConvNeXt).
struct GELU : detail::elementwise<GELU> {
    static constexpr std::string_view name = "GELU";
};
/// Swish: x * sigmoid(x) (Ramachandran et al. 2017; EfficientNet). PyTorch calls it SiLU.
struct Swish : detail::elementwise<Swish> {
    static constexpr std::string_view name = "Swish";
};
/// SiLU: PyTorch's name for Swish; the same layer.
using SiLU = Swish;
/// HardSwish: x * ReLU6(x + 3) / 6 (MobileNetV3).
struct HardSwish : detail::elementwise<HardSwish> {
    static constexpr std::string_view name = "HardSwish";
};
/// HardSigmoid: ReLU6(x + 3) / 6 (MobileNetV3's squeeze-and-excitation gate).
struct HardSigmoid : detail::elementwise<HardSigmoid> {
    static constexpr std::string_view name = "HardSigmoid";
};
/// ELU: x for x > 0, a * (e^x - 1) otherwise.
struct ELU : detail::elementwise<ELU> {
    static constexpr std::string_view name = "ELU";
};
/// SELU: scale * ELU(x) with the fixed constants of Klambauer et al. 2017.
struct SELU : detail::elementwise<SELU> {
    static constexpr std::string_view name = "SELU";
};
/// Mish: x * tanh(softplus(x)) (YOLOv4).
struct Mish : detail::elementwise<Mish> {
    static constexpr std::string_view name = "Mish";
};
/// Softplus: log(1 + e^x).
struct Softplus : detail::elementwise<Softplus> {
    static constexpr std::string_view name = "Softplus";
};

/// PReLU: x for x > 0, a_c * x otherwise, with one learned slope a_c per channel (He et al.
/// 2015; PyTorch PReLU(num_parameters=C), Keras PReLU(shared_axes=[1, 2])). Keras' PReLU
/// without shared_axes learns one slope per value instead (H*W*C).
/// Parameters: C weights (C = the channels of a map, the length of a vector). In place.
struct PReLU : detail::elementwise<PReLU, -1> {
    static constexpr std::string_view name = "PReLU";
};

/// SharedPReLU: PReLU with one slope for all channels (PyTorch's default PReLU()).
/// Parameters: 1 weight. In place.
struct SharedPReLU : detail::elementwise<SharedPReLU, 1> {
    static constexpr std::string_view name = "SharedPReLU";
};

}  // namespace ctnn
