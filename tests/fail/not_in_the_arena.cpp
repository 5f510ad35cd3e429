// Where the input lives in an arena that leaves the input out (the caller's own buffer).
// fix: read the input from your own buffer, or plan with Arena{.input_in_arena = true} (the
//  default).
// expect: this layer's output is not in the arena
// expect: not_in_the_arena<Tiny, ctnn::layer_index<0>
#include <ctnn/analysis/arena.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
struct Tiny final : Net<Input<16, 16, 8>, Conv<1, 1, 4>> {};
#ifdef CTNN_TWIN
static_assert(arena_offset_at<Tiny, 1, float, Arena{.input_in_arena = false}> == 0);
#else
static_assert(arena_offset_at<Tiny, 0, float, Arena{.input_in_arena = false}> == 0);
#endif
