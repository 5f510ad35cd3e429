// Pad and Same both set the padding.
// fix: give each kind of option once (Pad or Same, not both).
// expect: an option of this kind is given twice
// expect: option_given_twice<ctnn::Conv<3, 3, 8, ctnn::Pad<1>, ctnn::Same>, ctnn::Pad<1> ?>
#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Net1 = Net<Input<8, 8, 3>, Conv<3, 3, 8, Same>>;
#else
using Net1 = Net<Input<8, 8, 3>, Conv<3, 3, 8, Pad<1>, Same>>;
#endif
static_assert(params<Net1> == 224);
