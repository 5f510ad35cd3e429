// Static tests of ctnn/core/shape.hpp.
#include <type_traits>

#include <ctnn/core/shape.hpp>

namespace {
using ctnn::Shape;

static_assert(Shape::hwc(224, 224, 3).size() == 150'528);
static_assert(Shape::vector(4096).size() == 4096);
static_assert(Shape::vector(4096) == Shape{1, 1, 4096, true});
static_assert(Shape::hwc(7, 7, 512).flattened() == Shape::vector(25'088));
static_assert(Shape::vector(10).flattened() == Shape::vector(10));

// A 1x1xC map and a flat C vector are different shapes (PyTorch N x C x 1 x 1 vs N x C).
static_assert(Shape::hwc(1, 1, 512) != Shape::vector(512));
static_assert(Shape::hwc(1, 1, 512).size() == Shape::vector(512).size());

// Printed forms.
static_assert(ctnn::to_text(Shape::hwc(224, 224, 3)).view() == "224x224x3");
static_assert(ctnn::to_text(Shape::vector(4096)).view() == "4096");

// Structural: usable as a template argument.
template <Shape S>
struct tagged {
    static constexpr auto values = S.size();
};
static_assert(tagged<Shape::hwc(7, 7, 512)>::values == 25'088);
static_assert(!std::is_same_v<tagged<Shape::hwc(1, 1, 8)>, tagged<Shape::vector(8)>>);

// A size that does not fit in 64 bits saturates instead of wrapping.
static_assert(Shape::hwc(1ULL << 32, 1ULL << 32, 2).size() == ctnn::count_overflow);
}  // namespace
