// Bytes beyond 2^64: 2^62 activation values are countable, but not as 8-byte doubles.
// fix: ask for a smaller element type, or count values (activations<N>) instead of bytes.
// expect: a count times its factor \(bytes per value, 2 FLOPs per MAC\) does not fit in 64 bits
// expect: count_times_factor_overflows_64_bits<ctnn::Net<ctnn::Input<2147483647, 2147483647, 1> ?>, ctnn::error::count<4611686014132420609>, ctnn::error::times<8> ?>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
using Net1 = Net<Input<2147483647, 2147483647, 1>>;
#ifdef CTNN_TWIN
static_assert(activation_bytes<Net1, float> > 0);
#else
static_assert(activation_bytes<Net1, double> > 0);
#endif
