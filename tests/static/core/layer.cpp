// Static tests of ctnn/core/layer.hpp: the concept and the defaults of the optional members.
#include <cstdint>
#include <string_view>

#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/layers/activation.hpp>
#include <ctnn/layers/conv.hpp>

namespace {
using ctnn::Shape;

struct Minimal {  // only what is required
    static constexpr std::string_view name = "Minimal";
    static constexpr Shape output_shape(Shape in) { return in; }
};
struct WithParams {  // `params` stands for weights when there is no split
    static constexpr const char* name = "WithParams";
    static constexpr Shape output_shape(Shape in) { return in; }
    static constexpr std::uint64_t params(Shape in) { return 2 * in.c; }
};
struct Full {
    static constexpr char name[] = "Full";
    static constexpr bool in_place = true;
    static constexpr Shape output_shape(Shape in) { return in; }
    static constexpr std::uint64_t weights(Shape in) { return in.c; }
    static constexpr std::uint64_t biases(Shape) { return 1; }
    static constexpr std::uint64_t non_trainable_params(Shape in) { return 3 * in.c; }
    static constexpr bool accepts(Shape in) { return !in.flat; }
};
struct NoName {
    static constexpr Shape output_shape(Shape in) { return in; }
};
struct NoOutputShape {
    static constexpr std::string_view name = "NoOutputShape";
};

static_assert(ctnn::layer<Minimal> && ctnn::layer<WithParams> && ctnn::layer<Full>);
static_assert(!ctnn::layer<NoName> && !ctnn::layer<NoOutputShape> && !ctnn::layer<int>);

constexpr Shape map = Shape::hwc(4, 4, 8);
using namespace ctnn::detail;
static_assert(weights_of<Minimal>(map) == 0 && biases_of<Minimal>(map) == 0);
static_assert(non_trainable_of<Minimal>(map) == 0 && !in_place_of<Minimal>());
static_assert(!check_of<Minimal>(map));
static_assert(weights_of<WithParams>(map) == 16 && biases_of<WithParams>(map) == 0);
static_assert(weights_of<Full>(map) == 8 && biases_of<Full>(map) == 1);
static_assert(non_trainable_of<Full>(map) == 24 && in_place_of<Full>());
static_assert(!check_of<Full>(map));
static_assert(check_of<Full>(Shape::vector(8)).is<ctnn::error::layer_rejects_its_input>());

// A type derived from a built-in layer is counted by its own members: the walk uses a built-in's
// one-pass evaluate only for the type that declares it (evaluated_layer), so MySlope's weights
// count, and what it does not declare (shape, in place, operations) is ReLU's.
struct MySlope : ctnn::ReLU {
    static constexpr std::string_view name = "MySlope";
    static constexpr std::uint64_t weights(Shape in) { return in.c; }
};
using Slopes = ctnn::Net<ctnn::Input<4, 4, 8>, MySlope>;
static_assert(ctnn::params<Slopes> == 8);
static_assert(ctnn::output_shape<Slopes> == map && ctnn::name_at<Slopes, 1> == "MySlope");
static_assert(ctnn::rows<Slopes>[1].in_place && ctnn::rows<Slopes>[1].ops.activation == 4 * 4 * 8);
static_assert(!evaluates_itself<MySlope> && evaluates_itself<ctnn::ReLU>);
// The same for a derived convolution that changes nothing but its name: Conv's numbers, by its
// members this time.
struct NamedConv : ctnn::Conv<3, 3, 16, ctnn::Pad<1>> {
    static constexpr std::string_view name = "NamedConv";
};
using Named = ctnn::Net<ctnn::Input<8, 8, 4>, NamedConv>;
static_assert(ctnn::params<Named> == 3 * 3 * 4 * 16 + 16 && ctnn::name_at<Named, 1> == "NamedConv");
static_assert(ctnn::shape_at<Named, 1> == Shape::hwc(8, 8, 16));
}  // namespace
