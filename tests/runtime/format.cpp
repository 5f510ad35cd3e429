// Run-time tests of ctnn/report/format.hpp.
#include <sstream>

#include <doctest/doctest.h>

#include <ctnn/report/format.hpp>

TEST_CASE("digits are grouped by three with commas, whatever the locale") {
    CHECK(ctnn::group_digits(0) == "0");
    CHECK(ctnn::group_digits(999) == "999");
    CHECK(ctnn::group_digits(1'000) == "1,000");
    CHECK(ctnn::group_digits(138'357'544) == "138,357,544");
    CHECK(ctnn::group_digits(18'446'744'073'709'551'615ULL) == "18,446,744,073,709,551,615");
}

TEST_CASE("shapes print as HxWxC or as a length") {
    std::ostringstream os;
    os << ctnn::Shape::hwc(224, 224, 3) << ' ' << ctnn::Shape::vector(4096);
    CHECK(os.str() == "224x224x3 4096");
    CHECK(ctnn::to_string(ctnn::Shape::hwc(7, 7, 512)) == "7x7x512");
}

TEST_CASE("memory sizes round half up to two decimals, in MB and MiB") {
    CHECK(ctnn::fixed2(60'950'432, 1'000'000) == "60.95");
    CHECK(ctnn::fixed2(553'430'176, 1u << 20) == "527.79");  // Keras' "527.79 MB" for VGG16
    CHECK(ctnn::fixed2(5'000, 1'000'000) == "0.01");
    CHECK(ctnn::fixed2(4'999, 1'000'000) == "0.00");
    CHECK(ctnn::fixed2(1'234'567'890'000, 1'000'000) == "1,234,567.89");
    // The division both fixed2 and the plan's ratios use: rounding up carries into the whole part.
    CHECK(ctnn::detail::decimal(19'999'999, 10'000'000, 4) == "2.0000");
    CHECK(ctnn::detail::decimal(2, 3, 1) == "0.7");
    CHECK(ctnn::detail::decimal(1'234'567, 1, 2) == "1,234,567.00");
    CHECK(ctnn::megabytes(553'430'176) == "553.43 MB (527.79 MiB)");
}
