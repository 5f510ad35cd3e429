#pragma once
// ctnn/layers/identity.hpp: the layer that does nothing (Residual's default shortcut).

#include <string_view>

#include <ctnn/core/layer.hpp>
#include <ctnn/core/shape.hpp>

namespace ctnn {

/// Identity: output = input; no parameters, no operation: a view (no new buffer).
struct Identity : detail::evaluated<Identity> {
    static constexpr std::string_view name = "Identity";
    static constexpr bool in_place = true;
    static constexpr bool view = true;
    static constexpr detail::evaluation evaluate(const Shape& in, Issue&) noexcept {
        return {.output = in};
    }
};

}  // namespace ctnn
