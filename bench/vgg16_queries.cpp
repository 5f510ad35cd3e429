// bench (b): VGG-16, written here (not the zoo's, whose analysis the include already pays for),
// with every query of the foundation asserted.
#include <cstdint>

#include <ctnn/ctnn.hpp>

using namespace ctnn;
using c64 = Conv<3, 3, 64, Pad<1>>;
using c128 = Conv<3, 3, 128, Pad<1>>;
using c256 = Conv<3, 3, 256, Pad<1>>;
using c512 = Conv<3, 3, 512, Pad<1>>;
struct BenchVGG16 final : Net<Input<224, 224, 3>,
                              c64, ReLU, c64, ReLU, MaxPool<2, 2>,
                              c128, ReLU, c128, ReLU, MaxPool<2, 2>,
                              c256, ReLU, c256, ReLU, c256, ReLU, MaxPool<2, 2>,
                              c512, ReLU, c512, ReLU, c512, ReLU, MaxPool<2, 2>,
                              c512, ReLU, c512, ReLU, c512, ReLU, MaxPool<2, 2>,
                              FC<4096>, ReLU, Dropout, FC<4096>, ReLU, Dropout, FC<1000>, Softmax> {};
using N = BenchVGG16;

static_assert(params<N> == 138'357'544);
static_assert(trainable_params<N> == 138'357'544);
static_assert(non_trainable_params<N> == 0);
static_assert(total_params<N> == 138'357'544);
static_assert(weights<N> + biases<N> == params<N>);
static_assert(layer_count<N> == 39);
static_assert(input_shape<N> == Shape::hwc(224, 224, 3));
static_assert(output_shape<N> == Shape::vector(1000));
static_assert(shape_at<N, 5> == Shape::hwc(112, 112, 64));
static_assert(shape_at<N, 10> == Shape::hwc(56, 56, 128));
static_assert(shape_at<N, 17> == Shape::hwc(28, 28, 256));
static_assert(shape_at<N, 24> == Shape::hwc(14, 14, 512));
static_assert(shape_at<N, 31> == Shape::hwc(7, 7, 512));
static_assert(params_at<N, 11> == 295'168);
static_assert(weights_at<N, 11> == 294'912 && biases_at<N, 11> == 256);
static_assert(params_at<N, 32> == 102'764'544);
static_assert(non_trainable_params_at<N, 32> == 0);
static_assert(name_at<N, 1> == "Conv 3x3/1 p1, 64");
static_assert(activations<N> == 15'237'608);
static_assert(activations_at<N, 1> == 3'211'264 && output_values_at<N, 2> == 3'211'264);
static_assert(activation_bytes<N> == 60'950'432);
static_assert(activation_bytes<N, std::int8_t> == 15'237'608);
static_assert(param_bytes<N> == 553'430'176);
static_assert(rows<N>.size() == 40 && totals<N>.layers == 39);
static_assert(network_name<N> == "BenchVGG16");
