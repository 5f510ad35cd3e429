// An input of 2^31 x 2^31 x 8 values: more than 2^64 activation values.
// fix: a network this large cannot be counted in 64 bits; make the input smaller.
// expect: a count at this layer does not fit in 64 bits
// expect: count_overflows_64_bits<ctnn::at_layer<0>, ctnn::Input<2147483647, 2147483647, 8>
// expect: value_count
#include <ctnn/analysis/memory.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<2147483647, 2147483647, 3>, ReLU>;
#else
using Net1 = Net<Input<2147483647, 2147483647, 8>, ReLU>;
#endif
static_assert(activations<Net1> > 0);
