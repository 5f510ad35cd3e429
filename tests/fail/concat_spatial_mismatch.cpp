// Inception-like branches where the third forgets its padding: 28x28 vs 26x26.
// fix: make every branch keep the same H x W (here Pad<1> on the 3x3 branch).
// expect: Concat joins channels, so every branch must give the same H x W
// expect: concat_branches_differ_in_height_or_width<ctnn::at_layer<1, 2>, ctnn::Concat<
// expect: first_branch_output<ctnn::error::shape_hwc<28, 28, 64> ?>, ctnn::error::branch<3>, ctnn::error::branch_output<ctnn::error::shape_hwc<26, 26, 32> ?> ?>
#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Third = Conv<3, 3, 32, Pad<1>>;
#else
using Third = Conv<3, 3, 32>;
#endif
struct Module final : Sequential<ReLU, Concat<Conv<1, 1, 64>, Sequential<Conv<1, 1, 96>, Conv<3, 3, 128, Pad<1>>>, Third>> {};
using Net1 = Net<Input<28, 28, 192>, Module>;
static_assert(output_shape<Net1> == Shape::hwc(28, 28, 224));
