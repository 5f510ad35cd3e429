#!/usr/bin/env bash
# scripts/demo.sh: builds and runs the demo, VGG-16's layer-by-layer table (examples/vgg16.cpp).
# On a fresh Debian machine it first installs the missing packages (see scripts/setup.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ctnn_root"
cmake -S . -B build/demo -G Ninja -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=Release \
      -DCTNN_BUILD_TESTS=OFF -DCTNN_BUILD_EXAMPLES=ON > /dev/null
cmake --build build/demo --target vgg16
./build/demo/examples/vgg16
