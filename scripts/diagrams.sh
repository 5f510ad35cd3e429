#!/usr/bin/env bash
# scripts/diagrams.sh: writes the documentation's diagrams, docs/diagrams/<name>.dot (from
# examples/diagrams.cpp) and docs/diagrams/<name>.svg (rendered by Graphviz's dot, Debian
# package graphviz). The tests check that both are current (example.diagrams.*, docs.diagrams).
set -euo pipefail
CTNN_EXTRA_PACKAGES="graphviz" source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ctnn_root"
cmake -S . -B build/expected -G Ninja -DCMAKE_CXX_COMPILER=g++ > /dev/null
cmake --build build/expected --target diagrams
mkdir -p docs/diagrams
for name in vgg16 resnet_bottleneck inception_module; do
    build/expected/examples/diagrams "$name" > "docs/diagrams/$name.dot"
    dot -Tsvg "docs/diagrams/$name.dot" > "docs/diagrams/$name.svg"
done
git status --short docs/diagrams
