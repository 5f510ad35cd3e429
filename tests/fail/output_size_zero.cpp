// A layer of one's own that halves the map without checking it: on a 1x1 map it gives 0x0.
// fix: give the layer an accepts() or check() for the inputs it cannot take, or feed it a
//  larger map.
// expect: the layer's output_shape gives an empty tensor
// expect: layer_output_has_a_zero_dimension<ctnn::at_layer<3>, Halve, ctnn::error::input_hwc<1, 1, 8>, ctnn::error::output<ctnn::error::shape_hwc<0, 0, 8> ?> ?>
#include <string_view>

#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
struct Halve {
    static constexpr std::string_view name = "Halve";
    static constexpr ctnn::Shape output_shape(ctnn::Shape in) {
        return ctnn::Shape::hwc(in.h / 2, in.w / 2, in.c);
    }
};
#ifdef CTNN_TWIN
using Net1 = ctnn::Net<ctnn::Input<4, 4, 8>, Halve, Halve>;
#else
using Net1 = ctnn::Net<ctnn::Input<4, 4, 8>, Halve, Halve, Halve>;
#endif
static_assert(ctnn::output_shape<Net1>.c == 8);
