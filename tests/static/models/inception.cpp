// Static tests of ctnn/models/googlenet.hpp and ctnn/models/inception.hpp: GoogLeNet and
// Inception-v3 as torchvision builds them, with and without their auxiliary classifiers.
//
// Per-module figures are "recounted with torchvision 0.14 (Debian python3-torchvision)":
// sum(p.numel() for p in module.parameters()) per named child of googlenet(aux_logits=...,
// init_weights=False) and inception_v3(...), their BatchNorm buffers without
// num_batches_tracked, and forward-hook output shapes on a zero input of 224x224 / 299x299.
#include <cstddef>
#include <string_view>

#include <ctnn/analysis.hpp>
#include <ctnn/models/googlenet.hpp>
#include <ctnn/models/inception.hpp>

namespace {
using namespace ctnn;
using namespace ctnn::models;

using GN = GoogLeNet<AuxHeads::excluded>;
using GNAux = GoogLeNet<AuxHeads::included>;
using V3 = InceptionV3<AuxHeads::excluded>;
using V3Aux = InceptionV3<AuxHeads::included>;

// The output of the k-th (0-based) auxiliary head of N: the last row nested in its k-th
// InceptionAux block. An empty Shape when there is none.
template <class N>
constexpr Shape aux_output(int k) {
    const auto& r = rows<N>;
    for (std::size_t i = 0; i < r.size(); ++i) {
        if (r[i].name != "InceptionAux" || k-- > 0) continue;
        std::size_t last = i;
        while (last + 1 < r.size() && r[last + 1].depth > r[i].depth) ++last;
        return r[last].output;
    }
    return Shape{};
}

// The number of top-level InceptionAux blocks of N.
template <class N>
constexpr int aux_count() {
    int n = 0;
    for (const auto& row : rows<N>) n += row.depth == 0 && row.name == "InceptionAux";
    return n;
}

// True when A and B have the same top-level layers, shapes and parameters once their
// InceptionAux blocks are skipped: the heads leave the main path unchanged.
template <class A, class B>
constexpr bool same_main_path() {
    const auto& a = rows<A>;
    const auto& b = rows<B>;
    std::size_t i = 0, j = 0;
    for (;;) {
        while (i < a.size() && (a[i].depth != 0 || a[i].name == "InceptionAux")) ++i;
        while (j < b.size() && (b[j].depth != 0 || b[j].name == "InceptionAux")) ++j;
        if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
        if (a[i].name != b[j].name || a[i].output != b[j].output || a[i].params() != b[j].params())
            return false;
        ++i, ++j;
    }
}

// ---- GoogLeNet -------------------------------------------------------------------------------
// torchvision weight metadata, GoogLeNet_Weights.IMAGENET1K_V1.meta["num_params"]: 6,624,904,
// without the auxiliary heads; 13,004,888 with them and 14,560 BN buffers without them
// (docs/sources.md#googlenet).
static_assert(params<GN> == 6'624'904);
static_assert(params<GNAux> == 13'004'888);
static_assert(non_trainable_params<GN> == 14'560);
// Recounted with torchvision 0.14 (Debian python3-torchvision): 15,072 BN buffers with the
// heads (each head's BasicConv2d adds 2 x 128); parameters + buffers, the Keras-style total.
static_assert(non_trainable_params<GNAux> == 15'072);
static_assert(total_params<GN> == 6'639'464);
static_assert(total_params<GNAux> == 13'019'960);

// Recounted with torchvision 0.14 (Debian python3-torchvision): the output of every module
// and the parameters of each.
static_assert(layer_count<GN> == 20 && layer_count<GNAux> == 22);
static_assert(shape_at<GN, 1> == Shape::hwc(112, 112, 64) && params_at<GN, 1> == 9'536);      // conv1
static_assert(shape_at<GN, 2> == Shape::hwc(56, 56, 64));                                     // maxpool1
static_assert(shape_at<GN, 3> == Shape::hwc(56, 56, 64) && params_at<GN, 3> == 4'224);        // conv2
static_assert(shape_at<GN, 4> == Shape::hwc(56, 56, 192) && params_at<GN, 4> == 110'976);     // conv3
static_assert(shape_at<GN, 5> == Shape::hwc(28, 28, 192));                                    // maxpool2
static_assert(shape_at<GN, 6> == Shape::hwc(28, 28, 256) && params_at<GN, 6> == 155'872);     // 3a
static_assert(shape_at<GN, 7> == Shape::hwc(28, 28, 480) && params_at<GN, 7> == 340'224);     // 3b
static_assert(shape_at<GN, 8> == Shape::hwc(14, 14, 480));                                    // maxpool3
static_assert(shape_at<GN, 9> == Shape::hwc(14, 14, 512) && params_at<GN, 9> == 364'512);     // 4a
static_assert(shape_at<GN, 10> == Shape::hwc(14, 14, 512) && params_at<GN, 10> == 425'232);   // 4b
static_assert(shape_at<GN, 11> == Shape::hwc(14, 14, 512) && params_at<GN, 11> == 486'192);   // 4c
static_assert(shape_at<GN, 12> == Shape::hwc(14, 14, 528) && params_at<GN, 12> == 573'312);   // 4d
static_assert(shape_at<GN, 13> == Shape::hwc(14, 14, 832) && params_at<GN, 13> == 803'840);   // 4e
static_assert(shape_at<GN, 14> == Shape::hwc(7, 7, 832));                                     // maxpool4
static_assert(shape_at<GN, 15> == Shape::hwc(7, 7, 832) && params_at<GN, 15> == 978'944);     // 5a
static_assert(shape_at<GN, 16> == Shape::hwc(7, 7, 1024) && params_at<GN, 16> == 1'347'040);  // 5b
static_assert(shape_at<GN, 17> == Shape::hwc(1, 1, 1024));                                    // avgpool
static_assert(shape_at<GN, 18> == Shape::vector(1024));                                       // flatten
static_assert(shape_at<GN, 20> == Shape::vector(1000) && params_at<GN, 20> == 1'025'000);     // fc
// BN buffers of a few modules (recounted as above): conv1 128, inception3a 736, inception5b 2,528.
static_assert(non_trainable_params_at<GN, 1> == 128);
static_assert(non_trainable_params_at<GN, 6> == 736);
static_assert(non_trainable_params_at<GN, 16> == 2'528);

// The auxiliary heads (recounted as above): aux1 on 14x14x512 has 3,188,968 parameters, aux2
// on 14x14x528 3,191,016 (its 1x1 conv sees 16 more channels: 16 x 128 more weights); they
// make the whole difference between the variants, and 256 BN buffers each.
static_assert(name_at<GNAux, 10> == "InceptionAux" && name_at<GNAux, 14> == "InceptionAux");
static_assert(params_at<GNAux, 10> == 3'188'968 && params_at<GNAux, 14> == 3'191'016);
static_assert(params<GNAux> - params<GN> == 3'188'968 + 3'191'016);
static_assert(non_trainable_params_at<GNAux, 10> == 256 && non_trainable_params_at<GNAux, 14> == 256);
// A head passes its input on unchanged and yields 1,000 scores on the side.
static_assert(shape_at<GNAux, 10> == Shape::hwc(14, 14, 512));
static_assert(shape_at<GNAux, 14> == Shape::hwc(14, 14, 528));
static_assert(aux_output<GNAux>(0) == Shape::vector(1000));
static_assert(aux_output<GNAux>(1) == Shape::vector(1000));
static_assert(aux_count<GNAux>() == 2 && aux_count<GN>() == 0);
static_assert(same_main_path<GN, GNAux>());
static_assert(output_shape<GNAux> == Shape::vector(1000));
static_assert(network_name<GN> == "GoogLeNet");

// ---- Inception-v3 ----------------------------------------------------------------------------
// torchvision weight metadata, Inception_V3_Weights.IMAGENET1K_V1.meta["num_params"]:
// 27,161,264, the auxiliary head included; 23,834,568 without it (docs/sources.md#inception-v3).
static_assert(params<V3Aux> == 27'161'264);
static_assert(params<V3> == 23'834'568);
// BN buffers, recounted with torchvision 0.14 (Debian python3-torchvision): 34,432 belong to
// the variant WITHOUT the head (not to the with-head figure above), and the head's two
// BasicConv2d (128 and 768 channels) add 1,792 more.
static_assert(non_trainable_params<V3> == 34'432);
static_assert(non_trainable_params<V3Aux> == 36'224);
static_assert(total_params<V3> == 23'869'000);
static_assert(total_params<V3Aux> == 27'197'488);

// Recounted with torchvision 0.14 (Debian python3-torchvision): the output of every module
// and the parameters of each.
static_assert(layer_count<V3> == 22 && layer_count<V3Aux> == 23);
static_assert(shape_at<V3, 1> == Shape::hwc(149, 149, 32) && params_at<V3, 1> == 928);         // Conv2d_1a_3x3
static_assert(shape_at<V3, 2> == Shape::hwc(147, 147, 32) && params_at<V3, 2> == 9'280);       // Conv2d_2a_3x3
static_assert(shape_at<V3, 3> == Shape::hwc(147, 147, 64) && params_at<V3, 3> == 18'560);      // Conv2d_2b_3x3
static_assert(shape_at<V3, 4> == Shape::hwc(73, 73, 64));                                      // maxpool1
static_assert(shape_at<V3, 5> == Shape::hwc(73, 73, 80) && params_at<V3, 5> == 5'280);         // Conv2d_3b_1x1
static_assert(shape_at<V3, 6> == Shape::hwc(71, 71, 192) && params_at<V3, 6> == 138'624);      // Conv2d_4a_3x3
static_assert(shape_at<V3, 7> == Shape::hwc(35, 35, 192));                                     // maxpool2
static_assert(shape_at<V3, 8> == Shape::hwc(35, 35, 256) && params_at<V3, 8> == 255'904);      // Mixed_5b
static_assert(shape_at<V3, 9> == Shape::hwc(35, 35, 288) && params_at<V3, 9> == 277'472);      // Mixed_5c
static_assert(shape_at<V3, 10> == Shape::hwc(35, 35, 288) && params_at<V3, 10> == 285'152);    // Mixed_5d
static_assert(shape_at<V3, 11> == Shape::hwc(17, 17, 768) && params_at<V3, 11> == 1'153'280);  // Mixed_6a
static_assert(shape_at<V3, 12> == Shape::hwc(17, 17, 768) && params_at<V3, 12> == 1'297'408);  // Mixed_6b
static_assert(shape_at<V3, 13> == Shape::hwc(17, 17, 768) && params_at<V3, 13> == 1'691'008);  // Mixed_6c
static_assert(shape_at<V3, 14> == Shape::hwc(17, 17, 768) && params_at<V3, 14> == 1'691'008);  // Mixed_6d
static_assert(shape_at<V3, 15> == Shape::hwc(17, 17, 768) && params_at<V3, 15> == 2'141'952);  // Mixed_6e
static_assert(shape_at<V3, 16> == Shape::hwc(8, 8, 1280) && params_at<V3, 16> == 1'698'304);   // Mixed_7a
static_assert(shape_at<V3, 17> == Shape::hwc(8, 8, 2048) && params_at<V3, 17> == 5'044'608);   // Mixed_7b
static_assert(shape_at<V3, 18> == Shape::hwc(8, 8, 2048) && params_at<V3, 18> == 6'076'800);   // Mixed_7c
static_assert(shape_at<V3, 19> == Shape::hwc(1, 1, 2048));                                     // avgpool
static_assert(shape_at<V3, 21> == Shape::vector(2048));                                        // flatten
static_assert(shape_at<V3, 22> == Shape::vector(1000) && params_at<V3, 22> == 2'049'000);      // fc
// BN buffers of a few modules (recounted as above): Mixed_5b 928, Mixed_6e 3,840, Mixed_7c 6,528.
static_assert(non_trainable_params_at<V3, 8> == 928);
static_assert(non_trainable_params_at<V3, 15> == 3'840);
static_assert(non_trainable_params_at<V3, 18> == 6'528);

// The auxiliary head (AuxLogits, recounted as above): 3,326,696 parameters and 1,792 BN
// buffers, the whole difference between the variants. On Mixed_6e's 17x17x768 it pools to
// 5x5, convolves 5x5 down to 1x1x768 and yields 1,000 scores on the side.
static_assert(name_at<V3Aux, 16> == "InceptionAux");
static_assert(params_at<V3Aux, 16> == 3'326'696);
static_assert(params<V3Aux> - params<V3> == 3'326'696);
static_assert(non_trainable_params_at<V3Aux, 16> == 1'792);
static_assert(shape_at<V3Aux, 16> == Shape::hwc(17, 17, 768));
static_assert(aux_output<V3Aux>(0) == Shape::vector(1000));
static_assert(aux_count<V3Aux>() == 1 && aux_count<V3>() == 0);
static_assert(same_main_path<V3, V3Aux>());
static_assert(output_shape<V3> == Shape::vector(1000));
static_assert(network_name<V3Aux> == "InceptionV3 (with auxiliary head)");

// The blocks alone (recounted as above, per torchvision module): the asymmetric 1x7 / 7x1
// convolutions keep the 17x17 grid, InceptionE's split 1x3 | 3x1 ends keep the 8x8 grid.
using Mixed6b = Net<Input<17, 17, 768>, inception_v3::InceptionC<128>>;
using Mixed7b = Net<Input<8, 8, 1280>, inception_v3::InceptionE>;
static_assert(output_shape<Mixed6b> == Shape::hwc(17, 17, 768) && params<Mixed6b> == 1'297'408);
static_assert(output_shape<Mixed7b> == Shape::hwc(8, 8, 2048) && params<Mixed7b> == 5'044'608);
// torchvision's GoogLeNet quirk: the "5x5" branch is a 3x3 convolution, so inception3a's third
// branch (16 -> 32 channels) has 1x1 (192*16 + 2*16) + 3x3 (9*16*32 + 2*32) = 7,776 parameters.
using Branch3 = Sequential<googlenet::BasicConv2d<1, 1, 16>, googlenet::BasicConv2d<3, 3, 32, Pad<1>>>;
static_assert(params<Net<Input<28, 28, 192>, Branch3>> == 7'776);
// inception3a's four branches (recounted as above, branch1 ... branch4): 12,416 + 129,472 +
// 7,776 + 6,208.
static_assert(params_at<GN, 6> == 12'416 + 129'472 + 7'776 + 6'208);

// ---- Keras' InceptionV3 ----------------------------------------------------------------------
// Keras Applications' InceptionV3 summary: Total params 23,851,784, Trainable 23,817,352,
// Non-trainable 34,432.
using KI = models::KerasInceptionV3;
using TV = models::InceptionV3<models::AuxHeads::excluded>;
static_assert(total_params<KI> == 23'851'784);
static_assert(params<KI> == 23'817'352);
static_assert(non_trainable_params<KI> == 34'432);
// Keras' conv2d_bn drops BatchNorm's scale: each module has torchvision's parameters less one
// vector per BatchNorm (half its statistics); the BatchNorm statistics are the same.
static_assert(non_trainable_params<KI> == non_trainable_params<TV>);
static_assert(params<KI> + non_trainable_params<KI> / 2 == params<TV>);
template <std::size_t K, std::size_t T>
constexpr bool module_matches() {
    return shape_at<KI, K> == shape_at<TV, T> &&
           params_at<KI, K> + non_trainable_params_at<KI, K> / 2 == params_at<TV, T> &&
           non_trainable_params_at<KI, K> == non_trainable_params_at<TV, T>;
}
static_assert(module_matches<8, 8>() && module_matches<9, 9>() && module_matches<10, 10>());    // mixed0-2
static_assert(module_matches<11, 11>() && module_matches<12, 12>());                           // mixed3-4
static_assert(module_matches<15, 15>() && module_matches<16, 16>() && module_matches<17, 17>()); // mixed7-9
static_assert(module_matches<18, 18>());                                                       // mixed10
// The module outputs as Keras' source comments them: mixed0 35x35x256, mixed1-2 35x35x288,
// mixed3-7 17x17x768, mixed8 8x8x1280, mixed9-10 8x8x2048.
static_assert(shape_at<KI, 8> == Shape::hwc(35, 35, 256) && shape_at<KI, 10> == Shape::hwc(35, 35, 288));
static_assert(shape_at<KI, 11> == Shape::hwc(17, 17, 768) && shape_at<KI, 15> == Shape::hwc(17, 17, 768));
static_assert(shape_at<KI, 16> == Shape::hwc(8, 8, 1280) && shape_at<KI, 18> == Shape::hwc(8, 8, 2048));
static_assert(params_at<KI, 20> == 2'049'000);  // predictions: Dense(1000) on 2,048
}  // namespace
