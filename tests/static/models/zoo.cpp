// Static tests of the whole zoo (ctnn/models/zoo.hpp): every model's counts (parameters,
// BatchNorm statistics, Keras totals, multiply-accumulates) equal the figures its source
// publishes (kept with the model as `published`, each naming its source), and every model's
// row table obeys the table's laws.
#include <cstdint>

#include <ctnn/analysis.hpp>
#include <ctnn/models/zoo.hpp>

#include "../table_laws.hpp"

namespace {
using namespace ctnn;
using models::not_published;

template <class M>
constexpr bool agrees_with_its_source() {
    constexpr models::Published p = M::published;
    static_assert(!p.source.empty(), "every zoo model names its source");
    static_assert(p.params != not_published && params<M> == p.params);
    static_assert(p.non_trainable == not_published || non_trainable_params<M> == p.non_trainable);
    static_assert(p.total == not_published || total_params<M> == p.total);
    static_assert(p.macs == not_published || macs<M> == p.macs);
    static_assert(test::table_is_consistent<M>());
    // Classifiers end in class scores; the segmentation networks (U-Net) in a 2-class map.
    static_assert(output_shape<M> == Shape::vector(1000) || output_shape<M> == Shape::vector(10) ||
                  (!output_shape<M>.flat && output_shape<M>.c == 2));
    return true;
}

// Instantiates the check for every model; a failure names the model in its context line.
[[maybe_unused]] void check_the_zoo() {
    ctnn::detail::hana::for_each(models::zoo, [](auto model) {
        static_assert(agrees_with_its_source<typename decltype(model)::type>());
    });
}
static_assert(decltype(ctnn::detail::hana::length(models::zoo))::value == 41);

// The ResNet paper's Table 1 gives "FLOPs" (multiply-adds) for the original layout (the stride
// in the first 1x1 of a bottleneck): 1.8, 3.6, 3.8, 7.6 and 11.3 x 10^9. They are rounded
// loosely: the exact counts land within 2% of them (1.814, 3.664, 3.858, 7.570, 11.282).
template <class M>
constexpr bool within_two_percent_of(std::uint64_t paper) {
    const std::uint64_t m = macs<M>;
    const std::uint64_t diff = m > paper ? m - paper : paper - m;
    return diff * 50 <= paper;
}
static_assert(within_two_percent_of<models::ResNet18>(1'800'000'000));
static_assert(within_two_percent_of<models::ResNet34>(3'600'000'000));
static_assert(within_two_percent_of<models::ResNet50V1>(3'800'000'000));
static_assert(within_two_percent_of<models::ResNet101V1>(7'600'000'000));
static_assert(within_two_percent_of<models::ResNet152V1>(11'300'000'000));
// torchvision's v1.5 layout costs more than the paper's: the 3x3 runs before the stride.
static_assert(macs<models::ResNet50> > macs<models::ResNet50V1>);
static_assert(!within_two_percent_of<models::ResNet50>(3'800'000'000));
}  // namespace
