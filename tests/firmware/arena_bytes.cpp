// tests/firmware/arena_bytes.cpp: prints the firmware example's arena size and weight blob size
// as the host compiler computes them: arena_bytes<DsCnnSmall, std::int8_t> and ds_cnn_blob.bytes
// (examples/firmware/ds_cnn_s.hpp), one per line. tests/firmware/run.cmake compares them with the
// sizes of the `arena` and `weights` symbols in the Cortex-M4 build, where ctnn's checked arithmetic has no __int128 and takes its standard fallback: the
// host's counts and the target's arrays must agree to the byte.
#include <cstdint>
#include <iostream>

#include "ds_cnn_s.hpp"

int main() { std::cout << ctnn::arena_bytes<DsCnnSmall, std::int8_t> << '\n' << ds_cnn_blob.bytes << '\n'; }
