#!/usr/bin/env bash
# bench/run.sh: compile-time cost of ctnn, for g++ and clang++.
#
# Times `-std=c++20 -O0 -fsyntax-only` compiles (median of REPEAT runs, interleaved, so that a
# noisy machine affects every case alike) and peak compiler memory (max resident set) of:
#   include      a file that only includes <ctnn/ctnn.hpp>
#   vgg16        bench/vgg16_queries.cpp: VGG-16 with every query asserted
#   resnet152, resnet1001, densenet201, unet
#                bench/<name>_queries.cpp: the zoo's deep models with every query asserted
#   resnet152plan, densenet201plan
#                the same, and the arena plan: the difference is what planning costs
#   chain-N      generated chains of N layers (N = 100, 1,000, 5,000; Conv, BatchNorm, ReLU,
#                1x1 Conv repeated), with layer_count, params, shape_at and activations asserted
# Default compiler limits only: no -ftemplate-depth, -fconstexpr-* or -fbracket-depth flags.
# Prints a Markdown table; docs/performance.md records a run and the targets.
#   usage: bench/run.sh [REPEAT=5] [chain sizes...]
set -euo pipefail
CTNN_EXTRA_PACKAGES=time source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
cd "$ctnn_root"
repeat=${1:-5}
shift || true
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100 1000 5000)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo '#include <ctnn/ctnn.hpp>' > "$work/include.cpp"
models=()
for f in bench/*_queries.cpp; do
    name=$(basename "$f" _queries.cpp)
    cp "$f" "$work/$name.cpp"
    cp "$f" "$work/$(basename "$f")"  # (a plan case includes its base case)
    models+=("$name")
done
for n in "${sizes[@]}"; do
    {
        echo '#include <ctnn/ctnn.hpp>'
        echo 'using namespace ctnn;'
        printf 'struct Chain final : Net<Input<32, 32, 16>'
        for ((i = 0; i < n / 4; i++)); do
            printf ',\n    Conv<3, 3, 16, Pad<1>, NoBias>, BatchNorm, ReLU, Conv<1, 1, 16>'
        done
        echo '> {};'
        echo "static_assert(layer_count<Chain> == $((n / 4 * 4)));"
        echo "static_assert(params<Chain> == $((n / 4)) * (3 * 3 * 16 * 16 + 2 * 16 + 16 * 16 + 16));"
        echo "static_assert(shape_at<Chain, $((n / 4 * 4))> == Shape::hwc(32, 32, 16));"
        echo "static_assert(activations<Chain> == $((n / 4 * 2 + 1)) * 32 * 32 * 16);"
    } > "$work/chain-$n.cpp"
    {
        echo '#include <ctnn/ctnn.hpp>'
        echo 'using namespace ctnn;'
        echo "struct Stack final : Net<Input<32, 32, 16>, Repeat<$((n / 4)), Conv<3, 3, 16, Pad<1>, NoBias>, BatchNorm, ReLU, Conv<1, 1, 16>>> {};"
        echo "static_assert(params<Stack> == $((n / 4)) * (3 * 3 * 16 * 16 + 2 * 16 + 16 * 16 + 16));"
        echo "static_assert(totals<Stack>.rows == 2 + $((n / 4)) * 5);"
        echo "static_assert(activations<Stack> == $((n / 4 * 2 + 1)) * 32 * 32 * 16);"
    } > "$work/repeat-$n.cpp"
    {
        echo '#include <ctnn/ctnn.hpp>'
        echo 'using namespace ctnn;'
        echo 'template <int I> struct Block final : Sequential<Conv<3, 3, 16, Pad<1>, NoBias>, BatchNorm, ReLU, Conv<1, 1, 16>> {};'
        printf 'struct Copies final : Net<Input<32, 32, 16>'
        for ((i = 1; i <= n / 4; i++)); do printf ', Block<%d>' "$i"; done
        echo '> {};'
        echo "static_assert(params<Copies> == $((n / 4)) * (3 * 3 * 16 * 16 + 2 * 16 + 16 * 16 + 16));"
    } > "$work/copies-$n.cpp"
done
cases=(include "${models[@]}")
for n in "${sizes[@]}"; do cases+=("chain-$n"); done
for n in "${sizes[@]}"; do cases+=("repeat-$n"); done
for n in "${sizes[@]}"; do cases+=("copies-$n"); done

for ((r = 0; r < repeat; r++)); do
    for compiler in g++ clang++; do
        for c in "${cases[@]}"; do
            start=$(date +%s%N)
            /usr/bin/time -f "%M" -o "$work/mem" \
                "$compiler" -std=c++20 -O0 -fsyntax-only -Iinclude "$work/$c.cpp"
            end=$(date +%s%N)
            echo "$(( (end - start) / 1000000 )) $(cat "$work/mem")" > "$work/$compiler.$c.$r"
        done
    done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A seconds memory
for compiler in g++ clang++; do
    for c in "${cases[@]}"; do
        seconds[$compiler.$c]=$(cat "$work/$compiler.$c".* | awk '{ print $1 / 1000 }' | median)
        memory[$compiler.$c]=$(cat "$work/$compiler.$c".* | awk '{ print $2 }' | median)
    done
done

echo "| case | g++ time (s) | g++ over include | g++ memory (MiB) | clang++ time (s) | clang++ over include | clang++ memory (MiB) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for c in "${cases[@]}"; do
    row="| $c"
    for compiler in g++ clang++; do
        row+=$(awk -v t="${seconds[$compiler.$c]}" -v a="${seconds[$compiler.include]}" -v m="${memory[$compiler.$c]}" \
            'BEGIN { printf " | %.3f | %+.3f | %.0f", t, t - a, m / 1024 }')
    done
    echo "$row |"
done
echo
echo "Targets: vgg16 at most +0.05 s over include; chain-5000 and the zoo's deep models at most"
echo "+1 s over include;"
echo "linear growth: t(5000)/t(1000) at most 6. Marginal cost per 1,000 layers between sizes:"
for compiler in g++ clang++; do
    line="- $compiler:"
    if [[ -n "${seconds[$compiler.chain-5000]:-}" && -n "${seconds[$compiler.chain-1000]:-}" ]]; then
        line+=$(awk -v a="${seconds[$compiler.include]}" -v t1="${seconds[$compiler.chain-1000]}" \
            -v t5="${seconds[$compiler.chain-5000]}" -v v="${seconds[$compiler.vgg16]}" \
            'BEGIN { printf " vgg16 %+.3f s, chain-5000 %+.3f s, t(5000)/t(1000) = %.2f;", v - a, t5 - a, t5 / t1 }')
    fi
    previous=""
    for n in "${sizes[@]}"; do
        if [ -n "$previous" ]; then
            line+=$(awk -v n0="$previous" -v n1="$n" -v t0="${seconds[$compiler.chain-$previous]}" \
                -v t1="${seconds[$compiler.chain-$n]}" 'BEGIN { printf " %d-%d: %.0f ms", n0, n1, (t1 - t0) / (n1 - n0) * 1e6 }')
        fi
        previous=$n
    done
    echo "$line"
done
