// A residual body that halves the map and doubles the channels, with an identity shortcut.
// fix: give the shortcut a projection with the body's stride and channels, e.g.
//  Shortcut<Conv<1, 1, C, Stride<S>, NoBias>, BatchNorm>.
// expect: Residual adds its body and its shortcut, whose output shapes differ
// expect: residual_paths_have_different_shapes<ctnn::at_layer<2>, ctnn::Residual<
// expect: body_output<ctnn::error::shape_hwc<28, 28, 128> ?>, ctnn::error::shortcut_output<ctnn::error::shape_hwc<56, 56, 64> ?>
#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
using Body = Sequential<Conv<3, 3, 128, Stride<2>, Pad<1>, NoBias>, BatchNorm, ReLU,
                        Conv<3, 3, 128, Pad<1>, NoBias>, BatchNorm>;
#ifdef CTNN_TWIN
using Block = Residual<Body, Shortcut<Conv<1, 1, 128, Stride<2>, NoBias>, BatchNorm>>;
#else
using Block = Residual<Body>;
#endif
using Net1 = Net<Input<56, 56, 64>, ReLU, Block>;
static_assert(params<Net1> > 0);
