// A static arena budget: a small int8 network whose planned arena needs 32,768 bytes (the two
// 32x32x16 maps of its convolutions at once: 2 * 16,384), on a device that leaves 24 KiB.
// fix: make the network smaller (fewer channels, an earlier stride) or give the arena more
//  RAM; ctnn-report --format plan shows which buffers are alive at the peak.
// expect: ctnn: the network exceeds its budget
// expect: network_exceeds_its_budget<Small, ctnn::error::arena_bytes_budget, ctnn::error::value<32768>, ctnn::error::limit<24576>, ctnn::error::exceeded_by<8192> ?>
#include <cstdint>

#include <ctnn/ctnn.hpp>
using namespace ctnn;
struct Small final : Net<Input<32, 32, 3>, Conv<3, 3, 16, Pad<1>>, ReLU, Conv<3, 3, 16, Pad<1>>, ReLU,
                         MaxPool<2, 2>, Flatten, FC<10>> {};
#ifdef CTNN_TWIN
inline constexpr Budget device{.arena_bytes = 32 * KiB, .weight_blob_bytes = 64 * KiB};
#else
inline constexpr Budget device{.arena_bytes = 24 * KiB, .weight_blob_bytes = 64 * KiB};
#endif
static_assert(fits<Small, device, std::int8_t>);
