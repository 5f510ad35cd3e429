// examples/report_main.cpp: ctnn-report's command line for your own networks (docs/reports.md).
//
//   ./report_main --list
//   ./report_main SmallNet --format csv --depth all --dtype int8
//
// Build it with the ctnn::cli component (CMake: target_link_libraries(app PRIVATE ctnn::cli),
// which needs CLI11; the header-only library itself does not).
#include <ctnn/cli/report_main.hpp>

using namespace ctnn;

struct SmallNet final : Net<Input<32, 32, 3>,
                            Conv<3, 3, 32, Pad<1>>, ReLU, MaxPool<2, 2>,
                            Conv<3, 3, 64, Pad<1>>, ReLU, MaxPool<2, 2>,
                            FC<128>, ReLU, FC<10>> {};

/// A residual classifier for 28x28 digits, named on the command line by its own id.
struct DigitNet final : Net<Input<28, 28, 1>, Conv<3, 3, 16, Pad<1>, NoBias>, BatchNorm, ReLU,
                            Residual<Sequential<Conv<3, 3, 16, Pad<1>, NoBias>, BatchNorm, ReLU,
                                                Conv<3, 3, 16, Pad<1>, NoBias>, BatchNorm>>,
                            ReLU, GlobalAvgPool, FC<10>> {
    static constexpr std::string_view id = "digits";
};

int main(int argc, char** argv) {
    return report_main<SmallNet, DigitNet>(argc, argv, {.program = "report_main"});
}
