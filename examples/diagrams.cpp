// diagrams: the Graphviz DOT source of the diagrams in the documentation (docs/diagrams/).
//
//   diagrams vgg16 | dot -Tsvg > vgg16.svg
//
// scripts/diagrams.sh writes each to docs/diagrams/<name>.dot and renders it as SVG; a test
// compares this program's output with the committed .dot files, and another renders them.
#include <iostream>
#include <string_view>

#include <ctnn/ctnn.hpp>
#include <ctnn/models/googlenet.hpp>
#include <ctnn/models/resnet.hpp>
#include <ctnn/models/vgg.hpp>

namespace {
namespace m = ctnn::models;

/// conv3_1 of torchvision's ResNet-50: the first bottleneck of the second stage, which halves
/// the map (stride 2 in its 3x3 convolution, v1.5) and projects the shortcut to 512 channels.
struct ResNetBottleneck final
    : ctnn::Net<ctnn::Input<56, 56, 256>,
                m::resnet::Bottleneck<128, 2, m::resnet::v1_5, m::resnet::ShortcutKind::projection>> {
    static constexpr std::string_view name = "ResNet-50 conv3_1 (bottleneck, projection)";
};

/// inception3a of GoogLeNet (the paper's Table 1; torchvision's 3x3 "5x5" branch).
struct InceptionModule final
    : ctnn::Net<ctnn::Input<28, 28, 192>, m::googlenet::Inception<64, 96, 128, 16, 32, 32>> {
    static constexpr std::string_view name = "GoogLeNet inception3a";
};
}  // namespace

int main(int argc, char** argv) {
    const std::string_view which = argc > 1 ? argv[1] : "";
    if (which == "vgg16") {
        ctnn::dot<m::VGG16>(std::cout, {.depth = 0});
    } else if (which == "resnet_bottleneck") {
        ctnn::dot<ResNetBottleneck>(std::cout);
    } else if (which == "inception_module") {
        ctnn::dot<InceptionModule>(std::cout);
    } else {
        std::cerr << "usage: diagrams vgg16|resnet_bottleneck|inception_module\n";
        return 2;
    }
}
