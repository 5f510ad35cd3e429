// Static tests of ctnn/models/shufflenet.hpp: ShuffleNet V2 1.0x as torchvision's
// shufflenet_v2_x1_0. "Recounted" numbers come from torchvision 0.14 (Debian
// python3-torchvision): per-module sum(p.numel() for p in m.parameters()), the BatchNorm
// buffers without num_batches_tracked, and output shapes on a zero 1x3x224x224 input.
#include <ctnn/analysis.hpp>
#include <ctnn/models/shufflenet.hpp>

namespace {
using namespace ctnn;
using namespace ctnn::models;
using namespace ctnn::models::shufflenet;
using V2 = ShuffleNetV2x1_0;

// ---- headline numbers ----------------------------------------------------------------------
// torchvision weight metadata, ShuffleNet_V2_X1_0_Weights.IMAGENET1K_V1.meta["num_params"].
static_assert(params<V2> == 2'278'604);
// BatchNorm buffers: 16,180 (recounted with torchvision 0.14; docs/sources.md#shufflenet-v2).
static_assert(non_trainable_params<V2> == 16'180);
// What Keras would call "Total params" for the same architecture: parameters + BN statistics.
static_assert(total_params<V2> == 2'278'604 + 16'180);

// ---- structure -------------------------------------------------------------------------------
// conv1, maxpool, stage2, stage3, stage4, conv5, global pooling, fc.
static_assert(layer_count<V2> == 8);
static_assert(name_at<V2, 3> == "Stage<116, 4>");

// ---- shapes at stage boundaries (recounted with torchvision 0.14) --------------------------
static_assert(shape_at<V2, 1> == Shape::hwc(112, 112, 24));   // conv1
static_assert(shape_at<V2, 2> == Shape::hwc(56, 56, 24));     // maxpool
static_assert(shape_at<V2, 3> == Shape::hwc(28, 28, 116));    // stage2
static_assert(shape_at<V2, 4> == Shape::hwc(14, 14, 232));    // stage3
static_assert(shape_at<V2, 5> == Shape::hwc(7, 7, 464));      // stage4
static_assert(shape_at<V2, 6> == Shape::hwc(7, 7, 1024));     // conv5
static_assert(shape_at<V2, 7> == Shape::vector(1024));        // x.mean([2, 3])
static_assert(output_shape<V2> == Shape::vector(1000));

// ---- per stage: parameters and BatchNorm buffers (recounted with torchvision 0.14) ---------
static_assert(params_at<V2, 1> == 696 && non_trainable_params_at<V2, 1> == 48);
static_assert(params_at<V2, 2> == 0);
static_assert(params_at<V2, 3> == 30'192 && non_trainable_params_at<V2, 3> == 1'556);
static_assert(params_at<V2, 4> == 244'180 && non_trainable_params_at<V2, 4> == 6'032);
static_assert(params_at<V2, 5> == 501'352 && non_trainable_params_at<V2, 5> == 6'496);
static_assert(params_at<V2, 6> == 477'184 && non_trainable_params_at<V2, 6> == 2'048);
static_assert(params_at<V2, 8> == 1'025'000);

// ---- single units (recounted with torchvision 0.14: stageN[j]) -------------------------------
template <int H, int C, class Block>
using alone = Net<Input<H, H, C>, Block>;

// stage2[0], 24 -> 116 at 56x56: 7,398, BN buffers 512.
using Down2 = alone<56, 24, DownUnit<116>>;
static_assert(params<Down2> == 7'398 && non_trainable_params<Down2> == 512);
static_assert(output_shape<Down2> == Shape::hwc(28, 28, 116));
// stage2[1]: 7,598, BN buffers 348.
using Unit2 = alone<28, 116, Unit<116>>;
static_assert(params<Unit2> == 7'598 && non_trainable_params<Unit2> == 348);
static_assert(output_shape<Unit2> == Shape::hwc(28, 28, 116));

// stage3[0], 116 -> 232 at 28x28: 43,616 (branch1 14,964, branch2 28,652), BN buffers 1,160.
using Down3 = alone<28, 116, DownUnit<232>>;
static_assert(params<Down3> == 43'616 && non_trainable_params<Down3> == 1'160);
static_assert(params<alone<28, 116, Branch1<116>>> == 14'964);
static_assert(params<alone<28, 116, Branch2<116, 2>>> == 28'652);
// stage3[1]: 28,652 (branch1 is empty), BN buffers 696.
using Unit3 = alone<14, 232, Unit<232>>;
static_assert(params<Unit3> == 28'652 && non_trainable_params<Unit3> == 696);

// stage4[0], 232 -> 464 at 14x14: 167,968 (branch1 56,840, branch2 111,128), BN buffers 2,320.
using Down4 = alone<14, 232, DownUnit<464>>;
static_assert(params<Down4> == 167'968 && non_trainable_params<Down4> == 2'320);
static_assert(params<alone<14, 232, Branch1<232>>> == 56'840);
static_assert(params<alone<14, 232, Branch2<232, 2>>> == 111'128);
static_assert(output_shape<Down4> == Shape::hwc(7, 7, 464));
}  // namespace
