#pragma once
// ctnn/core/checked.hpp: 64-bit counts that cannot silently wrap.
//
// Every count ctnn computes (parameters, values, bytes) is a std::uint64_t. Products and sums go
// through checked_mul / checked_add, which saturate at `count_overflow` (2^64 - 1) and keep it
// once reached. The network walk treats that value as "did not fit in 64 bits" and turns it into a
// compile error naming the layer; a count can therefore never wrap around into a plausible number.
// The price is that 2^64 - 1 itself is not a representable count, which no real network reaches.
//
// Standard C++ only (no 128-bit integers, no compiler built-ins), so that the headers compile
// for 32-bit targets such as a Cortex-M4 with arm-none-eabi-g++.

#include <cstdint>

namespace ctnn {

/// The saturated value: a count that reached it overflowed 64 bits somewhere on the way.
inline constexpr std::uint64_t count_overflow = ~std::uint64_t{0};

/// a * b, or count_overflow when the exact product does not fit below 2^64 - 1 or an operand
/// already overflowed. 0 * count_overflow stays count_overflow (an overflow is never forgotten).
/// (One expression: the walk calls this for every layer, and each statement of a constant
/// evaluation counts against clang's step limit.)
constexpr std::uint64_t checked_mul(std::uint64_t a, std::uint64_t b) noexcept {
    return a == count_overflow || b == count_overflow || (b != 0 && a > (count_overflow - 1) / b)
               ? count_overflow
               : a * b;
}

/// a + b, or count_overflow when the exact sum does not fit below 2^64 - 1.
constexpr std::uint64_t checked_add(std::uint64_t a, std::uint64_t b) noexcept {
    return a >= count_overflow - b ? count_overflow : a + b;
}

}  // namespace ctnn
