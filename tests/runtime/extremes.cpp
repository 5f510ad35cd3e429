// Run-time tests of the reports at the extremes: 20-digit counts, long names, deep nesting.
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include <ctnn/ctnn.hpp>

namespace {
// A layer with a long name, to check that columns widen rather than truncate.
struct AVeryLongLayerNameThatNoFrameworkWouldEverPrintInFull {
    static constexpr std::string_view name =
        "A very long layer name that no framework would ever print in full, and yet";
    static constexpr ctnn::Shape output_shape(ctnn::Shape in) { return in; }
};

// 4 * (2^31 - 1)^2 = 18,446,744,056,529,682,436 weights: 20 digits, just below 2^64.
using Huge = ctnn::Net<ctnn::Input<2147483647, 2147483647, 1>, ctnn::FC<4, ctnn::NoBias>>;
static_assert(ctnn::params<Huge> == 18'446'744'056'529'682'436ULL);

struct DeepNames final
    : ctnn::Net<ctnn::Input<4, 4, 2>,
                ctnn::Sequential<ctnn::Sequential<ctnn::Sequential<
                    ctnn::Sequential<AVeryLongLayerNameThatNoFrameworkWouldEverPrintInFull>>>>,
                ctnn::ReLU> {};

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// The table's lines between its two rules all have the rules' width: nothing misaligned.
void check_aligned(const std::string& table) {
    const auto lines = lines_of(table);
    REQUIRE(lines.size() > 4);
    const std::size_t width = lines[1].size();
    CHECK(lines[1] == std::string(width, '='));
    std::size_t i = 2;
    for (; i < lines.size() && lines[i] != std::string(width, '='); ++i) {
        INFO("line " << i << ": " << lines[i]);
        CHECK(lines[i].size() <= width);
        if (lines[i] != std::string(width, '-')) CHECK(lines[i].size() + 16 >= width);
    }
    CHECK(i < lines.size());  // the closing rule
}
}  // namespace

TEST_CASE("20-digit counts are printed whole, with their digits grouped") {
    const std::string s = ctnn::summary_string<Huge>();
    CHECK(s.find("18,446,744,056,529,682,436") != std::string::npos);
    CHECK(s.find("4,611,686,014,132,420,609") != std::string::npos);  // the input's values
    // Its bytes as float32 do not fit in 64 bits: said, not wrapped.
    CHECK(s.find("more than 2^64 bytes") != std::string::npos);
    check_aligned(s);
}

TEST_CASE("long layer names and deep nesting widen the columns without truncating") {
    const std::string s = ctnn::summary_string<DeepNames>();
    CHECK(s.find(std::string(AVeryLongLayerNameThatNoFrameworkWouldEverPrintInFull::name)) !=
          std::string::npos);
    CHECK(s.find("1.1.1.1.1") != std::string::npos);
    check_aligned(s);
    check_aligned(ctnn::summary_string<DeepNames>(1));
}
