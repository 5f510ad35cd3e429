// Static tests of ctnn/layers/identity.hpp.
// The samples of this header's layers that tests/static/laws.cpp holds to the laws of every
// layer (collected by tests/CMakeLists.txt from the "// laws:" lines of tests/static/layers):
// laws: Identity
#include <ctnn/analysis.hpp>
#include <ctnn/layers/identity.hpp>

namespace {
using namespace ctnn;
// A view: the output is the input's buffer, no parameter, no operation, nothing stored.
static_assert(Identity::output_shape(Shape::hwc(7, 7, 3)) == Shape::hwc(7, 7, 3));
static_assert(detail::view_of<Identity>() && detail::in_place_of<Identity>());
using OnlyIdentity = Net<Input<7, 7, 3>, Identity>;
static_assert(params<OnlyIdentity> == 0 && activations<OnlyIdentity> == 7 * 7 * 3);
static_assert(ops<OnlyIdentity>.total() == 0 && peak_activations<OnlyIdentity> == 7 * 7 * 3);
}  // namespace
