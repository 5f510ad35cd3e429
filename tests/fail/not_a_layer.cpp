// A type in a network that is not a layer: it has a name but no output_shape.
// fix: give the type the missing member (see the layer protocol in ctnn/core/layer.hpp), or
//  remove it from the network.
// expect: this type is not a layer
// expect: not_a_layer<ctnn::at_layer<2>, Half, ctnn::error::missing_static_function_output_shape_taking_Shape ?>
#include <string_view>

#include <ctnn/analysis/params.hpp>
#include <ctnn/layers.hpp>
struct Half {
    static constexpr std::string_view name = "Half";
#ifdef CTNN_TWIN
    static constexpr ctnn::Shape output_shape(ctnn::Shape in) {
        return ctnn::Shape::hwc(in.h / 2, in.w / 2, in.c);
    }
#endif
};
using Net1 = ctnn::Net<ctnn::Input<8, 8, 3>, ctnn::ReLU, Half>;
static_assert(ctnn::params<Net1> == 0);
