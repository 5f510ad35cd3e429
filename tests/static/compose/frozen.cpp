// Static tests of ctnn/compose/frozen.hpp: a fine-tuning setup's trainable / non-trainable split.
#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
#include "../table_laws.hpp"

namespace {
using namespace ctnn;

// A backbone (conv 3->16 with bias: 448; BatchNorm: 32 learnable, 32 statistics; conv
// 16->32 without bias: 4,608) frozen, and a trained head FC 32 -> 10 (330).
using Backbone = Sequential<Conv<3, 3, 16, Pad<1>>, BatchNorm, ReLU, Conv<3, 3, 32, Pad<1>, NoBias>,
                            BatchNorm, ReLU, GlobalAvgPool>;
using Plain = Net<Input<32, 32, 3>, Backbone, FC<10>>;
using FineTuned = Net<Input<32, 32, 3>, Frozen<Backbone>, FC<10>>;

constexpr std::uint64_t backbone = 448 + 32 + 4'608 + 64;  // learnable
constexpr std::uint64_t statistics = 32 + 64;               // BatchNorm moving mean and variance
constexpr std::uint64_t head = 32 * 10 + 10;
static_assert(params<Plain> == backbone + head && trainable_params<Plain> == params<Plain>);
static_assert(frozen_params<Plain> == 0 && non_trainable_params<Plain> == statistics);

// Keras' split after `backbone.trainable = False`: trainable = the head; non-trainable = the
// frozen weights and biases plus every moving statistic; the total is unchanged.
static_assert(params<FineTuned> == params<Plain>);  // PyTorch's parameters() lists frozen ones
static_assert(frozen_params<FineTuned> == backbone);
static_assert(trainable_params<FineTuned> == head);
static_assert(non_trainable_params<FineTuned> == backbone + statistics);
static_assert(total_params<FineTuned> == total_params<Plain>);
static_assert(total_params<FineTuned> == trainable_params<FineTuned> + non_trainable_params<FineTuned>);
// Per row: the block and each of its layers carry their frozen share.
static_assert(frozen_params_at<FineTuned, 1> == backbone && trainable_params_at<FineTuned, 1> == 0);
static_assert(non_trainable_params_at<FineTuned, 1> == backbone + statistics);
static_assert(trainable_params_at<FineTuned, 2> == head && frozen_params_at<FineTuned, 2> == 0);
static_assert(rows<FineTuned>[3].frozen == 448 && rows<FineTuned>[3].non_trainable == 448);  // the conv
static_assert(rows<FineTuned>[4].frozen == 32 && rows<FineTuned>[4].non_trainable == 64);  // BatchNorm
static_assert(rows<FineTuned>[1].kind->name == "frozen" && rows<FineTuned>[1].name == "Frozen");
// Shapes, operations and memory are those of the unfrozen network.
static_assert(output_shape<FineTuned> == output_shape<Plain> && macs<FineTuned> == macs<Plain>);
static_assert(peak_activations<FineTuned> == peak_activations<Plain>);
static_assert(ctnn::test::table_is_consistent<FineTuned>());

// Frozen inside Frozen counts once; a Frozen block inside a Repeat freezes every copy.
using Twice = Net<Input<8, 8, 4>, Frozen<Conv<1, 1, 4>, Frozen<Conv<1, 1, 4>>>>;
static_assert(frozen_params<Twice> == 2 * 20 && non_trainable_params<Twice> == 2 * 20);
static_assert(trainable_params<Twice> == 0 && total_params<Twice> == 40);
using Repeated = Net<Input<8, 8, 4>, Repeat<3, Frozen<Conv<1, 1, 4>>>, Conv<1, 1, 4>>;
static_assert(frozen_params<Repeated> == 3 * 20 && trainable_params<Repeated> == 20);
static_assert(ctnn::test::table_is_consistent<Twice>() && ctnn::test::table_is_consistent<Repeated>());
}  // namespace
