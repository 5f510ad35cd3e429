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
/// evaluation counts against clang's step limit; two operands below 2^32, the usual case, take
/// the first branch, without a division.)
constexpr std::uint64_t checked_mul(std::uint64_t a, std::uint64_t b) noexcept {
    return ((a | b) >> 32) == 0 ? a * b
           : a == count_overflow || b == count_overflow || (b != 0 && a > (count_overflow - 1) / b)
               ? count_overflow
               : a * b;
}

/// a + b, or count_overflow when the exact sum does not fit below 2^64 - 1.
constexpr std::uint64_t checked_add(std::uint64_t a, std::uint64_t b) noexcept {
    return a >= count_overflow - b ? count_overflow : a + b;
}

/// x rounded up to a multiple of a (a >= 1: an alignment), or count_overflow when that does not
/// fit below 2^64 - 1.
constexpr std::uint64_t checked_round_up(std::uint64_t x, std::uint64_t a) noexcept {
    return x % a == 0 ? x : checked_add(x, a - x % a);
}

namespace detail {

#if defined(__SIZEOF_INT128__) && !defined(CTNN_PORTABLE_ARITHMETIC)
/// A running sum of counts, exact far beyond 2^64: the compiler's 128-bit integer where it has
/// one (g++ and clang++ on 64-bit targets), whose operators cost the constant evaluation least.
__extension__ using wide = unsigned __int128;

/// The value of a sum as a count: count_overflow when it does not fit below 2^64 - 1.
constexpr std::uint64_t narrow(wide s) noexcept {
    return s >= count_overflow ? count_overflow : static_cast<std::uint64_t>(s);
}
#else
/// A running sum of counts, exact far beyond 2^64, in standard C++ (32-bit targets, or any
/// compiler with CTNN_PORTABLE_ARITHMETIC defined, which must then be defined in every
/// translation unit of the program): the low and the high 32 bits of the terms are summed
/// apart, so neither half overflows before 2^32 terms.
struct wide {
    std::uint64_t lo = 0, hi = 0;

    constexpr wide() noexcept = default;
    constexpr wide(std::uint64_t x) noexcept : lo(x & 0xffff'ffffu), hi(x >> 32) {}  // NOLINT
    constexpr wide& operator+=(const wide& x) noexcept {
        lo += x.lo, hi += x.hi;
        return *this;
    }
    constexpr wide& operator-=(const wide& x) noexcept {
        lo -= x.lo, hi -= x.hi;
        return *this;
    }
    friend constexpr wide operator+(wide a, const wide& b) noexcept { return a += b; }
    friend constexpr wide operator-(wide a, const wide& b) noexcept { return a -= b; }
};

/// The value of a sum as a count: count_overflow when it does not fit below 2^64 - 1.
constexpr std::uint64_t narrow(const wide& s) noexcept {
    const std::uint64_t hi = s.hi + (s.lo >> 32);
    return (hi >> 32) != 0 ? count_overflow : checked_add(hi << 32, s.lo & 0xffff'ffffu);
}
#endif

}  // namespace detail
}  // namespace ctnn
