// tests/link: two translation units use the same networks, queries and reports; linking them
// into one program shows the inline variables and functions obey the one-definition rule.
#include <cstdint>
#include <string>

#include <ctnn/ctnn.hpp>
#include <ctnn/models/resnet.hpp>
#include <ctnn/models/vgg.hpp>

std::string summary_from_one() { return ctnn::summary_string<ctnn::models::VGG16>(); }
std::uint64_t params_from_one() { return ctnn::params<ctnn::models::ResNet50>; }
const ctnn::Row* rows_from_one() { return ctnn::rows<ctnn::models::ResNet50>.data(); }
