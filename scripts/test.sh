#!/usr/bin/env bash
# scripts/test.sh: builds everything and runs every test, with g++ and with clang++, warnings as
# errors (-Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror). On a fresh Debian machine it
# first installs the missing packages (see scripts/setup.sh; the tests against PyTorch need
# Debian's python3-torch and python3-torchvision; the diagrams test needs graphviz, the
# pkg-config consumer test pkgconf; ctnn-import and its tests libonnx-dev, libprotobuf-dev,
# protobuf-compiler, libcli11-dev, libonnx-testdata and python3-onnx; the Cortex-M4 firmware
# test gcc-arm-none-eabi, libnewlib-arm-none-eabi and libstdc++-arm-none-eabi-newlib). Exit
# status 0 only if both compilers pass.
set -euo pipefail
CTNN_EXTRA_PACKAGES="python3 python3-torch python3-torchvision graphviz pkgconf libonnx-dev libprotobuf-dev protobuf-compiler libcli11-dev libonnx-testdata python3-onnx gcc-arm-none-eabi libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib" \
    source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ctnn_root"
jobs=$(nproc 2>/dev/null || echo 2)
status=0
for compiler in g++ clang++; do
    dir="build/test-$compiler"
    echo "==== $compiler ($("$compiler" --version | head -n 1))"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_BUILD_TYPE=Debug \
          -DCTNN_ONNX_CACHE="$ctnn_root/build/onnx-cache" > /dev/null
    if ! cmake --build "$dir" -j "$jobs"; then
        echo "ctnn: the build with $compiler failed" >&2
        status=1
        continue
    fi
    if ! ctest --test-dir "$dir" --output-on-failure -j "$jobs"; then
        echo "ctnn: tests failed with $compiler" >&2
        status=1
    fi
done
# The run-time tests and examples once more, optimized as the demo builds them (Release, -O3:
# g++ 12 warns about some code only when it inlines it) and under AddressSanitizer and
# UndefinedBehaviorSanitizer.
dir=build/test-sanitize
echo "==== g++ -O3 with -fsanitize=address,undefined (run-time tests and examples)"
cmake -S . -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=Release -DCTNN_SANITIZE=ON > /dev/null
if cmake --build "$dir" -j "$jobs" --target ctnn_runtime_tests ctnn_examples ctnn_link_test; then
    ctest --test-dir "$dir" --output-on-failure -j "$jobs" -R '^(runtime|example|link)\.' || {
        echo "ctnn: sanitized tests failed" >&2
        status=1
    }
else
    echo "ctnn: the sanitized build failed" >&2
    status=1
fi
if [ "$status" -eq 0 ]; then echo "ctnn: all tests passed with g++ and clang++, and under the sanitizers"; fi
exit "$status"
