// Static tests of ctnn/analysis/ops.hpp: multiply-accumulates and the other operations.
#include <cstdint>

#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
#include <ctnn/models/alexnet.hpp>
#include <ctnn/models/vgg.hpp>

namespace {
using namespace ctnn;
using models::VGG16;

// VGG-16 (docs/sources.md#vgg: torchvision's GFLOPS column, recounted): convolutions
// 15,346,630,656 MACs, FC layers 123,633,664, total 15,470,264,320.
static_assert(macs<VGG16> == 15'470'264'320);
static_assert(flops<VGG16> == 2 * 15'470'264'320);
static_assert(macs_at<VGG16, 32> + macs_at<VGG16, 35> + macs_at<VGG16, 38> == 123'633'664);
// conv1_1: every one of 224*224*64 outputs is a dot product of 3*3*3 inputs.
static_assert(macs_at<VGG16, 1> == 224ULL * 224 * 64 * 27);
// fc1: 25,088 inputs to each of 4,096 units.
static_assert(macs_at<VGG16, 32> == 25'088ULL * 4'096);
// The other operations of VGG-16 (docs/tutorial.md quotes them): one bias addition per output
// of its 16 weight layers, one read per element of its five 2x2 pooling windows, and one
// ReLU/softmax per value; no normalization, no sums.
static_assert(ops<VGG16>.bias == 13'556'712 && ops<VGG16>.activation == 13'556'712);
static_assert(ops<VGG16>.pooling == 4 * (112 * 112 * 64 + 56 * 56 * 128 + 28 * 28 * 256 +
                                         14 * 14 * 512 + 7 * 7 * 512));
static_assert(ops<VGG16>.pooling == 6'121'472);
static_assert(ops<VGG16>.normalization == 0 && ops<VGG16>.elementwise == 0);
// Pooling and activations have no MACs.
static_assert(macs_at<VGG16, 2> == 0 && macs_at<VGG16, 5> == 0);

// Grouped: AlexNet's conv2 (two towers) sees 48 channels per filter: 27*27*256*5*5*48.
static_assert(macs_at<models::AlexNet, 5> == 27ULL * 27 * 256 * 5 * 5 * 48);

// Depthwise: 3x3 per channel, so 9 MACs per output value.
static_assert(macs<Net<Input<112, 112, 32>, DepthwiseConv<3, 3, Pad<1>, NoBias>>> ==
              112ULL * 112 * 32 * 9);
// Dilation spreads the taps but does not add any: a dilated 3x3 is 9 taps.
static_assert(macs<Net<Input<56, 56, 64>, Conv<3, 3, 64, Pad<2>, Dilation<2>, NoBias>>> ==
              56ULL * 56 * 64 * 9 * 64);
// 'same' with a stride: 224 -> 112.
static_assert(macs<Net<Input<224, 224, 3>, Conv<3, 3, 32, Same, Stride<2>>>> ==
              112ULL * 112 * 32 * 27);

// ---- the other operations -----------------------------------------------------------------
using Block = Net<Input<8, 8, 4>, Conv<3, 3, 8, Pad<1>>, BatchNorm, ReLU, MaxPool<2, 2>,
                  GlobalAvgPool, FC<10>>;
constexpr Ops block_ops = ops<Block>;
static_assert(block_ops.macs == 8 * 8 * 8 * 36 + 8 * 10);
static_assert(block_ops.bias == 8 * 8 * 8 + 10);          // one add per output of conv and FC
static_assert(block_ops.normalization == 2 * 8 * 8 * 8);  // BatchNorm: multiply and add
static_assert(block_ops.activation == 8 * 8 * 8);         // ReLU: one per value
static_assert(block_ops.pooling == 4 * 4 * 8 * 4 + 4 * 4 * 8);  // 2x2 windows; global: all
static_assert(block_ops.elementwise == 0);
static_assert(total_ops<Block> == 2 * block_ops.macs + block_ops.bias + block_ops.normalization +
                                      block_ops.activation + block_ops.pooling);
static_assert(ops_at<Block, 2>.normalization == 1'024 && ops_at<Block, 2>.macs == 0);

// Residual sums and Gate products are elementwise operations, one per value.
using Sum = Net<Input<8, 8, 16>, Residual<Conv<1, 1, 16, NoBias>>>;
static_assert(ops<Sum>.elementwise == 8 * 8 * 16 && ops<Sum>.macs == 8 * 8 * 16 * 16);
using Product = Net<Input<4, 4, 8>, Gate<GlobalAvgPool, FC<8, NoBias>, Sigmoid>>;
static_assert(ops<Product>.elementwise == 4 * 4 * 8 && ops<Product>.macs == 64);
// A block's row sums its layers' operations and its own.
static_assert(ops_at<Sum, 1>.elementwise == 1'024 && ops_at<Sum, 1>.macs == 16'384);

// LRN: 7 operations per value (5 multiply-adds across channels, a power and a multiply).
static_assert(ops<Net<Input<2, 2, 8>, LRN>>.normalization == 7 * 32);
// Adaptive pooling reads PyTorch's windows [floor(i*in/out), ceil((i+1)*in/out)): 7 -> 3 reads
// 3 + 3 + 3 rows and as many columns.
static_assert(ops<Net<Input<7, 7, 2>, AdaptiveAvgPool<3>>>.pooling == 9 * 9 * 2);
static_assert(ops<Net<Input<6, 6, 2>, AdaptiveAvgPool<3>>>.pooling == 6 * 6 * 2);
// Views and padding cost nothing.
static_assert(total_ops<Net<Input<4, 4, 2>, Flatten, Dropout, Identity>> == 0);
static_assert(total_ops<Net<Input<4, 4, 2>, ZeroPad<1>>> == 0);
}  // namespace
