// A negative padding (to crop, use a valid convolution or pooling instead).
// fix: padding is at least 0.
// expect: the padding must not be negative
// expect: padding_must_not_be_negative<ctnn::at_layer<1>, ctnn::Conv<3, 3, 8, ctnn::Pad<-1> ?>
// expect: padding_tblr<-1, -1, -1, -1>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<8, 8, 8>, Conv<3, 3, 8, Pad<1>>>;
#else
using Net1 = Net<Input<8, 8, 8>, Conv<3, 3, 8, Pad<-1>>>;
#endif
static_assert(params<Net1> > 0);
