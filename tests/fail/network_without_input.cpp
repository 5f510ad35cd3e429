// A network that does not start with an Input.
// fix: start the network with Input<H, W, C> (or Input<N> for a vector).
// expect: Net<...> must start with Input<H, W, C> or Input<N>
// expect: network_must_start_with_Input<ctnn::FC<10> ?>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<784>, FC<10>>;
#else
using Net1 = Net<FC<10>>;
#endif
static_assert(params<Net1> == 7850);
