// tests/firmware/arena_bytes.cpp: prints the firmware example's arena size as the host compiler
// computes it: peak_activation_bytes<DsCnnSmall, std::int8_t> (examples/firmware/ds_cnn_s.hpp).
// tests/firmware/run.cmake compares it with the size of the `arena` symbol in the Cortex-M4
// build, where ctnn's checked arithmetic has no __int128 and takes its standard fallback: the
// host's count and the target's array must agree to the byte.
#include <cstdint>
#include <iostream>

#include "ds_cnn_s.hpp"

int main() { std::cout << ctnn::peak_activation_bytes<DsCnnSmall, std::int8_t> << '\n'; }
