// Run-time tests of ctnn/report/summary.hpp: the printed tables against committed files.
#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include <ctnn/ctnn.hpp>
#include <ctnn/models/alexnet.hpp>
#include <ctnn/models/lenet.hpp>
#include <ctnn/models/vgg.hpp>

namespace {
std::string expected(const std::string& file) {
    std::ifstream in(std::string(CTNN_EXPECTED_DIR) + "/" + file);
    REQUIRE_MESSAGE(in.good(), "missing expected file tests/expected/" << file);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

TEST_CASE("the VGG-16 table matches tests/expected/vgg16_summary.txt") {
    CHECK(ctnn::summary_string<ctnn::models::VGG16>() == expected("vgg16_summary.txt"));
}

TEST_CASE("the zoo's tables match their committed files") {
    CHECK(ctnn::summary_string<ctnn::models::LeNet5>() == expected("lenet5_summary.txt"));
    CHECK(ctnn::summary_string<ctnn::models::AlexNet>() == expected("alexnet_summary.txt"));
    CHECK(ctnn::summary_string<ctnn::models::AlexNetTorchvision>() ==
          expected("alexnet_torchvision_summary.txt"));
}

TEST_CASE("the VGG-16 table ends with its totals") {
    const std::string s = ctnn::summary_string<ctnn::models::VGG16>();
    CHECK(s.find("VGG16: 224x224x3 -> 1000, 39 layers") == 0);
    CHECK(s.find("Total params:             138,357,544  553.43 MB") != std::string::npos);
    CHECK(s.find("Activations:               15,237,608  60.95 MB") != std::string::npos);
    CHECK(s.find("MACs:                  15,470,264,320") != std::string::npos);
    CHECK(s.find("\n32  FC 4096 ") != std::string::npos);
    // The table ends with the total parameter count.
    CHECK(s.rfind("Total params:") > s.rfind("MACs:"));
}

TEST_CASE("a network with BatchNorm shows a non-trainable column") {
    using N = ctnn::Net<ctnn::Input<8, 8, 3>, ctnn::Conv<3, 3, 4, ctnn::NoBias>, ctnn::BatchNorm,
                        ctnn::ReLU>;
    const std::string s = ctnn::summary_string<N>();
    CHECK(s.find("Non-trainable") != std::string::npos);
    CHECK(s.find("Net: 8x8x3 -> 6x6x4, 3 layers") == 0);
    const std::string without = ctnn::summary_string<ctnn::models::VGG16>();
    CHECK(without.find("Non-trainable  ") == std::string::npos);
}

TEST_CASE("the printed rows are the constexpr rows") {
    using ctnn::models::AlexNet;
    const std::string s = ctnn::summary_string<AlexNet>();
    for (const ctnn::Row& r : ctnn::rows<AlexNet>) {
        CHECK(s.find(std::string(r.name)) != std::string::npos);
        CHECK(s.find(ctnn::group_digits(r.params())) != std::string::npos);
    }
}
