#pragma once
// ctnn/models/xception.hpp: Xception (Chollet 2017, "Xception: Deep Learning with Depthwise
// Separable Convolutions", Figure 5) as Keras Applications builds it.
//
// As keras.applications.Xception (include_top, 299x299x3): every convolution without bias and
// followed by BatchNorm (Keras' default: scale and center, so 2*C learnable and 2*C moving
// statistics per BatchNorm); the separable convolutions are Keras' SeparableConv2D
// (depthwise 3x3 'same', then pointwise, no bias); the entry flow's two stem convolutions are
// unpadded; each entry- and exit-flow block adds a strided 1x1 projection of its input (with
// BatchNorm) to the output of its 3x3/2 max pooling ('same'); the middle flow repeats eight
// times a block of three ReLU-SeparableConv-BatchNorm units around an identity shortcut; the
// head is global average pooling and Dense(1000) with a soft-max.

#include <string_view>
#include <type_traits>

#include <ctnn/models/published.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/compose/repeat.hpp>
#include <ctnn/compose/residual.hpp>
#include <ctnn/compose/separable.hpp>
#include <ctnn/compose/sequential.hpp>
#include <ctnn/layers/activation.hpp>
#include <ctnn/layers/conv.hpp>
#include <ctnn/layers/dense.hpp>
#include <ctnn/layers/input.hpp>
#include <ctnn/layers/normalization.hpp>
#include <ctnn/layers/pool.hpp>

namespace ctnn::models {

namespace xception {

/// SepBN<F>: a 3x3 'same' SeparableConv2D to F channels without bias, then BatchNorm.
template <int F>
using SepBN = Sequential<SeparableConv<3, 3, F, Same, NoBias>, BatchNorm>;

/// Projection<F>: the shortcut of an entry- or exit-flow block: a 1x1 convolution with
/// stride 2 ('same') to F channels without bias, then BatchNorm.
template <int F>
struct Projection final : Sequential<Conv<1, 1, F, Stride<2>, Same, NoBias>, BatchNorm> {};

/// EntryBlock<F1, F2, LeadingReLU>: (ReLU), SepBN<F1>, ReLU, SepBN<F2>, 3x3/2 max pool
/// ('same'), plus Projection<F2> of the block's input. Keras' block2 starts without the ReLU
/// (its input was just activated); blocks 3, 4 and 13 start with it.
template <int F1, int F2, bool LeadingReLU>
struct EntryBlock final
    : Residual<std::conditional_t<
                   LeadingReLU,
                   Sequential<ReLU, SepBN<F1>, ReLU, SepBN<F2>, MaxPool<3, 3, Stride<2>, Same>>,
                   Sequential<SepBN<F1>, ReLU, SepBN<F2>, MaxPool<3, 3, Stride<2>, Same>>>,
               Shortcut<Projection<F2>>> {};

/// MiddleBlock: three units of ReLU then SepBN<728>, around an identity shortcut.
struct MiddleBlock final
    : Residual<Sequential<ReLU, SepBN<728>, ReLU, SepBN<728>, ReLU, SepBN<728>>> {};

}  // namespace xception

/// KerasXception: keras.applications.Xception with its classifier (see the top of this
/// header): 299x299x3 -> 149 -> 147 (stem) -> 74 -> 37 -> 19 (entry flow) -> 19 (middle flow,
/// 8 blocks) -> 10 (exit flow) -> 10x10x2048 -> 1,000 classes.
struct KerasXception final
    : Net<Input<299, 299, 3>,
          Conv<3, 3, 32, Stride<2>, NoBias>, BatchNorm, ReLU,  // block1_conv1
          Conv<3, 3, 64, NoBias>, BatchNorm, ReLU,             // block1_conv2
          xception::EntryBlock<128, 128, false>,               // block2
          xception::EntryBlock<256, 256, true>,                // block3
          xception::EntryBlock<728, 728, true>,                // block4
          Repeat<8, xception::MiddleBlock>,                    // block5 ... block12
          xception::EntryBlock<728, 1024, true>,               // block13
          xception::SepBN<1536>, ReLU,                         // block14_sepconv1
          xception::SepBN<2048>, ReLU,                         // block14_sepconv2
          GlobalAvgPool, FC<1000>, Softmax> {
    static constexpr std::string_view name = "KerasXception";
    static constexpr Published published{
        .params = 22'855'952,
        .non_trainable = 54'528,
        .total = 22'910'480,
        .source = "Keras Applications Xception summary (Total 22,910,480, Trainable 22,855,952, "
                  "Non-trainable 54,528)"};
};

}  // namespace ctnn::models
