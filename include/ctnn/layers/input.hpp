#pragma once
// ctnn/layers/input.hpp: the start of every network.

#include <array>
#include <cstdint>
#include <cstddef>
#include <string_view>

#include <ctnn/core/shape.hpp>
#include <ctnn/detail/text.hpp>

namespace ctnn {

namespace detail {
/// The shape of Input<Dims...> (all zeros when a dimension is not positive).
constexpr Shape input_shape(const int* d, std::size_t count) noexcept {
    for (std::size_t i = 0; i < count; ++i)
        if (d[i] < 1) return Shape{};
    if (count == 1) return Shape::vector(static_cast<std::uint64_t>(d[0]));
    return Shape::hwc(static_cast<std::uint64_t>(d[0]), static_cast<std::uint64_t>(d[1]),
                      static_cast<std::uint64_t>(d[2]));
}
constexpr text<48> input_name(const int* dims, std::size_t count) noexcept {
    text<48> t;
    t << "Input";
    for (std::size_t i = 0; i < count; ++i) t << (i == 0 ? ' ' : 'x') << dims[i];
    return t;
}
}  // namespace detail

/// Input<H, W, C> (a feature map, e.g. Input<224, 224, 3>) or Input<N> (a flat vector): the
/// first element of every Net, giving the shape of one sample (batch size 1, channels last).
/// It has no parameters; its values count once in activation memory. Dimensions must be >= 1.
/// Name: "Input 224x224x3".
template <int... Dims>
struct Input {
    static_assert(sizeof...(Dims) == 1 || sizeof...(Dims) == 3,
                  "ctnn: Input takes <H, W, C> or <N>");
    /// The dimensions as written.
    static constexpr std::array<int, sizeof...(Dims)> written{Dims...};
    /// True when every dimension is at least 1.
    static constexpr bool valid = ((Dims >= 1) && ...);
    /// The shape of the network's input (all zeros when a dimension is not positive).
    static constexpr Shape shape = detail::input_shape(written.data(), written.size());

  private:
    static constexpr auto name_text = detail::input_name(written.data(), written.size());

  public:
    static constexpr std::string_view name = name_text.view();
};

}  // namespace ctnn
