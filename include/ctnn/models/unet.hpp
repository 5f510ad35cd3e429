#pragma once
// ctnn/models/unet.hpp: U-Net (Ronneberger, Fischer and Brox 2015, "U-Net: Convolutional
// Networks for Biomedical Image Segmentation", Figure 1), and its padded variant.
//
// The paper's network: a contracting path of four levels, each two unpadded 3x3 convolutions
// with ReLU then a 2x2 max pooling, doubling the channels from 64 to 1024 at the bottom; an
// expanding path where each level up-samples with a 2x2 "up-convolution" (a transposed
// convolution with stride 2) halving the channels, concatenates the contracting level's map,
// center-cropped to the same size ("copy and crop"), and applies two 3x3 convolutions; a final
// 1x1 convolution to 2 classes. A 572x572x1 tile gives a 388x388x2 segmentation map. Every
// convolution has a bias; there is no BatchNorm.

#include <string_view>

#include <ctnn/models/published.hpp>
#include <ctnn/compose/concat.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/compose/sequential.hpp>
#include <ctnn/detail/text.hpp>
#include <ctnn/layers/activation.hpp>
#include <ctnn/layers/conv.hpp>
#include <ctnn/layers/identity.hpp>
#include <ctnn/layers/input.hpp>
#include <ctnn/layers/pool.hpp>
#include <ctnn/layers/resize.hpp>
#include <ctnn/layers/transposed.hpp>

namespace ctnn::models {

namespace unet {

/// DoubleConv<F, Options...>: two 3x3 convolutions with F filters and a bias, each followed by
/// ReLU (Options: Pad<1> for the padded variant; none in the paper).
template <int F, class... Options>
struct DoubleConv final
    : Sequential<Conv<3, 3, F, Options...>, ReLU, Conv<3, 3, F, Options...>, ReLU> {};

/// UpConv<F>: the paper's "up-conv 2x2": a 2x2 transposed convolution with stride 2 to F
/// channels, doubling the height and width.
template <int F>
using UpConv = ConvTranspose<2, 2, F, Stride<2>>;

/// Level<F, Skip, Inner, Options...>: one level of the U: DoubleConv<F>, then the
/// concatenation of the skip connection (Skip applied to this level's map: a CenterCrop in
/// the paper, Identity when the convolutions are padded) and the level below (max pooling,
/// Inner, an up-convolution back to F channels), then DoubleConv<F> on the 2F channels.
/// Reports name it "Level 64" (its full type would spell out every level below).
template <int F, class Skip, class Inner, class... Options>
struct Level final
    : Sequential<DoubleConv<F, Options...>,
                 Concat<Skip, Sequential<MaxPool<2, 2>, Inner, UpConv<F>>>,
                 DoubleConv<F, Options...>> {
  private:
    static constexpr auto name_text = [] {
        ::ctnn::detail::text<16> t;
        t << "Level " << F;
        return t;
    }();

  public:
    static constexpr std::string_view name = name_text.view();
};

}  // namespace unet

/// UNet: the paper's network on its 572x572x1 input tile: 388x388x2 output. The skip
/// connections crop 568 -> 392, 280 -> 200, 136 -> 104 and 64 -> 56.
struct UNet final
    : Net<Input<572, 572, 1>,
          unet::Level<64, CenterCrop<392>,
                      unet::Level<128, CenterCrop<200>,
                                  unet::Level<256, CenterCrop<104>,
                                              unet::Level<512, CenterCrop<56>,
                                                          unet::DoubleConv<1024>>>>>,
          Conv<1, 1, 2>> {
    static constexpr std::string_view name = "U-Net";
    static constexpr std::string_view id = "unet";
    static constexpr Published published{
        .params = 31'030'658,
        .non_trainable = 0,
        .macs = 150'428'424'448,
        .source = "Ronneberger et al. 2015, Figure 1; parameters and MACs recounted in PyTorch "
                  "(transposed convolutions counted at their input positions)"};
};

/// UNetPadded: the same network with padding 1 in every 3x3 convolution, so that no cropping
/// is needed (the skip connections are the maps themselves), as most re-implementations
/// write it; on a 512x512x1 input it gives a 512x512x2 map. Same parameters as UNet.
struct UNetPadded final
    : Net<Input<512, 512, 1>,
          unet::Level<64, Identity,
                      unet::Level<128, Identity,
                                  unet::Level<256, Identity,
                                              unet::Level<512, Identity,
                                                          unet::DoubleConv<1024, Pad<1>>, Pad<1>>,
                                              Pad<1>>,
                                  Pad<1>>,
                      Pad<1>>,
          Conv<1, 1, 2>> {
    static constexpr std::string_view name = "U-Net (padded)";
    static constexpr std::string_view id = "unet-padded";
    static constexpr Published published{
        .params = 31'030'658,
        .non_trainable = 0,
        .macs = 192'384'335'872,
        .source = "Ronneberger et al. 2015 with padded convolutions; parameters and MACs "
                  "recounted in PyTorch"};
};

}  // namespace ctnn::models
