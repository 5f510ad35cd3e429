// A kernel size written negative.
// fix: kernel sizes are at least 1.
// expect: the kernel size must be at least 1
// expect: kernel_must_be_positive<ctnn::at_layer<1>, ctnn::Conv<-3, 3, 8>,
// expect: kernel_hw<-3, 3>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<8, 8, 3>, Conv<3, 3, 8>>;
#else
using Net1 = Net<Input<8, 8, 3>, Conv<-3, 3, 8>>;
#endif
static_assert(params<Net1> > 0);
