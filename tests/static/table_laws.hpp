#pragma once
// tests/static/table_laws.hpp: the laws of the row table, for any network (used by laws.cpp
// and models/zoo.cpp).
#include <cstddef>
#include <cstdint>

#include <ctnn/analysis.hpp>

namespace ctnn::test {

// The table's laws, for any network: the Net's own rows (depth 0) chain input to output and
// sum to the totals; a block's row sums its children (its own stored values aside); a leaf adds
// its output size to activation memory unless it runs in place.
template <class N>
constexpr bool table_is_consistent() {
    const auto& r = rows<N>;
    std::uint64_t weights = 0, biases = 0, non_trainable = 0, frozen = 0, values = 0;
    std::size_t top = 0;
    for (std::size_t i = 0; i < r.size(); ++i) {
        const Row& row = r[i];
        if (row.outputs != row.output.size()) return false;
        if (row.depth == 0) {
            if (row.index != top) return false;
            weights += row.weights;
            biases += row.biases;
            non_trainable += row.non_trainable;
            frozen += row.frozen;
            values += row.activations;
            ++top;
        }
        if (row.frozen > row.params() || row.frozen > row.non_trainable) return false;
        if (!row.is_block()) {
            if (row.activations != (row.in_place ? 0 : row.outputs)) return false;
            continue;
        }
        std::uint64_t w = 0, b = 0, n = 0, f = 0, a = 0;
        int position = 0;
        for (std::size_t j = i + 1; j < r.size() && r[j].depth > row.depth; ++j) {
            if (r[j].depth != row.depth + 1) continue;
            if (r[j].position != ++position || r[j].index != row.index) return false;
            w += r[j].weights;
            b += r[j].biases;
            n += r[j].non_trainable;
            f += r[j].frozen;
            a += r[j].activations;
        }
        if (w != row.weights || b != row.biases || n != row.non_trainable || f != row.frozen ||
            a > row.activations)
            return false;
    }
    // Consecutive elements of the Net chain: each one's input is the previous one's output.
    Shape previous = r[0].output;
    for (std::size_t i = 1; i < r.size(); ++i) {
        if (r[i].depth != 0) continue;
        if (r[i].input != previous) return false;
        previous = r[i].output;
    }
    const Totals& t = totals<N>;
    return top == t.layers + 1 && r.size() == t.rows && t.weights == weights &&
           t.biases == biases && t.params == weights + biases && t.non_trainable == non_trainable &&
           t.frozen == frozen && t.trainable == t.params - frozen &&
           t.total_params == t.trainable + non_trainable && t.activations == values;
}

}  // namespace ctnn::test
