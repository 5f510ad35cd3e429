// bench: ResNet152 with every query of bench/resnet152_queries.cpp, and its arena plan (float
// and int8) and weight blob: the difference with the resnet152 case is what the plan costs on top
// of the analysis (see bench/run.sh and docs/performance.md).
#include "resnet152_queries.cpp"

static_assert(arena_bytes<N> == arena_plan<N>.lower_bound);
static_assert(arena_offset_at<N, 5> % 16 == 0);
static_assert(weight_blob_bytes<N, std::int8_t, std::int32_t> > params<N>);
