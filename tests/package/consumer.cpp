// A program of a project that uses ctnn as a dependency (tests/package).
#include <iostream>

#include <ctnn/ctnn.hpp>

struct Tiny final : ctnn::Net<ctnn::Input<28, 28, 1>, ctnn::Conv<5, 5, 8>, ctnn::ReLU,
                              ctnn::MaxPool<2, 2>, ctnn::FC<10>> {};
static_assert(ctnn::params<Tiny> == (5 * 5 * 8 + 8) + (12 * 12 * 8 * 10 + 10));

int main() { std::cout << ctnn::version_string << ' ' << ctnn::params<Tiny> << '\n'; }
