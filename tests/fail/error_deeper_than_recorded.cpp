// The same mistake twenty blocks deep, deeper than the 16 levels an error's position records:
// the error says so (deeper_inside<at_layer<...>>) and names the innermost block it knows.
// fix: pad the input or use a smaller kernel, wherever it is nested.
// expect: the kernel \(dilated: d\*\(k-1\)\+1\) is larger than the padded input
// expect: kernel_larger_than_padded_input<ctnn::deeper_inside<ctnn::at_layer<1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1> ?>, ctnn::Sequential<
// expect: input_hwc<4, 4, 8>, ctnn::error::padded_hw<4, 4>, ctnn::error::kernel_hw<5, 5>
#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Last = Conv<5, 5, 8, Pad<1>>;
#else
using Last = Conv<5, 5, 8>;
#endif
template <int Depth>
struct Nest {
    using type = Sequential<typename Nest<Depth - 1>::type>;
};
template <>
struct Nest<1> {
    using type = Sequential<ReLU, Last>;
};
using Deep = Net<Input<4, 4, 8>, Nest<20>::type>;
static_assert(params<Deep> > 0);
