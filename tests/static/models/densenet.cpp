// Static tests of ctnn/models/densenet.hpp: DenseNet-121 and DenseNet-201 as torchvision builds
// them, DenseNet-121 as Keras Applications builds it. Per-block figures are torchvision's
// per-module parameter counts and forward-hook output shapes on a zero 1x3x224x224 input,
// recounted with torchvision 0.14 (Debian python3-torchvision); torchvision prints N x C x H x W,
// written here as H x W x C.
#include <cstddef>

#include <ctnn/analysis.hpp>
#include <ctnn/models/densenet.hpp>

namespace {
using namespace ctnn;
using namespace ctnn::models;

// ---- one dense layer ----------------------------------------------------------------------
// denseblock1.denselayer1 on 56x56x64: BN 2*64, conv 1x1 64*128, BN 2*128, conv 3x3 9*128*32
// = 45,440 learnable, adds k = 32 channels; denselayer6 (input 224 channels) has 66,240
// (recounted with torchvision 0.14 (Debian python3-torchvision)).
using FirstLayer = Net<Input<56, 56, 64>, densenet::DenseLayer<32>>;
static_assert(params<FirstLayer> == 45'440);
static_assert(non_trainable_params<FirstLayer> == 2 * 64 + 2 * 128);
static_assert(output_shape<FirstLayer> == Shape::hwc(56, 56, 96));
static_assert(params<Net<Input<56, 56, 224>, densenet::DenseLayer<32>>> == 66'240);
// The block's name is its own; the Repeat inside reuses the one DenseLayer type.
static_assert(name_at<FirstLayer, 1> == "DenseLayer<32>");

// ---- DenseNet121 --------------------------------------------------------------------------
// Elements: 1 conv0, 2 norm0, 3 relu0, 4 pool0, 5 denseblock1, 6 transition1, 7 denseblock2,
// 8 transition2, 9 denseblock3, 10 transition3, 11 denseblock4, 12 norm5, 13 relu,
// 14 adaptive pool, 15 flatten, 16 classifier.
static_assert(layer_count<DenseNet121> == 16);
static_assert(name_at<DenseNet121, 5> == "DenseBlock<6, 32>");
static_assert(name_at<DenseNet121, 6> == "Transition<128>");

// Output shapes (recounted with torchvision 0.14 (Debian python3-torchvision)).
static_assert(shape_at<DenseNet121, 1> == Shape::hwc(112, 112, 64));
static_assert(shape_at<DenseNet121, 4> == Shape::hwc(56, 56, 64));
static_assert(shape_at<DenseNet121, 5> == Shape::hwc(56, 56, 256));
static_assert(shape_at<DenseNet121, 6> == Shape::hwc(28, 28, 128));
static_assert(shape_at<DenseNet121, 7> == Shape::hwc(28, 28, 512));
static_assert(shape_at<DenseNet121, 8> == Shape::hwc(14, 14, 256));
static_assert(shape_at<DenseNet121, 9> == Shape::hwc(14, 14, 1024));
static_assert(shape_at<DenseNet121, 10> == Shape::hwc(7, 7, 512));
static_assert(shape_at<DenseNet121, 11> == Shape::hwc(7, 7, 1024));
static_assert(shape_at<DenseNet121, 13> == Shape::hwc(7, 7, 1024));
static_assert(shape_at<DenseNet121, 14> == Shape::hwc(1, 1, 1024));
static_assert(shape_at<DenseNet121, 15> == Shape::vector(1024));
static_assert(output_shape<DenseNet121> == Shape::vector(1000));

// Learnable parameters per module (recounted with torchvision 0.14 (Debian python3-torchvision)):
// conv0 9,408, norm0 128, denseblock1 335,040, transition1 33,280, denseblock2 919,680,
// transition2 132,096, denseblock3 2,837,760, transition3 526,336, denseblock4 2,158,080,
// norm5 2,048, classifier 1,025,000.
static_assert(params_at<DenseNet121, 1> == 9'408);
static_assert(params_at<DenseNet121, 2> == 128);
static_assert(params_at<DenseNet121, 5> == 335'040);
static_assert(params_at<DenseNet121, 6> == 33'280);
static_assert(params_at<DenseNet121, 7> == 919'680);
static_assert(params_at<DenseNet121, 8> == 132'096);
static_assert(params_at<DenseNet121, 9> == 2'837'760);
static_assert(params_at<DenseNet121, 10> == 526'336);
static_assert(params_at<DenseNet121, 11> == 2'158'080);
static_assert(params_at<DenseNet121, 12> == 2'048);
static_assert(params_at<DenseNet121, 16> == 1'025'000);

// BatchNorm buffers (running mean and variance) per module (recounted with torchvision 0.14
// (Debian python3-torchvision)): norm0 128, denseblock1 3,264, transition1 512, denseblock2
// 10,368, transition2 1,024, denseblock3 36,096, transition3 2,048, denseblock4 28,160,
// norm5 2,048; 83,648 in all (docs/sources.md#densenet).
static_assert(non_trainable_params_at<DenseNet121, 2> == 128);
static_assert(non_trainable_params_at<DenseNet121, 5> == 3'264);
static_assert(non_trainable_params_at<DenseNet121, 6> == 512);
static_assert(non_trainable_params_at<DenseNet121, 7> == 10'368);
static_assert(non_trainable_params_at<DenseNet121, 8> == 1'024);
static_assert(non_trainable_params_at<DenseNet121, 9> == 36'096);
static_assert(non_trainable_params_at<DenseNet121, 10> == 2'048);
static_assert(non_trainable_params_at<DenseNet121, 11> == 28'160);
static_assert(non_trainable_params_at<DenseNet121, 12> == 2'048);
static_assert(non_trainable_params<DenseNet121> == 83'648);
// torchvision weight metadata, DenseNet121_Weights.IMAGENET1K_V1.meta["num_params"]; the
// Keras total of the same architecture (docs/sources.md#densenet): 8,062,504.
static_assert(params<DenseNet121> == 7'978'856);
static_assert(total_params<DenseNet121> == 8'062'504);
// No convolution has a bias: the only biases are BatchNorm shifts and the classifier's 1,000.
static_assert(biases<DenseNet121> == non_trainable_params<DenseNet121> / 2 + 1'000);

// ---- DenseNet201 --------------------------------------------------------------------------
static_assert(layer_count<DenseNet201> == 16);
// Output shapes (recounted with torchvision 0.14 (Debian python3-torchvision)).
static_assert(shape_at<DenseNet201, 5> == Shape::hwc(56, 56, 256));
static_assert(shape_at<DenseNet201, 6> == Shape::hwc(28, 28, 128));
static_assert(shape_at<DenseNet201, 7> == Shape::hwc(28, 28, 512));
static_assert(shape_at<DenseNet201, 8> == Shape::hwc(14, 14, 256));
static_assert(shape_at<DenseNet201, 9> == Shape::hwc(14, 14, 1792));
static_assert(shape_at<DenseNet201, 10> == Shape::hwc(7, 7, 896));
static_assert(shape_at<DenseNet201, 11> == Shape::hwc(7, 7, 1920));
static_assert(shape_at<DenseNet201, 15> == Shape::vector(1920));
static_assert(output_shape<DenseNet201> == Shape::vector(1000));

// Learnable parameters per module (recounted with torchvision 0.14 (Debian python3-torchvision)):
// blocks 1, 2 and transitions 1, 2 as DenseNet121; denseblock3 8,071,680, transition3
// 1,609,216, denseblock4 6,978,560, norm5 3,840, classifier 1,921,000.
static_assert(params_at<DenseNet201, 5> == 335'040);
static_assert(params_at<DenseNet201, 6> == 33'280);
static_assert(params_at<DenseNet201, 7> == 919'680);
static_assert(params_at<DenseNet201, 8> == 132'096);
static_assert(params_at<DenseNet201, 9> == 8'071'680);
static_assert(params_at<DenseNet201, 10> == 1'609'216);
static_assert(params_at<DenseNet201, 11> == 6'978'560);
static_assert(params_at<DenseNet201, 12> == 3'840);
static_assert(params_at<DenseNet201, 16> == 1'921'000);

// BatchNorm buffers per module (recounted with torchvision 0.14 (Debian python3-torchvision)):
// denseblock3 109,056, transition3 3,584, denseblock4 97,280, norm5 3,840; 229,056 in all
// (docs/sources.md#densenet).
static_assert(non_trainable_params_at<DenseNet201, 9> == 109'056);
static_assert(non_trainable_params_at<DenseNet201, 10> == 3'584);
static_assert(non_trainable_params_at<DenseNet201, 11> == 97'280);
static_assert(non_trainable_params_at<DenseNet201, 12> == 3'840);
static_assert(non_trainable_params<DenseNet201> == 229'056);
// torchvision weight metadata, DenseNet201_Weights.IMAGENET1K_V1.meta["num_params"].
static_assert(params<DenseNet201> == 20'013'928);

// ---- KerasDenseNet121 ---------------------------------------------------------------------
// Elements: 1 zero_padding2d, 2 conv1/conv, 3 conv1/bn, 4 conv1/relu, 5 zero_padding2d_1,
// 6 pool1, 7 conv2 (block), 8 pool2 (transition), 9 conv3, 10 pool3, 11 conv4, 12 pool4,
// 13 conv5, 14 bn, 15 relu, 16 avg_pool, 17 predictions, 18 its softmax.
static_assert(layer_count<KerasDenseNet121> == 18);
// The explicit paddings: 224 + 6 = 230 into the valid 7x7/2 conv, 112 + 2 = 114 into the pool.
static_assert(shape_at<KerasDenseNet121, 1> == Shape::hwc(230, 230, 3));
static_assert(shape_at<KerasDenseNet121, 5> == Shape::hwc(114, 114, 64));

// Every stage boundary has torchvision's DenseNet121 shape: stem conv, stem pool, each dense
// block and transition, the final BatchNorm-ReLU.
template <std::size_t KerasIndex, std::size_t TorchIndex>
constexpr bool same_stage =
    shape_at<KerasDenseNet121, KerasIndex> == shape_at<DenseNet121, TorchIndex> &&
    params_at<KerasDenseNet121, KerasIndex> == params_at<DenseNet121, TorchIndex> &&
    non_trainable_params_at<KerasDenseNet121, KerasIndex> ==
        non_trainable_params_at<DenseNet121, TorchIndex>;
static_assert(same_stage<2, 1> && same_stage<3, 2> && same_stage<4, 3> && same_stage<6, 4>);
static_assert(same_stage<7, 5> && same_stage<8, 6> && same_stage<9, 7> && same_stage<10, 8>);
static_assert(same_stage<11, 9> && same_stage<12, 10> && same_stage<13, 11>);
static_assert(same_stage<14, 12> && same_stage<15, 13>);
// The heads differ in form only: Keras pools to a flat 1024 (torchvision to 1x1x1024, then
// flattens) and ends with a softmax; Dense(1000) has torchvision's classifier's 1,025,000.
static_assert(shape_at<KerasDenseNet121, 16> == shape_at<DenseNet121, 15>);
static_assert(params_at<KerasDenseNet121, 17> == params_at<DenseNet121, 16>);
static_assert(output_shape<KerasDenseNet121> == Shape::vector(1000));

// Keras Applications (keras.io applications table; docs/sources.md#densenet): total 8,062,504 =
// trainable 7,978,856 + non-trainable 83,648.
static_assert(trainable_params<KerasDenseNet121> == 7'978'856);
static_assert(non_trainable_params<KerasDenseNet121> == 83'648);
static_assert(total_params<KerasDenseNet121> == 8'062'504);
// Keras' "Param #" of a BatchNormalization layer counts 4 per channel: conv1/bn 256 (row 3 of
// the table is element 3, as no block precedes it).
static_assert(rows<KerasDenseNet121>[3].name == "BatchNorm");
static_assert(rows<KerasDenseNet121>[3].total_params() == 256);
}  // namespace
