#pragma once
// ctnn/layers/regularization.hpp: layers that only act during training.

#include <string_view>

#include <ctnn/core/layer.hpp>
#include <ctnn/core/shape.hpp>

namespace ctnn {

/// Dropout: zeroes a random fraction of values while training; the identity at inference.
/// Output = input, no parameters, no operation: a view (the rate changes no count, so it is
/// not a parameter).
struct Dropout : detail::evaluated<Dropout> {
    static constexpr std::string_view name = "Dropout";
    static constexpr bool in_place = true;
    static constexpr bool view = true;
    static constexpr detail::evaluation evaluate(const Shape& in, Issue&) noexcept {
        return {.output = in};
    }
};

}  // namespace ctnn
