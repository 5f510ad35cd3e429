// An expectation on a count that does not hold: expect<> shows what ctnn computed and what was
// expected, where a plain static_assert(params<N> == 545'099) shows neither number on clang 14.
// fix: correct the expected figure, or the network (the computed value is in computed<...>).
// expect: expect<A, B>: the value ctnn computed \(computed<...>\) is not the one expected
// expect: expectation_failed<ctnn::error::computed<ctnn::error::count<545098> ?>, ctnn::error::expected<ctnn::error::count<545099> ?> ?>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
struct SmallNet final : Net<Input<32, 32, 3>,
                            Conv<3, 3, 32, Pad<1>>, ReLU, MaxPool<2, 2>,
                            Conv<3, 3, 64, Pad<1>>, ReLU, MaxPool<2, 2>,
                            FC<128>, ReLU, FC<10>> {};
#ifdef CTNN_TWIN
static_assert(expect<params<SmallNet>, 545'098>);
#else
static_assert(expect<params<SmallNet>, 545'099>);
#endif
