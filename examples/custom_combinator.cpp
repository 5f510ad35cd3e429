// examples/custom_combinator.cpp: a block ctnn does not have, written with the block protocol
// (ctnn/core/block.hpp) and nothing else: ResNeXt's aggregated transformations (Xie et al.,
// "Aggregated Residual Transformations for Deep Neural Networks", CVPR 2017, Fig. 3a),
//     y = x + sum over i = 1..C of T_i(x),
// C parallel paths of the same shape added to the input. Every report and diagram shows the
// block with its own name and kind ("sum"), with no edit to ctnn.
#include <cstddef>
#include <iostream>
#include <string_view>
#include <utility>

#include <ctnn/ctnn.hpp>

/// Sum<Paths...>: every path reads the block's input and their outputs are added element by
/// element (each path must give the same shape; a compile error names the first that does
/// not). The paths run one after the other and each output is added into a running sum as soon
/// as it exists, so at most two path outputs are alive at once. Output: the paths' shape.
/// Parameters: the paths'. Operations: one addition per value for each path after the first.
template <class... Paths>
struct Sum {
    static_assert(sizeof...(Paths) >= 1, "Sum needs at least one path");
    using block_type = Sum;
    static constexpr std::string_view block_name = "Sum";
    static constexpr ctnn::RowKind kind{.name = "sum", .flow = ctnn::Flow::parallel, .join = "+"};
    using children = ctnn::children<Paths...>;

    template <class Visit>
    static constexpr ctnn::Tensor visit(Visit& v, const ctnn::Tensor& x) noexcept {
        constexpr int paths = static_cast<int>(sizeof...(Paths));
        // Only the last path may take over x: the others leave it for the next.
        ctnn::Tensor sum = v.child(1, paths == 1 ? x : x.borrowed());
        for (int j = 2; j <= paths && !v.failed(); ++j) {
            const ctnn::Tensor t = v.child(j, j == paths ? x : x.borrowed());
            if (v.failed()) break;
            if (t.shape != sum.shape)
                return v.fail(ctnn::issue<ctnn::error::joined_paths_differ_in_shape>(
                    ctnn::number<ctnn::error::first_branch_output>(sum.shape),
                    ctnn::number<ctnn::error::branch>(j),
                    ctnn::number<ctnn::error::branch_output>(t.shape)));
            sum = v.join(sum.shape, {sum, t}, ctnn::Join::into_input,
                         ctnn::Ops{.elementwise = sum.shape.size()});
        }
        return sum;
    }
};

using namespace ctnn;

// One path of ResNeXt-50 (32x4d)'s first stage: 1x1 from 256 to d = 4 channels, 3x3 on 4, 1x1
// back to 256 (the paper's form (a); no biases and no BatchNorm in its parameter count).
struct Path final : Sequential<Conv<1, 1, 4, NoBias>, ReLU, Conv<3, 3, 4, Pad<1>, NoBias>, ReLU,
                               Conv<1, 1, 256, NoBias>> {};

template <class T, std::size_t>
using same = T;
template <std::size_t... I>
Sum<Identity, same<Path, I>...> aggregate(std::index_sequence<I...>);

/// The block with cardinality C = 32: the identity and 32 paths.
struct Aggregated final : decltype(aggregate(std::make_index_sequence<32>{})) {};
struct Block final : Net<Input<56, 56, 256>, Aggregated, ReLU> {};

// Xie et al., Sec. 3.3: the block has C * (256*d + 3*3*d*d + d*256) parameters, about 70k for
// C = 32 and d = 4, as many as the ResNet bottleneck it replaces (256*64 + 3*3*64*64 + 64*256).
static_assert(params<Block> == 32 * (256 * 4 + 3 * 3 * 4 * 4 + 4 * 256));
static_assert(params<Block> == 70'144);
static_assert(params<Net<Input<56, 56, 256>, Conv<1, 1, 64, NoBias>, Conv<3, 3, 64, Pad<1>, NoBias>,
                         Conv<1, 1, 256, NoBias>>> == 69'632);
static_assert(output_shape<Block> == Shape::hwc(56, 56, 256));
// The sum is 32 additions of a 56x56x256 map into the running sum.
static_assert(ops<Block>.elementwise == 32 * 56 * 56 * 256);

// A small one, to print: the identity and two paths.
struct Pair final : Sum<Identity, Path, Path> {};
struct Small final : Net<Input<8, 8, 256>, Pair, ReLU> {};

int main() {
    summary<Small>(std::cout);
    std::cout << '\n';
    csv<Small>(std::cout, {.depth = 1, .columns = {.activations = false, .weights = false,
                                                   .biases = false, .live = false, .field = false}});
    std::cout << '\n';
    dot<Small>(std::cout, {.depth = 1});
}
