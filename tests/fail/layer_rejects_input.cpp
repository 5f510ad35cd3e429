// A layer of one's own whose accepts() refuses the input: 2x2 space-to-depth on a 7x7 map.
// fix: give the layer an input it accepts (here an even H and W), or check its accepts().
// expect: the layer's accepts\(Shape\) rejected this input
// expect: layer_rejects_its_input<ctnn::at_layer<2>, SpaceToDepth, ctnn::error::input_hwc<7, 7, 8> ?>
#include <string_view>

#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>
struct SpaceToDepth {
    static constexpr std::string_view name = "SpaceToDepth";
    static constexpr bool accepts(ctnn::Shape in) { return !in.flat && in.h % 2 == 0 && in.w % 2 == 0; }
    static constexpr ctnn::Shape output_shape(ctnn::Shape in) {
        return ctnn::Shape::hwc(in.h / 2, in.w / 2, in.c * 4);
    }
};
#ifdef CTNN_TWIN
using Net1 = ctnn::Net<ctnn::Input<16, 16, 3>, ctnn::Conv<3, 3, 8>, SpaceToDepth>;
#else
using Net1 = ctnn::Net<ctnn::Input<9, 9, 3>, ctnn::Conv<3, 3, 8>, SpaceToDepth>;
#endif
static_assert(ctnn::output_shape<Net1>.c == 32);
