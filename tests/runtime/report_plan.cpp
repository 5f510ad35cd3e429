// Run-time tests of ctnn/report/plan.hpp: the plan planned at run time is the compile-time
// arena_plan, and the three plan formats print what it says.
#include <cstdint>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include <ctnn/ctnn.hpp>
#include <ctnn/report/plan.hpp>
#include <ctnn/models/resnet.hpp>

namespace {
using namespace ctnn;

/// A small network with a concatenation (its parts can be written into it in place), a
/// residual sum and BatchNorm statistics.
struct Tiny final : Net<Input<8, 8, 3>, Conv<3, 3, 4, Pad<1>, NoBias>, BatchNorm, ReLU,
                        Concat<Conv<1, 1, 4>, Sequential<Conv<3, 3, 2, Pad<1>>, ReLU>>,
                        Residual<Sequential<Conv<3, 3, 6, Pad<1>>, ReLU>>, GlobalAvgPool, FC<2>> {};

/// The same plan, buffer by buffer.
template <std::size_t R, std::size_t NB>
void check_same(const ArenaReport& run, const ArenaPlan<R, NB>& compiled) {
    CHECK(run.bytes == compiled.bytes);
    CHECK(run.lower_bound == compiled.lower_bound);
    CHECK(run.by_size_bytes == compiled.by_size_bytes);
    CHECK(run.strategy == compiled.strategy);
    CHECK(run.steps == compiled.steps);
    CHECK(run.valid);
    REQUIRE(run.buffers.size() == compiled.count);
    for (std::size_t b = 0; b < compiled.count; ++b) {
        CAPTURE(b);
        CHECK(run.buffers[b].offset == compiled.buffers[b].offset);
        CHECK(run.buffers[b].bytes == compiled.buffers[b].bytes);
        CHECK(run.buffers[b].first == compiled.buffers[b].first);
        CHECK(run.buffers[b].last == compiled.buffers[b].last);
        CHECK(run.buffers[b].within == compiled.buffers[b].within);
    }
    REQUIRE(run.row_buffer.size() == R);
    for (std::size_t r = 0; r < R; ++r) CHECK(run.row_buffer[r] == compiled.row_buffer[r]);
    // The peak step is where the bytes alive reach the bound, and no step has more.
    REQUIRE(run.alive.size() == run.steps + 2);
    CHECK(run.alive[run.peak_step] == run.lower_bound);
    for (std::uint64_t alive : run.alive) CHECK(alive <= run.lower_bound);
}

template <class N>
std::string plan_text(const ReportOptions& o = {}, const PlanOptions& p = {}) {
    std::ostringstream os;
    plan<N>(os, o, p);
    return os.str();
}
}  // namespace

TEST_CASE("the plan printed for ResNet-50 is the compile-time arena_plan") {
    using models::ResNet50;
    constexpr auto& compiled = arena_plan<ResNet50>;
    check_same(arena_report_of<ResNet50>(4), compiled);
    const std::string text = plan_text<ResNet50>();
    const std::string headline = text.substr(0, text.find('\n'));
    CHECK(headline.find("ResNet50 arena plan: float32 (4 bytes per value), alignment 16: arena " +
                        group_digits(compiled.bytes) + " bytes, lower bound " +
                        group_digits(compiled.lower_bound) + " (ratio 1.0000)") == 0);
    CHECK(text.find("\nArena:              " + group_digits(compiled.bytes) + "  ") !=
          std::string::npos);
    CHECK(text.find("\nLower bound:        " + group_digits(compiled.lower_bound) + "  ") !=
          std::string::npos);
}

TEST_CASE("the run-time plan is arena_plan for other element sizes and arenas") {
    check_same(arena_report_of<Tiny>(1), arena_plan<Tiny, std::int8_t>);
    constexpr Arena in_place{.alignment = 64, .concat_in_place = true};
    const ArenaReport run = arena_report_of<Tiny>(2, in_place);
    check_same(run, arena_plan<Tiny, std::int16_t, in_place>);
    bool part = false;  // the concatenation's parts are written into it
    for (const ArenaBuffer& b : run.buffers) part = part || b.within >= 0;
    CHECK(part);
    // A larger capacity (one planner for several networks, as report_main does) plans the same.
    check_same(arena_report_of<Tiny, rows<Tiny>.size() + 7>(2, in_place),
               arena_plan<Tiny, std::int16_t, in_place>);
}

TEST_CASE("plan text: one line per buffer, its rows, then the totals") {
    const std::string text = plan_text<Tiny>({.bytes_per_value = 1, .element = "int8"});
    CHECK(text.find("Tiny arena plan: int8 (1 byte per value), alignment 16: arena ") == 0);
    CHECK(text.find("\n0  0..1 ") != std::string::npos);  // the input's buffer
    CHECK(text.find("1 Conv 3x3/1 p1, 4, no bias; 2 BatchNorm; 3 ReLU") != std::string::npos);
    CHECK(text.find("\nSeparate buffers: ") != std::string::npos);
    CHECK(text.find("\nPeak step: ") != std::string::npos);
    const std::string in_place = plan_text<Tiny>({}, {.arena = {.concat_in_place = true}});
    CHECK(in_place.find(", concatenation in place: arena ") != std::string::npos);
    CHECK(in_place.find(" from channel 4] ") != std::string::npos);
}

TEST_CASE("plan SVG: one rectangle per buffer, texts escaped") {
    std::ostringstream os;
    plan_svg<Tiny>(os);
    const std::string svg = os.str();
    CHECK(svg.find("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "
                   "xmlns=\"http://www.w3.org/2000/svg\"") == 0);
    std::size_t rects = 0;
    for (std::size_t at = svg.find("<title>buffer "); at != std::string::npos;
         at = svg.find("<title>buffer ", at + 1))
        ++rects;
    CHECK(rects == arena_plan<Tiny>.count);
    CHECK(svg.find("peak: step ") != std::string::npos);
    CHECK(detail::xml_text("Repeat<2, A & B> \"x\"") == "Repeat&lt;2, A &amp; B&gt; &quot;x&quot;");
}

TEST_CASE("C header: prefixed names, offsets of the plan and of the weight blob") {
    std::ostringstream os;
    c_header<Tiny>(
        os, {.bytes_per_value = 1, .element = "int8"},
        {.weight_bytes = 1, .weight_element = "int8", .bias_bytes = 4, .bias_element = "int32"});
    const std::string h = os.str();
    // The value of a #define, as written ("" if there is none).
    const auto value = [&](const std::string& name) {
        const std::size_t at = h.find("\n#define " + name + " ");
        if (at == std::string::npos) return std::string();
        std::istringstream line(h.substr(at + 9 + name.size()));
        std::string v;
        line >> v;
        return v;
    };
    const auto defines = [&](const std::string& name, std::uint64_t v) {
        return value(name) == std::to_string(v) + "UL";
    };
    CHECK(h.find("#ifndef TINY_ARENA_PLAN_H\n#define TINY_ARENA_PLAN_H\n") != std::string::npos);
    CHECK(h.find("stdint.h") == std::string::npos);  // every value below 2^32
    CHECK(defines("TINY_ARENA_BYTES", arena_bytes<Tiny, std::int8_t>));
    CHECK(defines("TINY_LAYER_4_OUTPUT_OFFSET", arena_offset_at<Tiny, 4, std::int8_t>));
    constexpr auto& blob = weight_layout<Tiny, std::int8_t, std::int32_t>;
    CHECK(defines("TINY_WEIGHT_BLOB_BYTES", blob.bytes));
    CHECK(defines("TINY_WEIGHTS_1_OFFSET", blob.layers[1].weights.offset));
    CHECK(value("TINY_STATISTICS_0_OFFSET").empty());  // the first Conv has no statistics
    CHECK(defines("TINY_STATISTICS_1_OFFSET", blob.layers[1].statistics.offset));
    CHECK(h.find("TINY_BIASES_0_") == std::string::npos);  // Conv ... no bias
}

TEST_CASE("C header names: the id upper-cased, letters and digits only") {
    CHECK(detail::c_prefix("googlenet-aux", "GoogLeNet") == "GOOGLENET_AUX");
    CHECK(detail::c_prefix("", "ResNet50") == "RESNET50");
    CHECK(detail::c_prefix("3d-net", "") == "NET_3D_NET");
    CHECK(detail::c_comment("a */ b") == "a * / b");
}

TEST_CASE("ratios print with four decimals, rounded half up") {
    CHECK(detail::ratio4(1, 1) == "1.0000");
    CHECK(detail::ratio4(2, 3) == "0.6667");
    CHECK(detail::ratio4(19'999'999, 10'000'000) == "2.0000");
    CHECK(detail::ratio4(45'873'056, 7'225'344) == "6.3489");
}
