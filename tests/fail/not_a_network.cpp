// A network whose Net<...> does not compile (an option written before the kernel sizes): the
// compiler reports the mistake, and each query and report of the type then adds one ctnn error,
// not a screen of unsatisfied constraints.
// fix: the sizes first, then the options: Conv<3, 3, 64, Pad<1>>.
// expect: queries take a Net<Input<...>, ...> or a type derived from one
// expect: not_a_network<Small>
// reject: does not satisfy
// reject: constraints not satisfied
#include <iostream>

#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_TWIN
struct Small final : Net<Input<32, 32, 3>, Conv<3, 3, 64, Pad<1>>, ReLU> {};
#else
struct Small final : Net<Input<32, 32, 3>, Conv<Pad<1>, 3, 3, 64>, ReLU> {};
#endif
static_assert(params<Small> > 0);
int main() { summary<Small>(std::cout); }
