// Static tests of ctnn/analysis/memory.hpp.
#include <cstdint>

#include <array>
#include <cstddef>

#include <ctnn/analysis/memory.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
#include <ctnn/models/vgg.hpp>

namespace {
using namespace ctnn;
using models::VGG16;

// CS231n's VGG-16 walk-through counts the input and every CONV/POOL/FC output (ReLU in place):
// the values it lists sum to exactly 15,237,608 (docs/sources.md#memory), about 61 MB as float32;
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

// ---- peak inference memory (buffers freed after their last use), computed by hand -----------

// A chain: the peak is the largest input + output pair that is not computed in place.
// 256 -> conv 512 (768 held) -> ReLU in place -> conv 1024 (512 + 1024 = 1536 held) -> pool
// 256 -> Flatten (a view) -> FC 10.
using Chain = Net<Input<8, 8, 4>, Conv<3, 3, 8, Pad<1>>, ReLU, Conv<3, 3, 16, Pad<1>>,
                  MaxPool<2, 2>, Flatten, FC<10>>;
static_assert(peak_activations<Chain> == 512 + 1024);
static_assert(live_at<Chain, 1> == 256 + 512 && live_at<Chain, 2> == 512);
static_assert(live_at<Chain, 3> == 1536 && live_at<Chain, 4> == 1024 + 256);
static_assert(live_at<Chain, 5> == 256 && live_at<Chain, 6> == 256 + 10);
// VGG-16: conv1_2 holds its input and its output, two 224x224x64 maps (25.7 MB as float32).
static_assert(peak_activations<VGG16> == 2 * 3'211'264);
static_assert(peak_activation_bytes<VGG16> == 4 * 2 * 3'211'264);

// A residual block: x stays alive through the body for the shortcut, so the peak is x and
// both convolutions' outputs, more than any input + output pair (2 * 1024).
// x 1024; conv 1024 (2048); ReLU in place; conv 1024 (3072), its input freed (2048);
// the identity shortcut is x itself; the sum goes into the body's buffer; x freed (1024).
using Block = Net<Input<8, 8, 16>, Residual<Sequential<Conv<3, 3, 16, Pad<1>>, ReLU,
                                                       Conv<3, 3, 16, Pad<1>>>>>;
static_assert(peak_activations<Block> == 3 * 1024);
static_assert(live_at<Block, 1> == 3 * 1024);
// A pre-activation body starts with ReLU; it may not overwrite x (the shortcut needs it), so it
// copies: x 1024, ReLU copy 1024, conv 1024 while the copy is held: 3072 again.
using PreAct = Net<Input<8, 8, 16>, Residual<Sequential<ReLU, Conv<1, 1, 16>>>>;
static_assert(peak_activations<PreAct> == 3 * 1024);
// The same ReLU on x alone runs in place.
static_assert(peak_activations<Net<Input<8, 8, 16>, ReLU>> == 1024);

// Concat: x (256) is read by three branches; each output waits for the join, then the join
// writes a new tensor. 256 + 512 + 512, the Identity branch is x itself, + 1280 for the join.
using Join = Net<Input<8, 8, 4>, Concat<Conv<1, 1, 8>, Conv<3, 3, 8, Pad<1>>, Identity>>;
static_assert(peak_activations<Join> == 256 + 512 + 512 + 1280);
static_assert(activations<Join> == 256 + 512 + 512 + 1280);  // nothing freed: the same here

// A gate: x 128; pooled 8; FC 2 (138 held, then 130); FC 8 (138, then 136); the product x*g
// is a new tensor: 128 + 8 + 128 = 264.
using SE = Net<Input<4, 4, 8>, Gate<GlobalAvgPool, FC<2>, ReLU, FC<8>, Sigmoid>>;
static_assert(peak_activations<SE> == 264);
// An auxiliary head: x 128, pooled 8, FC 10 (146), then its output leaves; the conv: 128 + 64.
using Side = Net<Input<4, 4, 8>, Aux<GlobalAvgPool, FC<10>>, Conv<1, 1, 4>>;
static_assert(peak_activations<Side> == 192 && live_at<Side, 1> == 146);
// ChannelSplit: the parts are views of x; the convolution's output (64) and the join (128)
// are new: 128 + 64 + 128.
using Split = Net<Input<4, 4, 8>, ChannelSplit<Identity, Conv<1, 1, 4>>>;
static_assert(peak_activations<Split> == 320);

// A static arena for a network, sized at compile time.
using Tiny = Net<Input<16, 16, 1>, Conv<3, 3, 4, Pad<1>>, ReLU, MaxPool<2, 2>, FC<2>>;
[[maybe_unused]] std::array<std::byte, peak_activation_bytes<Tiny, std::int8_t>> arena;
static_assert(sizeof(arena) == 256 + 1024);

// Element types.
static_assert(activation_bytes<Chain, float16> == 2 * activations<Chain>);
static_assert(param_bytes<Chain, bytes_per_value<3>> == 3 * total_params<Chain>);
static_assert(peak_activation_bytes<Chain, double> == 8 * 1536);
}  // namespace
