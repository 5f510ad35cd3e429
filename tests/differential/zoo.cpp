// tests/differential/zoo.cpp: prints ctnn's table of every zoo model that torchvision also has,
// and of the U-Nets (which zoo.py writes as torch modules), for zoo.py to compare layer by
// layer. For each model, one line
//   M <torch name> <input shape> <params> <non-trainable> <MACs>   (ctnn's totals)
// then one line per leaf row of ctnn::rows<Model> (blocks and the Input row skipped):
//   R <output shape> <params> <non-trainable> <MACs> <name>
// Shapes are printed as ctnn prints them: 224x224x3 for a map, 1000 for a vector.

#include <cstddef>
#include <cstdio>

#include <ctnn/analysis/table.hpp>
#include <ctnn/models.hpp>
#include <ctnn/models/unet.hpp>

namespace {

using ull = unsigned long long;

const char* shape_text(const ctnn::Shape& s, char (&buffer)[64]) {
    if (s.flat)
        std::snprintf(buffer, sizeof buffer, "%llu", static_cast<ull>(s.c));
    else
        std::snprintf(buffer, sizeof buffer, "%llux%llux%llu", static_cast<ull>(s.h),
                      static_cast<ull>(s.w), static_cast<ull>(s.c));
    return buffer;
}

void print_table(const char* torch_name, const ctnn::Row* table, std::size_t count,
                 const ctnn::Totals& totals) {
    char buffer[64];
    std::printf("M %s %s %llu %llu %llu\n", torch_name, shape_text(table[0].output, buffer),
                static_cast<ull>(totals.params), static_cast<ull>(totals.non_trainable),
                static_cast<ull>(totals.ops.macs));
    for (std::size_t i = 1; i < count; ++i) {
        const ctnn::Row& r = table[i];
        if (r.is_block()) continue;
        std::printf("R %s %llu %llu %llu %.*s\n", shape_text(r.output, buffer),
                    static_cast<ull>(r.params()), static_cast<ull>(r.non_trainable),
                    static_cast<ull>(r.ops.macs), static_cast<int>(r.name.size()), r.name.data());
    }
}

template <class Model>
void print_model(const char* torch_name) {
    print_table(torch_name, ctnn::rows<Model>.data(), ctnn::rows<Model>.size(),
                ctnn::totals<Model>);
}

}  // namespace

int main() {
    namespace m = ctnn::models;
    print_model<m::AlexNetTorchvision>("alexnet");
    print_model<m::VGG11>("vgg11");
    print_model<m::VGG13>("vgg13");
    print_model<m::VGG16>("vgg16");
    print_model<m::VGG19>("vgg19");
    print_model<m::ResNet18>("resnet18");
    print_model<m::ResNet34>("resnet34");
    print_model<m::ResNet50>("resnet50");
    print_model<m::ResNet101>("resnet101");
    print_model<m::ResNet152>("resnet152");
    print_model<m::GoogLeNet<m::AuxHeads::excluded>>("googlenet");
    print_model<m::InceptionV3<m::AuxHeads::excluded>>("inception_v3");
    print_model<m::DenseNet121>("densenet121");
    print_model<m::DenseNet201>("densenet201");
    print_model<m::SqueezeNet11>("squeezenet1_1");
    print_model<m::MobileNetV2>("mobilenet_v2");
    print_model<m::MobileNetV3Large>("mobilenet_v3_large");
    print_model<m::EfficientNetB0>("efficientnet_b0");
    print_model<m::ShuffleNetV2x1_0>("shufflenet_v2_x1_0");
    // not in torchvision: zoo.py's own torch modules
    print_model<m::UNet>("unet");
    print_model<m::UNetPadded>("unet_padded");
    return 0;
}
