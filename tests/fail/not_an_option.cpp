// A layer's option list holding something that is not an option.
// fix: a layer's options are the option types of ctnn/layers/options.hpp (Stride, Pad, Same,
// Dilation, Groups, NoBias, ...; each layer takes those that apply).
// expect: this is not an option: a layer's options are the types of ctnn/layers/options.hpp
// expect: not_an_option<ctnn::Conv<3, 3, 8, ctnn::ReLU>, ctnn::ReLU>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<8, 8, 3>, Conv<3, 3, 8>, ReLU>;
#else
using Net1 = Net<Input<8, 8, 3>, Conv<3, 3, 8, ReLU>>;
#endif
static_assert(params<Net1> > 0);
