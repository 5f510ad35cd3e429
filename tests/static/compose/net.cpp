// Static tests of ctnn/compose/net.hpp and the walk (ctnn/analysis/walk.hpp).
#include <string_view>

#include <ctnn/analysis/memory.hpp>
#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/layers.hpp>

namespace {
using namespace ctnn;

// A Net of only an Input: valid, no parameters, its output is its input.
using Empty = Net<Input<32, 32, 3>>;
static_assert(layer_count<Empty> == 0 && params<Empty> == 0 && total_params<Empty> == 0);
static_assert(output_shape<Empty> == Shape::hwc(32, 32, 3) && input_shape<Empty> == output_shape<Empty>);
static_assert(activations<Empty> == 32 * 32 * 3);
static_assert(shape_at<Empty, 0> == Shape::hwc(32, 32, 3));

// A flat input.
using Mlp = Net<Input<784>, FC<128>, ReLU, FC<10>>;
static_assert(params<Mlp> == 784 * 128 + 128 + 128 * 10 + 10);
static_assert(output_shape<Mlp> == Shape::vector(10) && layer_count<Mlp> == 3);

// A named model is a type derived from Net; queries see through it and reports use its name.
struct Tiny final : Net<Input<8, 8, 1>, Conv<3, 3, 4>, ReLU, GlobalAvgPool, FC<2>> {};
static_assert(network<Tiny> && network<Mlp> && !network<int> && !network<Conv<3, 3, 4>>);
static_assert(params<Tiny> == (9 * 4 + 4) + (4 * 2 + 2));
static_assert(network_name<Tiny> == "Tiny" && network_name<Mlp> == "Net");
struct Named final : Net<Input<4>, FC<2>> {
    static constexpr std::string_view name = "my model";
};
static_assert(network_name<Named> == "my model");

// Rows: row 0 is the Input, row I the layer I; each row records its input and output.
static_assert(rows<Tiny>.size() == 5);
static_assert(rows<Tiny>[0].name == "Input 8x8x1" && rows<Tiny>[0].index == 0);
static_assert(rows<Tiny>[1].name == "Conv 3x3/1, 4" && rows<Tiny>[1].input == Shape::hwc(8, 8, 1));
static_assert(rows<Tiny>[1].output == Shape::hwc(6, 6, 4) && rows<Tiny>[4].index == 4);
static_assert(name_at<Tiny, 3> == "GlobalAvgPool");
static_assert(rows<Tiny>[2].in_place && !rows<Tiny>[1].in_place);
// Every row's input is the previous row's output.
constexpr bool chained() {
    for (std::size_t i = 1; i < rows<Tiny>.size(); ++i)
        if (rows<Tiny>[i].input != rows<Tiny>[i - 1].output) return false;
    return true;
}
static_assert(chained());
}  // namespace
