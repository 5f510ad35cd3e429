#pragma once
// ctnn/report/format.hpp: how numbers and shapes are printed, the same on every compiler and
// locale: digit groups with commas (138,357,544), shapes as 224x224x3 or 4096, and memory sizes
// with two decimals by integer rounding (no floating point).

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include <ctnn/core/checked.hpp>
#include <ctnn/core/shape.hpp>

namespace ctnn {

/// "138,357,544".
inline std::string group_digits(std::uint64_t v) {
    std::string digits = std::to_string(v);
    std::string out;
    out.reserve(digits.size() + digits.size() / 3);
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

/// "224x224x3" or "4096".
inline std::string to_string(const Shape& s) { return std::string(to_text(s).view()); }

/// Prints a shape as "224x224x3" or "4096".
inline std::ostream& operator<<(std::ostream& os, const Shape& s) { return os << to_text(s).view(); }

namespace detail {
/// a / b rounded half up to `digits` decimals (1 to 4), its whole part's digits grouped:
/// decimal(60'950'432, 1'000'000, 2) is "60.95", decimal(2, 3, 4) is "0.6667" (b > 0).
inline std::string decimal(std::uint64_t a, std::uint64_t b, int digits) {
    std::uint64_t scale = 1;
    for (int i = 0; i < digits; ++i) scale *= 10;
    std::uint64_t whole = a / b, rest = a % b, d = b;
    while (d > (std::uint64_t{1} << 50)) rest >>= 1, d >>= 1;  // so that rest * scale fits
    std::uint64_t frac = (rest * scale + d / 2) / d;
    if (frac >= scale) ++whole, frac -= scale;
    const std::string f = std::to_string(frac);
    return group_digits(whole) + "." + std::string(static_cast<std::size_t>(digits) - f.size(), '0') + f;
}
}  // namespace detail

/// `bytes` divided by `unit`, rounded half up to two decimals: "60.95".
inline std::string fixed2(std::uint64_t bytes, std::uint64_t unit) { return detail::decimal(bytes, unit, 2); }

/// "60.95 MB (58.13 MiB)": decimal megabytes, as torchinfo, and binary mebibytes, as Keras
/// (which labels them MB).
inline std::string megabytes(std::uint64_t bytes) {
    if (bytes == count_overflow) return "more than 2^64 bytes";
    return fixed2(bytes, 1'000'000) + " MB (" + fixed2(bytes, 1u << 20) + " MiB)";
}

}  // namespace ctnn
