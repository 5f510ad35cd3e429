#pragma once
// ctnn/models/zoo.hpp: every model of the zoo as one list, for tools that visit them all
// (tests/static/models/zoo.cpp checks each against its published figures; examples/
// models_table.cpp writes docs/models.md).

#include <string>
#include <string_view>

#include <ctnn/analysis/table.hpp>
#include <ctnn/report/data.hpp>
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

/// The name tools (ctnn-report) know model M by: network_id<M> (report/data.hpp).
template <class M>
std::string zoo_id() {
    return network_id<M>();
}

}  // namespace ctnn::models
