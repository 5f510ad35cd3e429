// tests/runtime/executor.cpp: proof by execution of the arena plan (analysis/arena.hpp).
//
// Three networks run in the reference executor (executor.hpp) with the same input and weights:
// once with every tensor in a vector of its own (the reference), then inside one arena laid out
// by arena_plan<N> (all three) and by arena_plan<N, float, Arena{.concat_in_place = true}> (the
// two with concatenations). Each planned run must give the reference's output bit for bit, and
// each plan must hold its own claims: valid, at least its lower bound, aligned, every buffer in
// the arena, and no two buffers alive at one step sharing a byte (checked here from the
// published buffers alone). Then a plan spoiled on purpose (a buffer moved onto one it
// conflicts with) must be seen to clash and must give a different output: the comparison can
// fail.
//
// The networks, small enough to run in milliseconds:
//   MobileNetV2Like   32x32x3: stem conv/2 + BN + ReLU6; inverted residuals (1x1 expand, 3x3
//                     depthwise, 1x1 project), with Residual where the shape is kept, stride 2
//                     twice (once with Same); global pooling, Flatten, Dropout, FC to 10.
//   DenseBlockNet     16x16x3: a stem conv, a dense block of 4 layers (each
//                     BN-ReLU-Conv1x1-BN-ReLU-Conv3x3, concatenated with its input), a
//                     transition (BN-ReLU-Conv1x1-AvgPool), Flatten, FC to 10.
//   SmallUNet         32x32x3: two levels down (MaxPool) around a bottom with dilation and
//                     groups; each level's skip is concatenated with the upsampled level below,
//                     the outer one spanning the whole network; a final 1x1 conv to 2 classes.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include <ctnn/ctnn.hpp>

#include "executor.hpp"

namespace {

using namespace ctnn;

// ---- MobileNetV2-like ----------------------------------------------------------------------

/// MobileNetV2's inverted residual body: 1x1 expansion to E channels, a 3x3 depthwise
/// convolution (with DepthwiseOptions: stride and padding), a 1x1 projection to Out; BatchNorm
/// after each, ReLU6 after the first two.
template <int E, int Out, class... DepthwiseOptions>
struct InvertedResidual final
    : Sequential<Conv<1, 1, E, NoBias>, BatchNorm, ReLU6, DepthwiseConv<3, 3, DepthwiseOptions..., NoBias>,
                 BatchNorm, ReLU6, Conv<1, 1, Out, NoBias>, BatchNorm> {};

struct MobileNetV2Like final
    : Net<Input<32, 32, 3>,
          Conv<3, 3, 16, Stride<2>, Pad<1>, NoBias>, BatchNorm, ReLU6,                        // 16x16x16
          Sequential<DepthwiseConv<3, 3, Pad<1>, NoBias>, BatchNorm, ReLU6, Conv<1, 1, 8, NoBias>,
                     BatchNorm>,                                                             // 16x16x8
          InvertedResidual<48, 16, Stride<2>, Same>,                                          // 8x8x16
          Repeat<2, Residual<InvertedResidual<96, 16, Pad<1>>>>,                              // 8x8x16
          InvertedResidual<96, 24, Stride<2>, Pad<1>>,                                        // 4x4x24
          Residual<InvertedResidual<144, 24, Pad<1>>>,                                        // 4x4x24
          Conv<1, 1, 64, NoBias>, BatchNorm, ReLU6, GlobalAvgPool, Flatten, Dropout, FC<10>> {};

// ---- DenseNet dense block ------------------------------------------------------------------

/// A dense layer of growth rate K: its input, and K channels computed from it, side by side.
template <int K>
struct DenseLayer final
    : Concat<Identity, Sequential<BatchNorm, ReLU, Conv<1, 1, 4 * K, NoBias>, BatchNorm, ReLU,
                                  Conv<3, 3, K, Pad<1>, NoBias>>> {};

/// DenseNet's transition to C channels at half the height and width.
template <int C>
struct Transition final : Sequential<BatchNorm, ReLU, Conv<1, 1, C, NoBias>, AvgPool<2, 2>> {};

struct DenseBlockNet final
    : Net<Input<16, 16, 3>, Conv<3, 3, 16, Pad<1>, NoBias>, Repeat<4, DenseLayer<8>>,  // 16x16x48
          Transition<24>, Flatten, FC<10>> {};                                      // 8x8x24

// ---- U-Net ---------------------------------------------------------------------------------

/// Two 3x3 convolutions (padding 1) to F channels, each followed by ReLU.
template <int F, class... Options>
struct DoubleConv final : Sequential<Conv<3, 3, F, Pad<1>, Options...>, ReLU, Conv<3, 3, F, Pad<1>, Options...>, ReLU> {};

/// A level of the U with F channels around `Inner`: its convolutions; its map (the skip)
/// concatenated with the level below (pooled, Inner, upsampled, convolved back to F channels);
/// convolutions on the 2F channels.
template <int F, class Inner>
struct Level final
    : Sequential<DoubleConv<F>,
                 Concat<Identity, Sequential<MaxPool<2, 2>, Inner, Upsample<2>, Conv<3, 3, F, Pad<1>>, ReLU>>,
                 DoubleConv<F>> {};

/// The bottom of the U at 8x8: a dilated 3x3 convolution, BatchNorm, ReLU, a grouped 3x3
/// convolution (4 groups), ReLU.
struct Bottom final
    : Sequential<Conv<3, 3, 32, Pad<2>, Dilation<2>>, BatchNorm, ReLU, Conv<3, 3, 32, Pad<1>, Groups<4>>, ReLU> {};

struct SmallUNet final : Net<Input<32, 32, 3>, Level<8, Level<16, Bottom>>, Conv<1, 1, 2>> {};

/// The Arena whose plans write each part of a concatenation straight into it.
inline constexpr Arena concat_in_place{.concat_in_place = true};

// ---- checks --------------------------------------------------------------------------------

/// Whether two outputs are the same floats, bit for bit.
bool identical(const std::vector<float>& a, const std::vector<float>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

/// The first two buffers that are alive at one step and share a byte, as text ("" when there
/// are none). A part of a concatenation (within >= 0) occupies its concatenation's whole buffer
/// over the part's own steps; buffers of one concatenation are not compared with each other
/// (its parts share it by design: the execution checks them). This reads only the published
/// buffers, not the planner's own bookkeeping.
template <class Plan>
std::string first_clash(const Plan& plan) {
    const auto home = [&](std::size_t i) {
        return plan.buffers[i].within >= 0 ? static_cast<std::size_t>(plan.buffers[i].within) : i;
    };
    for (std::size_t i = 0; i < plan.count; ++i)
        for (std::size_t j = i + 1; j < plan.count; ++j) {
            const ArenaBuffer &x = plan.buffers[i], &y = plan.buffers[j];
            const ArenaBuffer &hx = plan.buffers[home(i)], &hy = plan.buffers[home(j)];
            const bool together = std::max(x.first, y.first) <= std::min(x.last, y.last);
            const bool shared = hx.offset < hy.offset + hy.bytes && hy.offset < hx.offset + hx.bytes;
            if (home(i) != home(j) && together && shared)
                return "buffer " + std::to_string(i) + " (steps " + std::to_string(x.first) + "-" +
                       std::to_string(x.last) + ", bytes " + std::to_string(hx.offset) + "-" +
                       std::to_string(hx.offset + hx.bytes) + ") and buffer " + std::to_string(j) + " (steps " +
                       std::to_string(y.first) + "-" + std::to_string(y.last) + ", bytes " +
                       std::to_string(hy.offset) + "-" + std::to_string(hy.offset + hy.bytes) + ")";
        }
    return "";
}

/// The plan's own claims: valid, no smaller than its bound, every offset aligned, every buffer
/// inside the arena (a part of a concatenation inside that concatenation's channels), no two
/// buffers alive together sharing a byte.
template <class N, class Plan>
void check_basics(const Plan& plan, const Arena& arena) {
    const auto& rows = ctnn::rows<N>;
    CHECK(plan.valid);
    CHECK(plan.bytes >= plan.lower_bound);
    CHECK(plan.count > 0);
    std::uint64_t separate = 0;
    for (std::size_t i = 0; i < plan.count; ++i) {
        const ArenaBuffer& b = plan.buffers[i];
        INFO("buffer ", i, " written by row ", b.row);
        const Shape& s = rows[b.row].output;
        CHECK(b.in_arena);
        CHECK(b.offset % arena.alignment == 0);
        CHECK(b.bytes == s.size() * sizeof(float));
        CHECK(b.first <= b.last);
        if (b.within < 0) {
            CHECK(b.offset + b.bytes <= plan.bytes);
        } else {
            const ArenaBuffer& whole = plan.buffers[static_cast<std::size_t>(b.within)];
            const Shape& w = rows[whole.row].output;
            CHECK(whole.within < 0);
            CHECK(b.offset == whole.offset);
            CHECK((s.h == w.h && s.w == w.w));
            CHECK(b.channel_offset + s.c <= w.c);
            CHECK(whole.offset + whole.bytes <= plan.bytes);
        }
        separate += b.bytes;
    }
    // One arena is never larger than every buffer allocated apart.
    CHECK(plan.bytes <= separate);
    // Every row's output is in a buffer of the plan.
    for (std::size_t r = 0; r < rows.size(); ++r) {
        CHECK(plan.row_buffer[r] >= 0);
        CHECK(static_cast<std::size_t>(plan.row_buffer[r]) < plan.count);
    }
    CHECK(first_clash(plan) == "");
}

/// N's output computed with every tensor apart: finite values, no concatenation in place.
template <class N>
std::vector<float> reference_output() {
    const executor::Result reference = executor::execute_separately<N>();
    REQUIRE(!reference.output.empty());
    for (const float v : reference.output) CHECK(std::isfinite(v));
    CHECK(reference.parts_in_place == 0);
    return reference.output;
}

/// N runs inside arena_plan<N> exactly as in separate buffers.
template <class N>
void check_planned_run() {
    const std::vector<float> reference = reference_output<N>();
    constexpr auto& plan = arena_plan<N>;
    check_basics<N>(plan, Arena{});
    const executor::Result planned = executor::execute_in_arena<N>(plan);
    CHECK(identical(planned.output, reference));
    CHECK(planned.parts_in_place == 0);
}

/// N runs inside arena_plan<N, float, Arena{.concat_in_place = true}> exactly as in separate
/// buffers, and its concatenations find their parts already in place (copy nothing) when the
/// plan put any there.
template <class N>
void check_concat_in_place_run() {
    const std::vector<float> reference = reference_output<N>();
    constexpr auto& plan = arena_plan<N, float, concat_in_place>;
    check_basics<N>(plan, concat_in_place);
    std::size_t parts = 0;
    for (std::size_t i = 0; i < plan.count; ++i) parts += plan.buffers[i].within >= 0 ? 1 : 0;
    CHECK(parts > 0);
    const executor::Result joined = executor::execute_in_arena<N>(plan);
    CHECK(identical(joined.output, reference));
    CHECK(joined.parts_in_place > 0);
}

/// A copy of N's plan with two buffers that conflict made to overlap: one, B, is written while
/// the other, A, is still to be read (A.first < B.first < A.last), and the smaller of the two
/// is moved onto the larger. Whichever is moved, B's values overwrite A's before A's last
/// read, so the output must differ from the reference.
template <class N>
void check_spoiled_plan() {
    const std::vector<float> reference = reference_output<N>();
    auto plan = arena_plan<N>;  // a plain value: free to modify
    std::size_t a = plan.count, b = plan.count;
    for (std::size_t i = 0; i < plan.count && a == plan.count; ++i)
        for (std::size_t j = 0; j < plan.count; ++j) {
            const ArenaBuffer &x = plan.buffers[i], &y = plan.buffers[j];
            if (x.first < y.first && y.first < x.last && x.within < 0 && y.within < 0) {
                a = i, b = j;
                break;
            }
        }
    REQUIRE(a < plan.count);
    ArenaBuffer &x = plan.buffers[a], &y = plan.buffers[b];
    INFO("buffer ", a, " (steps ", x.first, "-", x.last, ", ", x.bytes, " bytes) and buffer ", b, " (steps ",
         y.first, "-", y.last, ", ", y.bytes, " bytes)");
    CHECK(x.offset != y.offset);
    if (y.bytes <= x.bytes) y.offset = x.offset;
    else x.offset = y.offset;
    CHECK(first_clash(plan) != "");
    const executor::Result spoiled = executor::execute_in_arena<N>(plan);
    CHECK_FALSE(identical(spoiled.output, reference));
}

}  // namespace

TEST_CASE("execution of a MobileNetV2-like network in its arena gives the output of separate buffers") {
    check_planned_run<MobileNetV2Like>();
}
TEST_CASE("execution of a DenseNet dense block in its arena gives the output of separate buffers") {
    check_planned_run<DenseBlockNet>();
}
TEST_CASE("execution of a small U-Net in its arena gives the output of separate buffers") {
    check_planned_run<SmallUNet>();
}

TEST_CASE("execution of a DenseNet dense block with concatenations in place gives the output of separate buffers") {
    check_concat_in_place_run<DenseBlockNet>();
}
TEST_CASE("execution of a small U-Net with concatenations in place gives the output of separate buffers") {
    check_concat_in_place_run<SmallUNet>();
}

TEST_CASE("execution in a plan with two conflicting buffers overlapped changes the output") {
    SUBCASE("MobileNetV2-like") { check_spoiled_plan<MobileNetV2Like>(); }
    SUBCASE("dense block") { check_spoiled_plan<DenseBlockNet>(); }
    SUBCASE("U-Net") { check_spoiled_plan<SmallUNet>(); }
}
