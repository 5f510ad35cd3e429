// Multiply-accumulates beyond 2^64: a 2^15 x 2^15 x 2^10 map through 3x3 convolutions of 2^10
// filters (2^40 outputs of 9 * 2^10 taps: 9 * 2^50 MACs per layer), 4,096 times (9 * 2^62).
// fix: a network this large cannot be counted in 64 bits; make it smaller.
// expect: a count at this layer does not fit in 64 bits
// expect: count_overflows_64_bits<ctnn::at_layer<1>, ctnn::Repeat<
// expect: mac_count
#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
constexpr int layers = 256;  // 9 * 2^58: fits
#else
constexpr int layers = 4096;
#endif
using Huge = Net<Input<32768, 32768, 1024>, Repeat<layers, Conv<3, 3, 1024, Pad<1>, NoBias>>>;
static_assert(macs<Huge> > 0);
