// examples/microcontroller.cpp's network on a smaller device: an 8 KB activation arena, where
// it needs 16,000 bytes in int8 (two 25x5x64 maps while a pointwise convolution runs).
// fix: make the network smaller (narrower blocks, a larger first stride) or give it a larger
//  budget; live_at<N, I> shows where the memory goes.
// expect: ctnn: the network exceeds its budget
// expect: network_exceeds_its_budget<KeywordSpotter, ctnn::error::peak_activation_bytes_budget, ctnn::error::value<16000>, ctnn::error::limit<8192>, ctnn::error::exceeded_by<7808> ?>
#include <cstdint>

#include <ctnn/ctnn.hpp>
using namespace ctnn;
template <int C>
struct SeparableBlock final : Sequential<DepthwiseConv<3, 3, Same, NoBias>, BatchNorm, ReLU,
                                         Conv<1, 1, C, NoBias>, BatchNorm, ReLU> {};
struct KeywordSpotter final : Net<Input<49, 10, 1>,
                                  Conv<10, 4, 64, Stride<2>, Same, NoBias>, BatchNorm, ReLU,
                                  Repeat<4, SeparableBlock<64>>,
                                  GlobalAvgPool, FC<12>, Softmax> {};
#ifdef CTNN_TWIN
inline constexpr Budget device{.param_bytes = 1 * MiB, .peak_activation_bytes = 16 * KiB};
#else
inline constexpr Budget device{.param_bytes = 1 * MiB, .peak_activation_bytes = 8 * KiB};
#endif
static_assert(fits<KeywordSpotter, device, std::int8_t>);
