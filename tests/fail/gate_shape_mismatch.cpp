// A squeeze-and-excitation gate whose last layer gives 48 factors for 96 channels.
// fix: make the gate's last layer output as many values as the input has channels.
// expect: Gate's branch must output 1 x 1 x C or a flat C
// expect: gate_must_give_one_factor_per_channel<ctnn::at_layer<1>, ctnn::Gate<
// expect: input_hwc<14, 14, 96>, ctnn::error::gate_output<ctnn::error::shape_vector<48> ?>
#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Excite = FC<96>;
#else
using Excite = FC<48>;
#endif
using Net1 = Net<Input<14, 14, 96>, Gate<GlobalAvgPool, FC<24>, ReLU, Excite, Sigmoid>>;
static_assert(params<Net1> > 0);
