// A residual body of two layers written without Sequential: the second argument of Residual is
// the shortcut path, so ctnn asks for it to be written Shortcut<...>.
// fix: Residual<Sequential<Conv<...>, BatchNorm>> for a body of two layers, or
//  Residual<Body, Shortcut<...>> for a projection shortcut.
// expect: a second argument is the shortcut path and is written Shortcut<Layers...>
// expect: residual_takes_a_body_and_a_Shortcut<ctnn::Residual<ctnn::Conv<3, 3, 16, ctnn::Pad<1> ?>, ctnn::BatchNorm ?>, ctnn::error::second_argument<ctnn::BatchNorm ?> ?>
#include <ctnn/analysis.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
using Block = Residual<Sequential<Conv<3, 3, 16, Pad<1>>, BatchNorm>>;
#else
using Block = Residual<Conv<3, 3, 16, Pad<1>>, BatchNorm>;
#endif
using Net1 = Net<Input<8, 8, 16>, Block>;
static_assert(params<Net1> > 0);
