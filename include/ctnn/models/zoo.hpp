#pragma once
// ctnn/models/zoo.hpp: every model of the zoo as one list, for tools that visit them all
// (tests/static/models/zoo.cpp checks each against its published figures; examples/
// models_table.cpp writes docs/models.md).

#include <string>
#include <string_view>

#include <ctnn/analysis/table.hpp>
#include <ctnn/detail/hana.hpp>
#include <ctnn/models.hpp>

namespace ctnn::models {

/// The zoo: a Boost.Hana tuple of types, in the order of docs/models.md.
inline constexpr auto zoo = ::ctnn::detail::hana::tuple_t<
    LeNet5, AlexNet, AlexNetTorchvision, VGG11, VGG13, VGG16, VGG19,
    ResNet18, ResNet34, ResNet50, ResNet101, ResNet152, ResNet50V1, ResNet101V1, ResNet152V1,
    KerasResNet50, PreActResNet164, PreActResNet1001,
    ResNet20, ResNet32, ResNet44, ResNet56, ResNet110,
    GoogLeNet<AuxHeads::excluded>, GoogLeNet<AuxHeads::included>,
    InceptionV3<AuxHeads::included>, InceptionV3<AuxHeads::excluded>, KerasInceptionV3,
    KerasXception,
    DenseNet121, DenseNet201, KerasDenseNet121, SqueezeNet11,
    KerasMobileNet, MobileNetV2, KerasMobileNetV2, MobileNetV3Large, EfficientNetB0,
    ShuffleNetV2x1_0, UNet, UNetPadded>;

/// The name tools (ctnn-report) know model M by: its own `id` if it has one, else its name in
/// lower case without punctuation ("ResNet50" -> "resnet50", "ShuffleNetV2x1_0" ->
/// "shufflenetv2x10").
template <class M>
std::string zoo_id() {
    if constexpr (requires { std::string_view{M::id}; }) {
        return std::string(M::id);
    } else {
        std::string id;
        for (char c : network_name<M>) {
            if (c >= 'A' && c <= 'Z') id += static_cast<char>(c - 'A' + 'a');
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) id += c;
        }
        return id;
    }
}

}  // namespace ctnn::models
