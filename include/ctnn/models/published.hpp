#pragma once
// ctnn/models/published.hpp: what a model's source publishes about it, kept as data.
//
// Each zoo model carries `static constexpr Published published{...}`: the figures its source
// publishes and where they come from. tests/static/models/zoo.cpp asserts, for every model of
// the zoo, that ctnn's counts equal them; docs/models.md is generated from them. Keeping the
// numbers as data rather than as static_asserts in the headers means that including a model
// costs nothing until the model is queried (a header asserting ResNet's 13 variants cost
// 0.9 s per translation unit).

#include <cstdint>
#include <string_view>

namespace ctnn::models {

/// A figure the source does not publish.
inline constexpr std::uint64_t not_published = ~std::uint64_t{0};

/// Published figures of a model, in ctnn's conventions (docs/conventions.md).
struct Published {
    std::uint64_t params = not_published;         ///< learnable (torchvision num_params, Keras trainable)
    std::uint64_t non_trainable = not_published;  ///< BatchNorm statistics (PyTorch buffers, Keras)
    std::uint64_t total = not_published;          ///< Keras "Total params"
    std::uint64_t macs = not_published;           ///< conv + FC multiply-accumulates, batch 1
    std::string_view source;                      ///< where the figures come from
};

}  // namespace ctnn::models
