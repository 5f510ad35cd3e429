// examples/reports.cpp: every report format, and the options they share (docs/reports.md).
#include <iostream>
#include <string>

#include <ctnn/ctnn.hpp>

using namespace ctnn;

struct Tiny final : Net<Input<8, 8, 3>,
                        Conv<3, 3, 4, Pad<1>, NoBias>, BatchNorm, ReLU,
                        Residual<Sequential<Conv<3, 3, 4, Pad<1>>, ReLU>>,
                        GlobalAvgPool, FC<2>> {};

int main() {
    std::cout << "== table<Tiny>(std::cout): every row, ASCII, float32\n";
    table<Tiny>(std::cout);

    std::cout << "\n== box style, blocks collapsed, int8, four columns\n";
    table<Tiny>(std::cout, {.depth = 0,
                            .columns = {.activations = false, .weights = false,
                                        .biases = false, .non_trainable = false,
                                        .live = false},
                            .style = TableStyle::box,
                            .bytes_per_value = 1,
                            .element = "int8"});

    std::cout << "\n== markdown<Tiny>(std::cout, {.depth = 0})\n";
    markdown<Tiny>(std::cout, {.depth = 0});

    // The run-time form: a Report (the rows and totals) and write_<format>, as ctnn-report uses.
    std::cout << "\n== write_csv(std::cout, report_of<Tiny>(), {.depth = 0})\n";
    const Report report = report_of<Tiny>();
    write_csv(std::cout, report, {.depth = 0});

    std::cout << "\n== dot<Tiny>(std::cout)\n";
    dot<Tiny>(std::cout);

    // Each format also comes as a string: table_string, summary_string, markdown_string, ...
    // (JSON, in full: tests/expected/reports/<model>.json.)
    const std::string text = json_string<Tiny>({.depth = 0});
    std::cout << "\n== json_string<Tiny>({.depth = 0}), its first lines\n"
              << text.substr(0, text.find("\n  \"network\"")) << '\n';
}
