// Static tests of ctnn/analysis/memory.hpp.
#include <cstdint>

#include <ctnn/analysis/memory.hpp>
#include <ctnn/layers.hpp>
#include <ctnn/models/vgg.hpp>

namespace {
using namespace ctnn;
using models::VGG16;

// CS231n's VGG-16 walk-through counts the input and every CONV/POOL/FC output (ReLU in place):
// the values it lists sum to exactly 15,237,608 (published-numbers.md), about 61 MB as float32;
// its total line "24M * 4 bytes ~= 93MB" disagrees with its own list.
static_assert(activations<VGG16> == 15'237'608);
static_assert(activation_bytes<VGG16> == 60'950'432);
static_assert(activation_bytes<VGG16, std::int8_t> == 15'237'608);
static_assert(activation_bytes<VGG16, double> == 121'900'864);
// Its per-layer values: INPUT 224*224*3 = 150K, CONV3-64 224*224*64 = 3.2M, POOL2 112*112*64
// = 800K, ..., FC 4096.
static_assert(activations_at<VGG16, 0> == 150'528);
static_assert(activations_at<VGG16, 1> == 3'211'264);
static_assert(activations_at<VGG16, 5> == 802'816);
static_assert(activations_at<VGG16, 32> == 4'096);
// ReLU runs in place: it adds nothing, though its output has as many values as its input.
static_assert(activations_at<VGG16, 2> == 0 && output_values_at<VGG16, 2> == 3'211'264);

// Parameter memory: 138,357,544 * 4 bytes (torchinfo's "Params size (MB): 553.43").
static_assert(param_bytes<VGG16> == 553'430'176);
static_assert(param_bytes<VGG16, std::int8_t> == 138'357'544);
// Non-trainable statistics are stored too.
using BN = Net<Input<4, 4, 8>, BatchNorm>;
static_assert(param_bytes<BN> == 4 * 32);
// Flatten is a view and BatchNorm runs in place: neither adds activation memory.
static_assert(activations<Net<Input<4, 4, 8>, BatchNorm, Flatten, FC<2>>> == 128 + 2);
}  // namespace
