// Parameters beyond 2^64: an FC layer of 8 units on a 2^31 x 2^31 input has 8 * 2^62 weights.
// fix: a network this large cannot be counted in 64 bits; flatten a smaller map into FC.
// expect: a count at this layer does not fit in 64 bits
// expect: count_overflows_64_bits<ctnn::at_layer<1>, ctnn::FC<8> ?, ctnn::error::input_hwc<2147483647, 2147483647, 1>, ctnn::error::parameter_count ?>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<2147483647, 2147483647, 1>, FC<1>>;
#else
using Net1 = Net<Input<2147483647, 2147483647, 1>, FC<8>>;
#endif
static_assert(params<Net1> > 0);
