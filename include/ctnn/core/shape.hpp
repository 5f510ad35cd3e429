#pragma once
// ctnn/core/shape.hpp: the shape of one tensor flowing between layers.

#include <cstdint>

#include <ctnn/core/checked.hpp>
#include <ctnn/detail/text.hpp>

namespace ctnn {

/// Shape: the shape of one activation tensor for a batch of one, channels last.
///
/// Represents either an H x W x C feature map (`flat == false`) or a flat vector of `c` values
/// (`flat == true`, and then h == w == 1), as produced by Flatten, FC and global pooling.
/// It is a literal, structural type: usable in constant expressions and as a template argument
/// (`template <Shape S>`). Two shapes are equal when all four members are equal, so the 1x1x512
/// map of `AdaptiveAvgPool<1, 1>` differs from the flat 512 of `GlobalAvgPool`, as in the
/// frameworks (PyTorch keeps N x 512 x 1 x 1, Keras' GlobalAveragePooling2D gives N x 512).
///
/// Printed (operator<< in <ctnn/report/format.hpp>, or `to_text`) as `224x224x3` or `4096`.
struct Shape {
    std::uint64_t h = 0;  ///< rows (1 for a flat vector)
    std::uint64_t w = 0;  ///< columns (1 for a flat vector)
    std::uint64_t c = 0;  ///< channels, or the length of a flat vector
    bool flat = false;    ///< true for a flat vector

    /// An H x W x C feature map.
    static constexpr Shape hwc(std::uint64_t h, std::uint64_t w, std::uint64_t c) noexcept {
        return Shape{.h = h, .w = w, .c = c, .flat = false};
    }
    /// A flat vector of n values.
    static constexpr Shape vector(std::uint64_t n) noexcept {
        return Shape{.h = 1, .w = 1, .c = n, .flat = true};
    }

    /// Number of values, h * w * c (count_overflow if that does not fit in 64 bits).
    constexpr std::uint64_t size() const noexcept { return checked_mul(checked_mul(h, w), c); }
    /// The same values seen as a flat vector (what Flatten and FC's implicit flatten do).
    constexpr Shape flattened() const noexcept { return vector(size()); }

    friend constexpr bool operator==(const Shape&, const Shape&) = default;
};

namespace detail {
/// Appends `224x224x3` or `4096` to a text buffer.
template <std::size_t Capacity>
constexpr text<Capacity>& operator<<(text<Capacity>& out, const Shape& s) noexcept {
    if (s.flat) return out << static_cast<unsigned long long>(s.c);
    return out << static_cast<unsigned long long>(s.h) << 'x' << static_cast<unsigned long long>(s.w)
               << 'x' << static_cast<unsigned long long>(s.c);
}
}  // namespace detail

/// The printed form of a shape as a constant: `to_text(Shape::hwc(7, 7, 512)).view() == "7x7x512"`.
constexpr detail::text<64> to_text(const Shape& s) noexcept {
    detail::text<64> t;
    t << s;
    return t;
}

}  // namespace ctnn
