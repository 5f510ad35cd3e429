// Static tests of ctnn/core/checked.hpp.
#include <cstdint>

#include <ctnn/core/checked.hpp>

namespace {
using ctnn::checked_add;
using ctnn::checked_mul;
using ctnn::checked_round_up;
using ctnn::count_overflow;

constexpr std::uint64_t largest = count_overflow - 1;  // the largest representable count

static_assert(checked_mul(3, 4) == 12);
static_assert(checked_mul(0, largest) == 0);
static_assert(checked_mul(1, largest) == largest);
static_assert(checked_mul(2, largest / 2) == largest);
static_assert(checked_mul(2, largest / 2 + 1) == count_overflow);         // 2^64
static_assert(checked_mul(3, 6'148'914'691'236'517'205) == count_overflow);  // exactly 2^64 - 1
static_assert(checked_mul(1ULL << 32, 1ULL << 32) == count_overflow);
static_assert(checked_mul(0, count_overflow) == count_overflow);  // an overflow is never lost

static_assert(checked_add(2, 3) == 5);
static_assert(checked_add(largest, 0) == largest);
static_assert(checked_add(largest, 1) == count_overflow);
static_assert(checked_add(count_overflow, 0) == count_overflow);

static_assert(checked_round_up(40, 16) == 48);
static_assert(checked_round_up(48, 16) == 48);
static_assert(checked_round_up(0, 16) == 0);
static_assert(checked_round_up(7, 1) == 7);
static_assert(checked_round_up(largest - 1, 16) == count_overflow);  // 2^64 - 3 rounds up to 2^64
}  // namespace
