// Static tests of ctnn/analysis/weights.hpp: the weight blob's layout, element types and options.
#include <cstdint>

#include <ctnn/analysis/memory.hpp>
#include <ctnn/analysis/weights.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
#include <ctnn/models/resnet.hpp>
#include <ctnn/models/vgg.hpp>

namespace {
using namespace ctnn;

// Every tensor of VGG-16 in float is a multiple of 16 bytes (biases of 64..4096 and 1000 floats,
// kernels of 3*3*3*64 floats = 6,912 bytes, ...): its blob is its param_bytes, 138,357,544 * 4
// (torchinfo's "Params size (MB): 553.43"), with no padding.
static_assert(weight_blob_bytes<models::VGG16> == param_bytes<models::VGG16>);
static_assert(weight_blob_bytes<models::VGG16> == 553'430'176);
static_assert(weight_layout<models::VGG16>.count == 16);  // 13 convolutions and 3 FC layers
// ResNet-50's statistics (BatchNorm's mean and variance) are in the blob too: total_params * 4.
static_assert(weight_blob_bytes<models::ResNet50> == total_params<models::ResNet50> * 4);

// A small network, laid out by hand (int8 weights, int32 biases and statistics, as TFLite and
// CMSIS-NN store them):
//   Conv 3x3x3 -> 16:  weights 3*3*3*16 = 432 B at 0;     biases 16*4 = 64 B at 432
//   BatchNorm(16):     scale 16 B at 496;  shift 16*4 = 64 B at 512;  mean and variance 32*4 = 128 B at 576
//   FC 8*8*16 -> 10:   weights 10,240 B at 704;  biases 10*4 = 40 B at 10,944;  end 10,984
using Small = Net<Input<8, 8, 3>, Conv<3, 3, 16, Pad<1>>, BatchNorm, ReLU, Flatten, FC<10>>;
constexpr auto& int8_blob = weight_layout<Small, std::int8_t, std::int32_t>;
static_assert(int8_blob.count == 3 && int8_blob.bytes == 10'984);
static_assert(weight_blob_bytes<Small, std::int8_t, std::int32_t> == 10'984);
static_assert(int8_blob.layers[0].row == 1 && int8_blob.layers[0].weights.bytes == 432 &&
              int8_blob.layers[0].weights.values == 432 && int8_blob.layers[0].biases.offset == 432);
static_assert(int8_blob.layers[1].index == 2 && int8_blob.layers[1].weights.offset == 496 &&
              int8_blob.layers[1].biases.offset == 512 && int8_blob.layers[1].statistics.offset == 576 &&
              int8_blob.layers[1].statistics.values == 32);
static_assert(int8_blob.layers[2].index == 5 && int8_blob.layers[2].weights.offset == 704 &&
              int8_blob.layers[2].biases.offset == 10'944 && int8_blob.layers[2].biases.bytes == 40);
// The blob holds every parameter and statistic once: the values sum to total_params.
static_assert(432 + 16 + 16 + 16 + 32 + 10'240 + 10 == total_params<Small>);

// Per-channel quantization: a float scale and an int32 zero point per output channel of every
// layer with weights, after its other tensors: the Conv's 16 scales (64 B) at 496, zero points
// at 560; everything after moves by 128 B, BatchNorm's by 128 more, the FC's 10 scales (40 B)
// sit at the next multiple of 16 after its biases.
constexpr auto& per_channel = weight_layout<Small, std::int8_t, std::int32_t, PerChannelQuantization<>>;
static_assert(per_channel.layers[0].scales.offset == 496 && per_channel.layers[0].scales.values == 16 &&
              per_channel.layers[0].zero_points.offset == 560 && per_channel.layers[0].zero_points.bytes == 64);
static_assert(per_channel.layers[2].weights.offset == 960 && per_channel.layers[2].scales.offset == 11'248 &&
              per_channel.layers[2].scales.bytes == 40 && per_channel.bytes == 11'336);
// Narrower parameters: int16 scales and int8 zero points.
static_assert(weight_layout<Small, std::int8_t, std::int32_t, PerChannelQuantization<std::int16_t, std::int8_t>>
                  .layers[0].zero_points.bytes == 16);

// A per-layer override: the last layer (-1: the FC) keeps float weights and biases.
constexpr auto& last_float = weight_layout<Small, std::int8_t, std::int32_t, LayerTypes<-1, float>>;
static_assert(last_float.layers[2].weight_bytes == 4 && last_float.layers[2].weights.bytes == 40'960);
static_assert(last_float.layers[0].weight_bytes == 1 && last_float.bytes == 704 + 40'960 + 40);
// By index from the front (1: the Conv), and an override with its own bias type.
static_assert(weight_layout<Small, std::int8_t, std::int32_t, LayerTypes<1, std::int16_t, std::int64_t>>
                  .layers[0].biases.bytes == 16 * 8);
// Inside a block: every layer of the top-level element takes the override.
using Blocked = Net<Input<8, 8, 3>, Sequential<Conv<3, 3, 16, Pad<1>>, BatchNorm>, Flatten, FC<10>>;
static_assert(weight_layout<Blocked, std::int8_t, std::int8_t, LayerTypes<1, float>>.layers[1].weight_bytes == 4);

// Alignment: int8 weights with int32 biases need no padding here (432 and 16 are multiples of
// 16), so BlobAlignment<1> gives the same 10,984; all-int8 is padding-free too (432, 16, 16, 16,
// 32 and 10,240 bytes: 10,762 values in 10,762 bytes). In float with 64-byte alignment each
// tensor starts at a multiple of 64, and the blob ends where the FC's 40 B biases end.
static_assert(weight_blob_bytes<Small, std::int8_t, std::int32_t, BlobAlignment<1>> == 10'984);
static_assert(weight_blob_bytes<Small, std::int8_t, std::int8_t> == total_params<Small>);
static_assert(weight_blob_bytes<Small, float, float, BlobAlignment<64>> % 64 != 0);
static_assert(weight_layout<Small, float, float, BlobAlignment<64>>.layers[2].weights.offset % 64 == 0);

}  // namespace
