// A program of a project that uses ctnn's cli component (tests/package): ctnn-report's command
// line for its own network.
#include <ctnn/cli/report_main.hpp>

struct Tiny final : ctnn::Net<ctnn::Input<28, 28, 1>, ctnn::Conv<5, 5, 8>, ctnn::ReLU,
                              ctnn::MaxPool<2, 2>, ctnn::FC<10>> {};

int main(int argc, char** argv) { return ctnn::report_main<Tiny>(argc, argv, {.program = "tiny"}); }
