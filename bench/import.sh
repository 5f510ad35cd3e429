#!/usr/bin/env bash
# bench/import.sh: ctnn-import on ResNet-152 (torchvision, BatchNorm kept).
#
# Prints, as a Markdown table:
#   - the time of the import alone (ctnn-import resnet152.bn.onnx -o ..., median of REPEAT runs);
#   - the compile time of the generated header (a file that includes it: its static_asserts of
#     the parameters, statistics and the shape of each of its 104 elements) against the zoo's
#     hand-written ResNet152 with the same kinds of assertions (parameters, statistics, the
#     shape of each of its 11 elements), `-std=c++20 -O0 -fsyntax-only` as bench/run.sh, the
#     median of REPEAT runs, interleaved, for g++ and clang++; and the ratio (target: <= 1.2).
# The ONNX file is exported once into CACHE (default build/bench-import) with
# tests/import/export_torchvision.py (Debian's python3 with torch and torchvision).
#   usage: bench/import.sh [REPEAT=5] [CTNN_IMPORT=build/test-g++/tools/ctnn-import/ctnn-import] [CACHE]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repeat=${1:-5}
tool=${2:-build/test-g++/tools/ctnn-import/ctnn-import}
cache=${3:-build/bench-import}
[ -x "$tool" ] || { echo "bench/import.sh: no ctnn-import at $tool (build it first)" >&2; exit 1; }
[ -f "$cache/resnet152.bn.onnx" ] ||
    /usr/bin/python3 tests/import/export_torchvision.py --cache "$cache" --only resnet152
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

for ((r = 0; r < repeat; r++)); do
    start=$(date +%s%N)
    "$tool" "$cache/resnet152.bn.onnx" --name ResNet152 -o "$work/resnet152.hpp"
    end=$(date +%s%N)
    ms "$start" "$end" >> "$work/import"
done
echo '#include "resnet152.hpp"' > "$work/imported.cpp"
elements=$(grep -c 'static_assert(ctnn::shape_at<ResNet152,' "$work/resnet152.hpp")
{
    echo '#include <ctnn/ctnn.hpp>'
    echo '#include <ctnn/models/resnet.hpp>'
    echo 'using ctnn::models::ResNet152;'
    grep 'static_assert(ctnn::params<ResNet152>\|static_assert(ctnn::non_trainable_params<ResNet152>' "$work/resnet152.hpp"
    echo 'static_assert(ctnn::shape_at<ResNet152, 1> == ctnn::Shape::hwc(112, 112, 64));'
    echo 'static_assert(ctnn::shape_at<ResNet152, 2> == ctnn::Shape::hwc(112, 112, 64));'
    echo 'static_assert(ctnn::shape_at<ResNet152, 3> == ctnn::Shape::hwc(112, 112, 64));'
    echo 'static_assert(ctnn::shape_at<ResNet152, 4> == ctnn::Shape::hwc(56, 56, 64));'
    echo 'static_assert(ctnn::shape_at<ResNet152, 5> == ctnn::Shape::hwc(56, 56, 256));'
    echo 'static_assert(ctnn::shape_at<ResNet152, 6> == ctnn::Shape::hwc(28, 28, 512));'
    echo 'static_assert(ctnn::shape_at<ResNet152, 7> == ctnn::Shape::hwc(14, 14, 1024));'
    echo 'static_assert(ctnn::shape_at<ResNet152, 8> == ctnn::Shape::hwc(7, 7, 2048));'
    echo 'static_assert(ctnn::shape_at<ResNet152, 9> == ctnn::Shape::hwc(1, 1, 2048));'
    echo 'static_assert(ctnn::shape_at<ResNet152, 10> == ctnn::Shape::vector(2048));'
    echo 'static_assert(ctnn::shape_at<ResNet152, 11> == ctnn::Shape::vector(1000));'
} > "$work/zoo.cpp"
for ((r = 0; r < repeat; r++)); do
    for compiler in g++ clang++; do
        for c in imported zoo; do
            start=$(date +%s%N)
            "$compiler" -std=c++20 -O0 -fsyntax-only -Iinclude -I"$work" "$work/$c.cpp"
            end=$(date +%s%N)
            ms "$start" "$end" >> "$work/$compiler.$c"
        done
    done
done
echo "| ResNet-152 (BatchNorm kept, $elements elements) | g++ | clang++ |"
echo "|---|---:|---:|"
imp=$(median < "$work/import")
echo "| import alone (ms, median of $repeat) | $imp | (same tool) |"
row_i="| compile the imported header (ms) |"; row_z="| compile the zoo's ResNet152 (ms) |"; row_r="| ratio (target <= 1.2) |"
for compiler in g++ clang++; do
    i=$(median < "$work/$compiler.imported"); z=$(median < "$work/$compiler.zoo")
    row_i+=" $i |"; row_z+=" $z |"
    row_r+=$(awk -v i="$i" -v z="$z" 'BEGIN { printf " %.2f |", i / z }')
done
echo "$row_i"; echo "$row_z"; echo "$row_r"
