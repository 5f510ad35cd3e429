#pragma once
// ctnn/analysis/expect.hpp: expectations that print both values when they fail.
//
//     static_assert(ctnn::expect<ctnn::params<ResNet20>, 269'722>);
//     static_assert(ctnn::expect<ctnn::output_shape<ResNet20>, ctnn::Shape::vector(10)>);
//
// A failing `static_assert(params<N> == 269'723)` shows neither number on clang 14, and a
// failing comparison of shapes shows none on either compiler. A failing `expect` is a compile
// error whose first lines hold both values, as template arguments both compilers print:
//
//     expectation_failed<computed<count<269722>>, expected<count<269723>>>
//     expectation_failed<computed<shape_vector<10>>, expected<shape_hwc<1, 1, 10>>>

#include <cstdint>
#include <type_traits>
#include <utility>

#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/shape.hpp>

namespace ctnn {

namespace detail {

/// How a value of an expectation is printed: a count or other integer as count<N>, a Shape as
/// shape_hwc<H, W, C> or shape_vector<N>.
template <auto V>
struct printed_value;
template <auto V>
    requires std::is_integral_v<decltype(V)>
struct printed_value<V> {
    using type = error::count<static_cast<unsigned long long>(V)>;
};
template <Shape S>
struct printed_value<S> {
    using type = std::conditional_t<S.flat, error::shape_vector<static_cast<long long>(S.c)>,
                                    error::shape_hwc<static_cast<long long>(S.h), static_cast<long long>(S.w),
                                                     static_cast<long long>(S.c)>>;
};

/// Whether two expected values are equal: integers by value whatever their types (269'722 is an
/// int, params<N> a std::uint64_t), anything else with ==.
template <auto A, auto B>
constexpr bool same_value() noexcept {
    if constexpr (std::is_integral_v<decltype(A)> && std::is_integral_v<decltype(B)>)
        return std::cmp_equal(A, B);
    else
        return A == B;
}

template <auto Computed, auto Expected>
constexpr bool expectation() noexcept {
    return error::require<same_value<Computed, Expected>(),
                          error::expectation_failed<
                              error::computed<typename printed_value<Computed>::type>,
                              error::expected<typename printed_value<Expected>::type>>>();
}

}  // namespace detail

/// True when Computed equals Expected (two integers, such as a count and a literal, or two
/// Shapes); otherwise a compile error that shows both values (see above). Use it as
/// `static_assert(expect<params<N>, 269'722>);`.
template <auto Computed, auto Expected>
inline constexpr bool expect = detail::expectation<Computed, Expected>();

}  // namespace ctnn
