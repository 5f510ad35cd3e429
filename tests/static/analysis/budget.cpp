// Static tests of ctnn/analysis/budget.hpp (an exceeded budget: tests/fail/budget_exceeded.cpp).
#include <cstdint>

#include <ctnn/analysis/budget.hpp>
#include <ctnn/layers.hpp>
#include <ctnn/models/vgg.hpp>

namespace {
using namespace ctnn;
using models::VGG16;

static_assert(fits<VGG16, Budget{}>);  // no limit
static_assert(fits<VGG16, Budget{.params = 138'357'544}>);  // limits are inclusive
static_assert(fits<VGG16, Budget{.param_bytes = 600 * 1'000'000, .macs = 16'000'000'000}>);
static_assert(fits<VGG16, Budget{.peak_activation_bytes = 26 * 1'000'000}>);  // 25.7 MB peak
static_assert(fits<VGG16, Budget{.param_bytes = 140 * MiB}, std::int8_t>);    // 132 MiB in int8
static_assert(KiB == 1024 && MiB == 1024 * 1024 && GiB == 1024 * MiB);
}  // namespace
