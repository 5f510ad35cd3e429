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
// clears, taking no flash. Its size is ctnn's plan, arena_bytes<DsCnnSmall, std::int8_t>
// (16,000), and each layer writes at its planned offset. The weight blob is constant, so it
// lives in .rodata (flash); its size and each tensor's offset are weight_layout's (35,984
// bytes). tests/firmware checks both symbols' sections and sizes in the linked ELF.
#include <cstddef>
#include <cstdint>
#include <utility>

#include "ds_cnn_s.hpp"

// 16-byte aligned, as TensorFlow Lite Micro aligns the buffers of its arena
// (MicroArenaBufferAlignment() in tensorflow/lite/micro/micro_arena_constants.h: 16).
alignas(16) static std::byte arena[ctnn::arena_bytes<DsCnnSmall, std::int8_t>];

// The exported weights would fill it (a converter writes them in weight_layout's order); zeros
// stand in for them here.
alignas(16) extern const std::byte weights[ds_cnn_blob.bytes];
alignas(16) const std::byte weights[ds_cnn_blob.bytes] = {};

// Layer k of the blob: its kernel at a constant offset in the blob, its output at a constant
// offset in the arena (both known to the compiler: no table of offsets goes into the program).
template <std::size_t K>
void run_layer() {
    constexpr ctnn::LayerWeights layer = ds_cnn_blob.layers[K];
    constexpr std::uint64_t output = ds_cnn_plan.buffer_of(layer.row).offset;
    // Where the layer would run. The empty asm takes the addresses and may touch any memory, so
    // the compiler keeps both arrays and cannot assume what they hold.
    asm volatile("" : : "r"(weights + layer.weights.offset), "r"(arena + output) : "memory");
}

template <std::size_t... K>
void run_layers(std::index_sequence<K...>) {
    (run_layer<K>(), ...);
}

int main() {
    run_layers(std::make_index_sequence<ds_cnn_blob.count>{});
    return static_cast<int>(arena[0]);  // 0: .bss starts zeroed
}
