// examples/firmware/main.cpp: a Cortex-M4 program whose activation arena is sized by ctnn.
//
// Built and linked with Debian's gcc-arm-none-eabi and newlib-nano (tests/firmware/run.cmake
// runs exactly this, adding warnings as errors):
//   arm-none-eabi-g++ -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16 -std=c++20
//       -O2 -fno-exceptions -fno-rtti --specs=nano.specs --specs=nosys.specs
//       -I include examples/firmware/main.cpp -o firmware.elf
// newlib's start-up code (crt0) zeroes .bss and calls main, and nosys.specs stubs the system
// calls, so the program needs no vector table or Reset_Handler of its own to link; a board
// adds its own start-up file and linker script. No exceptions, no RTTI, no heap, no printing.
//
// The arena is static and zero-initialized, so it lives in .bss: RAM that the start-up code
// clears, taking no flash. tests/firmware checks in the linked ELF that the symbol `arena` is
// in .bss with exactly peak_activation_bytes<DsCnnSmall, std::int8_t> bytes (16,000).
#include <cstddef>
#include <cstdint>

#include "ds_cnn_s.hpp"

// 16-byte aligned, as TensorFlow Lite Micro aligns the buffers of its arena
// (MicroArenaBufferAlignment() in tensorflow/lite/micro/micro_arena_constants.h: 16).
alignas(16) static std::byte arena[ctnn::peak_activation_bytes<DsCnnSmall, std::int8_t>];

int main() {
    // Where the inference would run. The empty asm takes the arena's address and may touch
    // any memory, so the compiler keeps the arena and cannot assume what it holds.
    std::byte* memory = arena;
    asm volatile("" : : "r"(memory) : "memory");
    return static_cast<int>(memory[0]);  // 0: .bss starts zeroed
}
