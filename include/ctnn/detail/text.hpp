#pragma once
// ctnn/detail/text.hpp: a fixed-capacity character buffer usable in constant expressions.
// Layers build their display names ("Conv 3x3/1 p1, 64") with it when their class is
// instantiated; the result lives in a static constexpr member and is viewed as a string_view.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ctnn::detail {

template <std::size_t Capacity>
struct text {
    char chars[Capacity + 1] = {};
    std::size_t length = 0;

    constexpr text& operator<<(std::string_view s) noexcept {
        for (char ch : s)
            if (length < Capacity) chars[length++] = ch;
        return *this;
    }
    constexpr text& operator<<(char ch) noexcept {
        if (length < Capacity) chars[length++] = ch;
        return *this;
    }
    constexpr text& operator<<(long long v) noexcept {
        if (v < 0) {
            *this << '-';
            return *this << static_cast<unsigned long long>(-(v + 1)) + 1ULL;
        }
        return *this << static_cast<unsigned long long>(v);
    }
    constexpr text& operator<<(int v) noexcept { return *this << static_cast<long long>(v); }
    constexpr text& operator<<(unsigned long long v) noexcept {
        char digits[20] = {};
        std::size_t n = 0;
        do {
            digits[n++] = static_cast<char>('0' + v % 10);
            v /= 10;
        } while (v != 0);
        while (n != 0) *this << digits[--n];
        return *this;
    }
    constexpr text& operator<<(unsigned long v) noexcept {
        return *this << static_cast<unsigned long long>(v);
    }

    constexpr std::string_view view() const noexcept { return {chars, length}; }
};

/// "Repeat x3": a label followed by a number.
constexpr text<40> numbered_name(std::string_view label, long long n) noexcept {
    text<40> t;
    t << label << n;
    return t;
}

}  // namespace ctnn::detail
