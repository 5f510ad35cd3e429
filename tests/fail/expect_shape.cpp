// An expectation on a shape that does not hold: GlobalAvgPool gives a flat vector, where
// PyTorch's AdaptiveAvgPool2d(1) keeps a 1 x 1 map. expect<> shows both shapes, where a plain
// static_assert(output_shape<N> == Shape::hwc(1, 1, 512)) shows neither on either compiler.
// fix: expect Shape::vector(512), or pool with AdaptiveAvgPool<1> for a 1 x 1 x 512 map.
// expect: expect<A, B>: the value ctnn computed \(computed<...>\) is not the one expected
// expect: expectation_failed<ctnn::error::computed<ctnn::error::shape_vector<512> ?>, ctnn::error::expected<ctnn::error::shape_hwc<1, 1, 512> ?> ?>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
using Head = Net<Input<7, 7, 512>, GlobalAvgPool>;
#ifdef CTNN_TWIN
static_assert(expect<output_shape<Head>, Shape::vector(512)>);
#else
static_assert(expect<output_shape<Head>, Shape::hwc(1, 1, 512)>);
#endif
