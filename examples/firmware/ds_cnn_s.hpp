#pragma once
// examples/firmware/ds_cnn_s.hpp: the keyword-spotting network of the firmware example, held to
// a Cortex-M4 board's flash and RAM at compile time, with its counts derived by hand below.
//
// DS-CNN small (Zhang et al. 2017, "Hello Edge: Keyword Spotting on Microcontrollers",
// arXiv:1711.07128), as Arm's reference code for the paper builds it (ARM-software/ML-KWS-for-MCU,
// models.py, create_ds_cnn_model, with train_commands.txt's DS-CNN small line:
// --model_size_info 5 64 10 4 2 2 64 3 3 1 1 64 3 3 1 1 64 3 3 1 1 64 3 3 1 1,
// --dct_coefficient_count 10, --window_size_ms 40, --window_stride_ms 20):
//   input: 49 frames of 10 MFCC features (1 s of audio in 20 ms steps of a 40 ms window)
//   conv_1: 64 filters 10x4, stride 2x2, 'SAME' padding, with bias; batch norm, ReLU
//   4 blocks: 3x3 depthwise with bias; batch norm, ReLU; 1x1 pointwise to 64, with bias;
//             batch norm, ReLU
//   average pooling over the whole 25x5 map; fully connected to 12 classes, with bias (logits)
// Its batch norms are slim.batch_norm with the defaults of tf.contrib.layers.batch_norm
// (center=True, scale=False): a learned shift beta, no scale gamma, and the moving mean and
// variance: BatchNormWith<NoScale> here.
//
// Only ctnn's core and analysis headers: no <iostream> (nothing here prints), no Boost.
#include <cstdint>

#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/core.hpp>
#include <ctnn/layers.hpp>

/// One depthwise-separable block of DS-CNN: 3x3 depthwise, then 1x1 pointwise to C channels,
/// each followed by batch norm (shift only) and ReLU.
template <int C>
struct DsBlock final : ctnn::Sequential<ctnn::DepthwiseConv<3, 3, ctnn::Same>,
                                        ctnn::BatchNormWith<ctnn::NoScale>, ctnn::ReLU,
                                        ctnn::Conv<1, 1, C>,
                                        ctnn::BatchNormWith<ctnn::NoScale>, ctnn::ReLU> {};

struct DsCnnSmall final
    : ctnn::Net<ctnn::Input<49, 10, 1>,
                ctnn::Conv<10, 4, 64, ctnn::Stride<2>, ctnn::Same>,
                ctnn::BatchNormWith<ctnn::NoScale>, ctnn::ReLU,
                ctnn::Repeat<4, DsBlock<64>>,
                ctnn::GlobalAvgPool, ctnn::FC<12>> {};

// The board: NXP FRDM-K64F (a Cortex-M4F), which Arm's reference code deploys this network on.
// Its linker script there (ARM-software/ML-KWS-for-MCU, Deployment/Examples/
// simple_test_k64f_gcc/mbed/TARGET_K64F/TOOLCHAIN_GCC_ARM/MK64FN1M0xxx12.ld) gives the program
// 0x100000 bytes of flash (MBED_APP_SIZE: 1 MiB) and puts .bss in m_data_2, 0x30000 bytes of RAM
// (192 KiB). The weights, int8 as CMSIS-NN runs them, go to flash; the arena goes to .bss.
inline constexpr ctnn::Budget frdm_k64f{.param_bytes = 1 * ctnn::MiB,
                                        .peak_activation_bytes = 192 * ctnn::KiB};
static_assert(ctnn::fits<DsCnnSmall, frdm_k64f, std::int8_t>);

// The counts, derived by hand from the layer formulas of docs/reference.md (M = 25 x 5 = 125
// positions: 'SAME' with stride 2 gives ceil(49/2) x ceil(10/2) = 25 x 5; the blocks keep it):
//   conv_1     10*4*1*64 weights + 64 biases                      =  2,624 parameters
//   batch norm 64 shifts (x 9 batch norms: conv_1's and two per block)
//   a block    3*3*64 + 64 (depthwise) + 64*64 + 64 (pointwise) + 2*64 (shifts) = 4,928
//   fc1        64*12 + 12                                          =    780
//   learnable: 2,624 + 64 + 4 * 4,928 + 780 = 23,180
//   moving mean and variance: 9 batch norms * 2 * 64 = 1,152 (not learnable, but in flash)
static_assert(ctnn::params<DsCnnSmall> == 23'180);
static_assert(ctnn::non_trainable_params<DsCnnSmall> == 1'152);
static_assert(ctnn::param_bytes<DsCnnSmall, std::int8_t> == 23'180 + 1'152);
// Multiply-accumulates: conv_1 M*64*10*4 = 320,000; per block M*64*3*3 = 72,000 (depthwise)
// and M*64*64 = 512,000 (pointwise); fc1 64*12 = 768:
// 320,000 + 4 * (72,000 + 512,000) + 768 = 2,656,768 (doubled: 5,313,536 FLOPs).
static_assert(ctnn::macs<DsCnnSmall> == 2'656'768);
// The arena: one 25x5x64 map is 8,000 int8 values. A depthwise or pointwise convolution holds
// its input map and its output map, 2 * 8,000 = 16,000 bytes; conv_1 holds 490 + 8,000; batch
// norm and ReLU run in place; pooling and fc1 hold less. The peak is 16,000 bytes.
static_assert(ctnn::peak_activation_bytes<DsCnnSmall, std::int8_t> == 16'000);

// The plan: every buffer at a fixed offset of one arena of 16,000 bytes, the bound itself (8,000
// is a multiple of 16, so no buffer is padded). Layer I writes at arena_offset_at<DsCnnSmall, I>.
inline constexpr auto& ds_cnn_plan = ctnn::arena_plan<DsCnnSmall, std::int8_t>;
static_assert(ctnn::arena_bytes<DsCnnSmall, std::int8_t> == 16'000);
static_assert(ds_cnn_plan.lower_bound == 16'000);

// The weights as CMSIS-NN and TFLite's int8 scheme store them: int8 weights, int32 biases (and
// moving statistics), a float scale and an int32 zero point per output channel of every layer
// with weights, each tensor 16-byte aligned in one blob. By hand, in bytes:
//   conv_1      weights 2,560 + biases 256 + scales 256 + zero points 256   =  3,328
//   batch norm  shifts 256 + mean and variance 512 (no weights: no scales)  =    768
//   a block     depthwise 576 + 256 + 256 + 256, batch norm 768,
//               pointwise 4,096 + 256 + 256 + 256, batch norm 768           =  7,744
//   fc1         weights 768 + biases 48 + scales 48 + zero points 48        =    912
//   3,328 + 768 + 4 * 7,744 + 912 = 35,984 (every tensor a multiple of 16 bytes: no padding)
using ds_cnn_weights = ctnn::PerChannelQuantization<float, std::int32_t>;
inline constexpr auto& ds_cnn_blob = ctnn::weight_layout<DsCnnSmall, std::int8_t, std::int32_t, ds_cnn_weights>;
static_assert(ds_cnn_blob.bytes == 35'984);
inline constexpr ctnn::Budget frdm_k64f_static{.arena_bytes = 192 * ctnn::KiB, .weight_blob_bytes = 1 * ctnn::MiB};
static_assert(ctnn::fits<DsCnnSmall, frdm_k64f_static, std::int8_t>);
