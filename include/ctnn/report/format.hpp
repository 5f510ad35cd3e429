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

/// `bytes` divided by `unit`, rounded half up to two decimals: "60.95".
inline std::string fixed2(std::uint64_t bytes, std::uint64_t unit) {
    // unit is at most 2^30 here, so neither product can overflow.
    const std::uint64_t hundredths = bytes / unit * 100 + (bytes % unit * 100 + unit / 2) / unit;
    std::string frac = std::to_string(hundredths % 100);
    if (frac.size() < 2) frac.insert(0, 1, '0');
    return group_digits(hundredths / 100) + "." + frac;
}

/// "60.95 MB (58.13 MiB)": decimal megabytes, as torchinfo, and binary mebibytes, as Keras
/// (which labels them MB).
inline std::string megabytes(std::uint64_t bytes) {
    if (bytes == count_overflow) return "more than 2^64 bytes";
    return fixed2(bytes, 1'000'000) + " MB (" + fixed2(bytes, 1u << 20) + " MiB)";
}

}  // namespace ctnn
