// A second Input in the middle of a network.
// fix: a network has one Input, first; to join two networks, drop the second Input.
// expect: Input<...> may only be the first element of Net<...>
// expect: input_must_come_first<ctnn::at_layer<2>, ctnn::Input<10> ?>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<784>, FC<10>, ReLU>;
#else
using Net1 = Net<Input<784>, FC<10>, Input<10>>;
#endif
static_assert(params<Net1> == 7850);
