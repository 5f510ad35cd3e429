// Static tests of the whole zoo (ctnn/models/zoo.hpp): every model's counts equal the figures
// its source publishes (kept with the model as `published`, each naming its source), and every
// model's row table obeys the table's laws.
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
    static_assert(test::table_is_consistent<M>());
    static_assert(output_shape<M> == Shape::vector(1000) || output_shape<M> == Shape::vector(10));
    return true;
}

// Instantiates the check for every model; a failure names the model in its context line.
[[maybe_unused]] void check_the_zoo() {
    ctnn::detail::hana::for_each(models::zoo, [](auto model) {
        static_assert(agrees_with_its_source<typename decltype(model)::type>());
    });
}
static_assert(decltype(ctnn::detail::hana::length(models::zoo))::value == 32);
}  // namespace
