// Groups<0>.
// fix: a convolution has at least one group (Groups<1> is the default).
// expect: the number of groups must be at least 1
// expect: groups_must_be_positive<ctnn::at_layer<1>, ctnn::Conv<3, 3, 8, ctnn::Groups<0> ?>
#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<8, 8, 8>, Conv<3, 3, 8, Groups<1>>>;
#else
using Net1 = Net<Input<8, 8, 8>, Conv<3, 3, 8, Groups<0>>>;
#endif
static_assert(params<Net1> > 0);
