// tests/link: the second translation unit (see one.cpp).
#include <cstdint>
#include <string>

#include <ctnn/ctnn.hpp>
#include <ctnn/models/resnet.hpp>
#include <ctnn/models/vgg.hpp>

std::string summary_from_two() { return ctnn::summary_string<ctnn::models::VGG16>(); }
std::uint64_t params_from_two() { return ctnn::params<ctnn::models::ResNet50>; }
const ctnn::Row* rows_from_two() { return ctnn::rows<ctnn::models::ResNet50>.data(); }
