// A planner bug, simulated: the placement that greedy by size chose for a chain, with every
// buffer moved to offset 0, goes through the plan's own check, which every arena_plan passes.
// fix: none on the user's side; this is ctnn's check of its own planner (report it).
// expect: ctnn internal error: the arena plan of this network puts two buffers
// expect: arena_plan_overlaps<Chain>
#include <ctnn/analysis/arena.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
struct Chain final : Net<Input<8, 8, 3>, Conv<3, 3, 16, Pad<1>>, Conv<3, 3, 16, Pad<1>>> {};
constexpr auto placement = [] {
    auto round = detail::round_of<Chain, 4, Arena{}, 0>::value;
#ifndef CTNN_TWIN
    for (auto& offset : round.offset) offset = 0;
#endif
    return round;
}();
constexpr auto plan = detail::finish_plan(detail::lifetimes<Chain>, detail::problem_of<Chain, 4, Arena{}>, placement,
                                          placement.bytes, 4, Arena{});
static_assert(detail::plan_checked<Chain, plan.valid>);
