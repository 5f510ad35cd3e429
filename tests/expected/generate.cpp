// Writes the summaries that tests/runtime/summary.cpp compares with the committed files in
// tests/expected/ (run by scripts/update-expected.sh after an intended change of the output).
#include <fstream>
#include <iostream>
#include <string>

#include <ctnn/ctnn.hpp>
#include <ctnn/models/alexnet.hpp>
#include <ctnn/models/lenet.hpp>
#include <ctnn/models/vgg.hpp>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " <tests/expected directory>\n";
        return 2;
    }
    const std::string dir = argv[1];
    std::ofstream(dir + "/vgg16_summary.txt") << ctnn::summary_string<ctnn::models::VGG16>();
    std::ofstream(dir + "/lenet5_summary.txt") << ctnn::summary_string<ctnn::models::LeNet5>();
    std::ofstream(dir + "/alexnet_summary.txt") << ctnn::summary_string<ctnn::models::AlexNet>();
    std::ofstream(dir + "/alexnet_torchvision_summary.txt")
        << ctnn::summary_string<ctnn::models::AlexNetTorchvision>();
}
