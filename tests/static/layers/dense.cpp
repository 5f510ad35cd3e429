// Static tests of ctnn/layers/dense.hpp.
// The samples of this header's layers that tests/static/laws.cpp holds to the laws of every
// layer (collected by tests/CMakeLists.txt from the "// laws:" lines of tests/static/layers):
// laws: FC<10>, FC<10, NoBias>, Flatten
#include <type_traits>

#include <ctnn/layers/dense.hpp>

namespace {
using namespace ctnn;

// VGG-16's fc1 sees the 7x7x512 map flattened: 25,088 * 4096 + 4096 = 102,764,544
// (docs/sources.md#vgg, VGG-16 per layer).
constexpr Shape pool5 = Shape::hwc(7, 7, 512);
static_assert(FC<4096>::output_shape(pool5) == Shape::vector(4096));
static_assert(FC<4096>::weights(pool5) == 102'760'448 && FC<4096>::biases(pool5) == 4096);
// fc2 and fc3: 16,781,312 and 4,097,000.
static_assert(FC<4096>::weights(Shape::vector(4096)) + FC<4096>::biases(Shape::vector(4096)) ==
              16'781'312);
static_assert(FC<1000>::weights(Shape::vector(4096)) + FC<1000>::biases(Shape::vector(4096)) ==
              4'097'000);
static_assert(FC<10, NoBias>::biases(Shape::vector(84)) == 0);
static_assert(std::is_same_v<Dense<10>, FC<10>>);

static_assert(Flatten::output_shape(pool5) == Shape::vector(25'088));
static_assert(Flatten::output_shape(Shape::vector(10)) == Shape::vector(10));
static_assert(Flatten::in_place);

static_assert(FC<4096>::name == "FC 4096" && FC<10, NoBias>::name == "FC 10, no bias");
static_assert(FC<0>::check(Shape::vector(8)).is<error::units_must_be_positive>());
}  // namespace
