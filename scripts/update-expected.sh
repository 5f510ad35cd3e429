#!/usr/bin/env bash
# scripts/update-expected.sh: after an intended change of ctnn's printed output, rewrites every
# committed expected output from the current code: examples/expected/*.txt, tests/expected/*.txt,
# tests/expected/reports/* (every zoo model in every format), docs/models.md and the
# diagrams docs/diagrams/*.dot and *.svg (scripts/diagrams.sh). Review the diff before
# committing it: the tests compare against these.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ctnn_root"
cmake -S . -B build/expected -G Ninja -DCMAKE_CXX_COMPILER=g++ > /dev/null
cmake --build build/expected --target ctnn_expected_generator ctnn_examples ctnn-report
for f in examples/*.cpp; do
    name=$(basename "$f" .cpp)
    [ -x "build/expected/examples/$name" ] || continue
    case "$name" in diagrams) continue ;; esac  # scripts/diagrams.sh
    if [ "$name" = models_table ]; then
        "build/expected/examples/$name" > docs/models.md
    else
        "build/expected/examples/$name" > "examples/expected/$name.txt"
    fi
done
build/expected/tests/ctnn_expected_generator tests/expected
# Every zoo model in every report format, as ctnn-report writes it by default (depth 1).
mkdir -p tests/expected/reports
rm -f tests/expected/reports/*
for id in $(build/expected/tools/ctnn-report/ctnn-report --list | cut -d' ' -f1); do
    for format in table box markdown csv json dot; do
        build/expected/tools/ctnn-report/ctnn-report "$id" --format "$format" > "tests/expected/reports/$id.$format"
    done
done
scripts/diagrams.sh > /dev/null
git status --short docs/diagrams examples/expected tests/expected docs/models.md | head -n 20
