#!/usr/bin/env bash
# scripts/update-expected.sh: after an intended change of ctnn's printed output, rewrites every
# committed expected output from the current code: examples/expected/*.txt, tests/expected/*.txt,
# tests/expected/reports/* (every zoo model in every format), tests/expected/plans/* (the arena
# plan formats for a few models), docs/models.md and the diagrams docs/diagrams/*.dot and *.svg
# (scripts/diagrams.sh) and *-plan.svg (ctnn-report --format plan-svg). Review the diff before
# committing it: the tests compare against these.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ctnn_root"
cmake -S . -B build/expected -G Ninja -DCMAKE_CXX_COMPILER=g++ > /dev/null
cmake --build build/expected --target ctnn_expected_generator ctnn_examples ctnn-report
for f in examples/*.cpp; do
    name=$(basename "$f" .cpp)
    [ -x "build/expected/examples/$name" ] || continue
    case "$name" in diagrams | report_main) continue ;; esac  # scripts/diagrams.sh; report_main takes arguments (examples/CMakeLists.txt)
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
# The arena plan formats for a few models: tests/expected/plans/<id>[.<option>[_<value>]]...<format>
# is `ctnn-report <id> --format <format> [--<option> [<value>]]...` (tests/CMakeLists.txt reads
# the options back from the name), and the docs' drawings docs/diagrams/<id>-plan.svg.
mkdir -p tests/expected/plans
rm -f tests/expected/plans/*
for name in lenet5.plan lenet5.c-header vgg16.plan vgg16.c-header resnet50.plan resnet50.c-header \
            resnet50.dtype_int8.c-header densenet121.plan densenet121.c-header \
            densenet121.concat-in-place.plan lenet5.plan-svg; do
    IFS=. read -r -a parts <<< "$name"
    args=("${parts[0]}" --format "${parts[-1]}")
    for option in "${parts[@]:1:${#parts[@]}-2}"; do
        args+=("--${option%%_*}")
        [[ "$option" == *_* ]] && args+=("${option#*_}")
    done
    build/expected/tools/ctnn-report/ctnn-report "${args[@]}" > "tests/expected/plans/$name"
done
for id in resnet50 densenet121; do
    build/expected/tools/ctnn-report/ctnn-report "$id" --format plan-svg > "docs/diagrams/$id-plan.svg"
done
scripts/diagrams.sh > /dev/null
git status --short docs/diagrams examples/expected tests/expected docs/models.md | head -n 20
