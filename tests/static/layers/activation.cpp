// Static tests of ctnn/layers/activation.hpp and ctnn/layers/regularization.hpp.
// The samples of this header's layers that tests/static/laws.cpp holds to the laws of every
// layer (collected by tests/CMakeLists.txt from the "// laws:" lines of tests/static/layers):
// laws: ReLU, ReLU6, LeakyReLU, Sigmoid, Tanh, Softmax, GELU, Swish, HardSwish, HardSigmoid
// laws: ELU, SELU, Mish, Softplus, PReLU, SharedPReLU, Dropout
#include <type_traits>

#include <ctnn/analysis.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/layers/activation.hpp>
#include <ctnn/layers/regularization.hpp>

namespace {
using namespace ctnn;

template <class L>
constexpr bool shape_preserving_in_place_and_parameter_free() {
    constexpr Shape map = Shape::hwc(5, 5, 7);
    constexpr Shape flat = Shape::vector(9);
    return layer<L> && L::in_place && L::output_shape(map) == map &&
           L::output_shape(flat) == flat && detail::weights_of<L>(map) == 0 &&
           detail::biases_of<L>(map) == 0;
}
static_assert(shape_preserving_in_place_and_parameter_free<ReLU>());
static_assert(shape_preserving_in_place_and_parameter_free<ReLU6>());
static_assert(shape_preserving_in_place_and_parameter_free<LeakyReLU>());
static_assert(shape_preserving_in_place_and_parameter_free<Sigmoid>());
static_assert(shape_preserving_in_place_and_parameter_free<Tanh>());
static_assert(shape_preserving_in_place_and_parameter_free<Softmax>());
static_assert(shape_preserving_in_place_and_parameter_free<Dropout>());
static_assert(shape_preserving_in_place_and_parameter_free<GELU>());
static_assert(shape_preserving_in_place_and_parameter_free<Swish>());
static_assert(shape_preserving_in_place_and_parameter_free<HardSwish>());
static_assert(shape_preserving_in_place_and_parameter_free<HardSigmoid>());
static_assert(shape_preserving_in_place_and_parameter_free<ELU>());
static_assert(shape_preserving_in_place_and_parameter_free<SELU>());
static_assert(shape_preserving_in_place_and_parameter_free<Mish>());
static_assert(shape_preserving_in_place_and_parameter_free<Softplus>());
static_assert(std::is_same_v<SiLU, Swish> && SiLU::name == "Swish");
static_assert(ReLU::name == "ReLU" && Softmax::name == "Softmax" && Dropout::name == "Dropout");

constexpr Shape slopes_map = Shape::hwc(14, 14, 96);
// PReLU learns its negative slopes: one per channel (PyTorch PReLU(num_parameters=C), Keras
// PReLU(shared_axes=[1, 2])), or one for all (PyTorch's default PReLU()). In place, shape kept.
static_assert(PReLU::weights(slopes_map) == slopes_map.c && detail::biases_of<PReLU>(slopes_map) == 0);
static_assert(PReLU::weights(Shape::vector(100)) == 100);
static_assert(SharedPReLU::weights(slopes_map) == 1);
static_assert(PReLU::in_place && PReLU::output_shape(slopes_map) == slopes_map);
static_assert(params<Net<Input<8, 8, 16>, PReLU, SharedPReLU>> == 16 + 1);
static_assert(activations<Net<Input<8, 8, 16>, PReLU>> == 8 * 8 * 16);
}  // namespace
