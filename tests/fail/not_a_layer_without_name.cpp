// A type in a network that has an output_shape but no name.
// fix: give the layer a `static constexpr std::string_view name`.
// expect: this type is not a layer
// expect: not_a_layer<ctnn::at_layer<1>, Nameless, ctnn::error::missing_static_member_name ?>
#include <string_view>

#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
struct Nameless {
#ifdef CTNN_TWIN
    static constexpr std::string_view name = "Named";
#endif
    static constexpr ctnn::Shape output_shape(ctnn::Shape in) { return in; }
};
using Net1 = ctnn::Net<ctnn::Input<4, 4, 8>, Nameless>;
static_assert(ctnn::params<Net1> == 0);
