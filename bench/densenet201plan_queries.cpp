// bench: DenseNet201 with every query of bench/densenet201_queries.cpp, and its arena plan: the
// difference with the densenet201 case is what the plan costs (the zoo's largest plan problem
// after ResNet-1001: 403 buffers, placed twice; see docs/performance.md).
#include "densenet201_queries.cpp"

static_assert(arena_bytes<N> == arena_plan<N>.lower_bound);
