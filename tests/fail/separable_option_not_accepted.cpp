// Groups<2> on a SeparableConv: Keras' SeparableConv2D has no groups (its depthwise step is
// already one group per channel), so SeparableConv does not take the option.
// fix: drop Groups (use Multiplier<M> for more depthwise channels), or write the depthwise and
// pointwise convolutions yourself.
// expect: this layer does not take this option
// expect: option_not_accepted_by_this_layer<ctnn::SeparableConv<3, 3, 8, ctnn::Groups<2> ?>, ctnn::Groups<2> ?>
#include <ctnn/analysis/params.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Separable = SeparableConv<3, 3, 8, Multiplier<2>>;
#else
using Separable = SeparableConv<3, 3, 8, Groups<2>>;
#endif
using Net1 = Net<Input<8, 8, 4>, Separable>;
static_assert(params<Net1> > 0);
