// Dilation<0>.
// fix: dilation is at least 1 (1 is the default: no spacing).
// expect: the dilation must be at least 1
// expect: dilation_must_be_positive<ctnn::at_layer<1>, ctnn::Conv<3, 3, 8, ctnn::Dilation<0> ?>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<8, 8, 8>, Conv<3, 3, 8, Dilation<1>>>;
#else
using Net1 = Net<Input<8, 8, 8>, Conv<3, 3, 8, Dilation<0>>>;
#endif
static_assert(params<Net1> > 0);
