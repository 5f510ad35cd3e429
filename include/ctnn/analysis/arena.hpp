#pragma once
// ctnn/analysis/arena.hpp: where every tensor of an inference lives in one static arena.
//
//     alignas(16) static std::byte arena[ctnn::arena_bytes<Net, std::int8_t>];
//     // layer I writes its output at arena + ctnn::arena_offset_at<Net, I, std::int8_t>
//
// The plan. An inference runs the layers in order, one step each (a block's own join, such as
// Residual's sum or Concat's concatenation, is a step too); the network's input is written
// before step 1 and its output read after the last. Every tensor lives in a buffer, from the
// step that writes it to the last step that reads it; a layer that runs in place or is a view
// shares its input's buffer, exactly as peak_activation_bytes counts (analysis/memory.hpp).
// Two buffers conflict when their step ranges meet; the plan gives each buffer an offset in
// one arena so that no two conflicting buffers overlap, each offset a multiple of
// Arena::alignment. Its `lower_bound` is the most bytes alive at one step (each buffer rounded
// up to the alignment): no plan can use less.
//
// The planner. First greedy by size (Pisarchyk and Lee, "Efficient Memory Management for Deep
// Neural Net Inference", 2020, arXiv:2001.03288): the largest buffer first, each at the lowest
// offset of the smallest gap between the buffers it conflicts with that fits it. It reaches the
// bound on 35 of the 41 zoo models; it misses where short-lived buffers must squeeze between
// long-lived ones (PreActResNet's residual stream, DenseNet's growing inputs, U-Net's skips). When it misses, greedy by
// lifetime: the longest-lived buffer first, each at the arena's bottom or ending at the bound
// when free, else best fit below the bound; the buffers that still end above the bound move to
// the front and it is tried again (at most arena_rounds placements in all). The plan is the
// smallest placement (every zoo model at its bound: docs/models.md). The plan checks
// itself: a buffer overlapping one it conflicts with, or an offset off the alignment, is a
// compile error (arena_plan_overlaps), never a corrupted inference.
//
// Concatenation without copies (Arena{.concat_in_place = true}): a tensor whose last use is a
// concatenation is written straight into its part of the concatenation's buffer (the buffer
// then lives from the first of its parts on), so the copy and the separate buffer go. In the
// H x W x C layout of ctnn a part is the channels [channel_offset, channel_offset + C) of every
// position: its writer writes with the concatenation's channel count as its row stride. It
// saves the copies, not always memory: the concatenation's buffer is held from its first part
// on (DenseNet-121 +5.6%, U-Net +9.7%, U-Net padded -3.1%: docs/howto-arena.md).
//
// Cost: asked for, the plan walks the network once more (reading the analysis' rows, not
// evaluating layers again); each placement takes time linear in the conflicts (the buffers
// times the most alive at once). Each stage is a constant of its own, so that no single
// constant evaluation grows past the compilers' step limits; a query that does not ask for a
// plan costs nothing more.

#include <array>
#include <cstddef>
#include <cstdint>

#include <ctnn/analysis/row.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/analysis/table.hpp>
#include <ctnn/analysis/walk.hpp>
#include <ctnn/core/block.hpp>
#include <ctnn/core/checked.hpp>
#include <ctnn/core/diagnostics.hpp>

namespace ctnn {

/// How an arena is planned (a structural type: the template argument of arena_plan).
struct Arena {
    std::uint64_t alignment = 16;  ///< bytes; every offset is a multiple of it
    bool input_in_arena = true;    ///< the network's input is a buffer of the arena (TFLite Micro's way)
    bool output_in_arena = true;   ///< the network's output is a buffer of the arena
    bool concat_in_place = false;  ///< each part of a concatenation written straight into it
};

/// Which placement gave the plan (see the top of this file).
enum class ArenaStrategy : unsigned char { greedy_by_size, greedy_by_lifetime };

/// One buffer of the plan. `first` and `last` are steps (0: the input is written; layers from
/// 1; the output is read at the last step + 1). `row` is the row that writes it (rows<N>);
/// every row whose output lives in it has it in ArenaPlan::row_buffer. With concat_in_place, a
/// buffer written into a concatenation's buffer has `within` set to that buffer (its offset is
/// that buffer's, its part the channels from `channel_offset`).
struct ArenaBuffer {
    std::uint64_t offset = 0;  ///< bytes from the arena's start
    std::uint64_t bytes = 0;   ///< its tensor's bytes (the plan rounds them up to the alignment)
    std::size_t first = 0;
    std::size_t last = 0;
    std::size_t row = 0;
    int within = -1;
    std::uint64_t channel_offset = 0;
    bool in_arena = true;  ///< false for the input or output when the Arena leaves them out
};

/// A network's arena plan: the arena's size, the bound no plan beats, and every buffer (R:
/// the network's rows; NB: its buffers).
template <std::size_t R, std::size_t NB>
struct ArenaPlan {
    std::uint64_t bytes = 0;        ///< the arena: the end of its last buffer
    std::uint64_t lower_bound = 0;  ///< the most bytes alive at one step, each buffer aligned
    std::size_t count = 0;          ///< buffers[0 .. count) are the buffers (count == NB at compile time)
    std::array<ArenaBuffer, NB> buffers{};
    std::array<int, R> row_buffer{};  ///< the buffer of each row's output (rows<N>)
    std::size_t steps = 0;            ///< steps of the inference
    ArenaStrategy strategy = ArenaStrategy::greedy_by_size;
    std::uint64_t by_size_bytes = 0;  ///< the arena greedy by size alone gave
    bool valid = false;  ///< the plan's own check: no two conflicting buffers overlap

    /// The buffer holding row r's output.
    constexpr const ArenaBuffer& buffer_of(std::size_t r) const noexcept {
        return buffers[static_cast<std::size_t>(row_buffer[r])];
    }
};

namespace detail {

/// One buffer of an inference as the lifetime walk finds it (in values, before any element
/// type): the steps that write it and last read it, the row that writes it, and the first
/// concatenation that reads it.
struct buffer_life {
    std::uint64_t values = 0;
    std::size_t first = 0;
    std::size_t last = 0;
    std::size_t row = 0;
    int concat_into = -1;              ///< the buffer of that concatenation, if any
    std::uint64_t channel_offset = 0;  ///< where it would sit among that concatenation's channels
};

/// Every buffer of a network's inference and the buffer of every row's output.
template <std::size_t R>
struct lifetimes_table {
    buffer_life buffers[R]{};
    std::size_t count = 0;
    std::array<int, R> row_buffer{};
    std::size_t steps = 0;
    int output = 0;
};

/// The walk of the arena plan: it reads the analysis' rows (shapes and sizes are known, no
/// layer is evaluated again) and numbers the buffers, recording the steps that write and read
/// each. Its rule for buffers is the table walk's (analysis/walk.hpp), which peak memory counts.
struct lifetime_walker {
    const Row* rows = nullptr;
    std::size_t next = 0;
    buffer_life* buffers = nullptr;
    std::size_t count = 0;
    int* row_buffer = nullptr;
    std::size_t step = 0;

    // The network was analysed without fault: nothing fails, frees or freezes here.
    constexpr bool failed() const noexcept { return false; }
    constexpr void fail(const Issue&) noexcept {}
    constexpr void release(const Tensor&) noexcept {}
    constexpr void freeze(std::size_t) noexcept {}

    /// A new buffer of `values`, written at this step by row `row`.
    constexpr int add(std::uint64_t values, std::size_t row) noexcept {
        buffers[count] = {.values = values, .first = step, .last = step, .row = row};
        return static_cast<int>(count++);
    }
    constexpr void use(int b) noexcept { buffers[static_cast<std::size_t>(b)].last = step; }

    /// A join's step: it reads its inputs and writes into the first it owns (into_input) or a
    /// new buffer.
    constexpr Tensor join(const Shape& out, const Tensor* in, std::size_t n, Join how, const Ops&,
                          std::size_t row) noexcept {
        ++step;
        int into = -1;
        for (std::size_t i = 0; i < n; ++i) {
            use(in[i].buffer);
            if (into < 0 && how == Join::into_input && in[i].owned) into = in[i].buffer;
        }
        Tensor t{.shape = out, .owned = true, .buffer = into >= 0 ? into : add(out.size(), row)};
        std::uint64_t channels = 0;
        for (std::size_t i = 0; i < n && how == Join::concatenate; ++i) {
            buffer_life& b = buffers[static_cast<std::size_t>(in[i].buffer)];
            if (b.concat_into < 0) b.concat_into = t.buffer, b.channel_offset = channels;
            channels += in[i].shape.c;
        }
        return t;
    }

    constexpr Tensor visit_node(const node<lifetime_walker>& n, const Tensor& in, int) noexcept {
        const std::size_t at = next++;
        Tensor out;
        if (n.kind == node_kind::leaf) {
            // A leaf reads its input and writes its output: a new buffer unless it runs in
            // place on an input it owns or is a view (the table walk's rule).
            ++step;
            use(in.buffer);
            const Row& r = rows[at];
            const bool fresh = !n.view && !(n.in_place && in.owned);
            out = {.shape = r.output, .owned = fresh || in.owned,
                   .buffer = fresh ? add(r.outputs, at) : in.buffer};
            use(out.buffer);
        } else {
            out = n.visit(*this, in);
        }
        row_buffer[at] = out.buffer;
        return out;
    }
};

/// The buffers of Net<In, Ls...>, whose analysis gave `rows`.
template <class In, class... Ls, std::size_t R>
constexpr lifetimes_table<R> lifetime_walk(const Net<In, Ls...>*, const std::array<Row, R>& rows) noexcept {
    lifetimes_table<R> t;
    lifetime_walker w{.rows = rows.data(), .next = 1, .buffers = t.buffers, .row_buffer = t.row_buffer.data()};
    Tensor current{.shape = rows[0].output, .buffer = w.add(rows[0].outputs, 0)};
    t.row_buffer[0] = current.buffer;
    const node<lifetime_walker>* const nodes[] = {&node_of<Ls, lifetime_walker>..., nullptr};
    for (std::size_t i = 0; i < sizeof...(Ls); ++i)
        current = w.visit_node(*nodes[i], current, static_cast<int>(i + 1));
    t.count = w.count;
    t.steps = w.step;
    t.output = current.buffer;
    t.buffers[static_cast<std::size_t>(current.buffer)].last = w.step + 1;  // read after the end
    return t;
}


/// A buffer to place: its step range and its size rounded up to the alignment.
struct buffer_span {
    std::size_t first = 0, last = 0;
    std::uint64_t size = 0;
};

/// What the planner places, for one element size and one Arena: the buffers to place (with
/// concat_in_place, a concatenation's buffer stands for its parts too: their `root`), each
/// with its steps and aligned size, in three orders; the bound; how many conflicts there are.
template <std::size_t NB>
struct arena_problem {
    std::size_t n = 0;      ///< buffers of the walk
    std::size_t count = 0;  ///< buffers to place (the orders below hold `count` entries)
    std::uint32_t root[NB]{};      ///< the buffer each buffer lives in
    buffer_span span[NB]{};        ///< of each buffer to place
    std::uint32_t by_start[NB]{};  ///< buffers to place, as they start
    bool placed[NB]{};             ///< whether the buffer is placed (in the arena)
    std::uint64_t lower_bound = 0;
    std::size_t conflicts = 0;  ///< entries of the conflict lists (each pair twice)
};

/// The buffers to place in the order of greedy by size (`by_lifetime` false: the largest
/// first, then the earliest) or of greedy by lifetime (the longest-lived first, then the
/// largest); ties in the order they start. (A merge sort of its own: std::sort costs more to
/// instantiate and to evaluate at compile time than the whole plan.)
template <std::size_t NB>
struct buffer_order {
    std::uint32_t at[NB]{};
};
template <std::size_t NB>
constexpr buffer_order<NB> placement_order(const arena_problem<NB>& p, bool by_lifetime) {
    // (Plain arrays and no helper calls in the loops: g++ evaluates std::array's operator[]
    // and a lambda call several times slower than a built-in subscript.)
    // One key per buffer, the larger first: (lifetime, size / 16, -start) or (size, -start),
    // packed into one integer, so that the merge compares two local numbers (g++ evaluates a
    // comparison of three fields of a constant's elements many times slower). Steps below 2^20
    // and buffers below 256 MiB (2^40 greedy by size) fit; larger ones fall back to the size
    // alone: another order, as valid (the placement checks every conflict), perhaps larger.
    std::uint64_t key[NB]{};
    std::size_t steps = 0;
    std::uint64_t largest = 0;
    for (std::size_t k = 0; k < p.count; ++k) {
        const buffer_span& b = p.span[p.by_start[k]];
        steps = b.last > steps ? b.last : steps;
        largest = b.size > largest ? b.size : largest;
    }
    const bool packed = steps < (std::size_t{1} << 20) &&
                        largest < (std::uint64_t{1} << (by_lifetime ? 28 : 40));
    buffer_order<NB> order, other;
    for (std::size_t k = 0; k < p.count; ++k) {
        const std::uint32_t i = order.at[k] = p.by_start[k];
        const buffer_span& b = p.span[i];
        if (!packed) key[i] = b.size;
        else if (by_lifetime) key[i] = (std::uint64_t{b.last - b.first} << 44) | ((b.size >> 4) << 20) | (steps - b.first);
        else key[i] = (b.size << 20) | (steps - b.first);
    }
    std::uint32_t* from = order.at;
    std::uint32_t* to = other.at;
    for (std::size_t width = 1; width < p.count; width *= 2) {
        for (std::size_t lo = 0; lo < p.count; lo += 2 * width) {
            const std::size_t mid = lo + width < p.count ? lo + width : p.count;
            const std::size_t hi = lo + 2 * width < p.count ? lo + 2 * width : p.count;
            std::size_t x = lo, y = mid, k = lo;
            while (x < mid && y < hi) to[k++] = key[from[y]] > key[from[x]] ? from[y++] : from[x++];
            while (x < mid) to[k++] = from[x++];
            while (y < hi) to[k++] = from[y++];
        }
        std::uint32_t* const swap = from;
        from = to, to = swap;
    }
    if (from != order.at) order = other;
    return order;
}

/// Calls f(i, j) once for every pair of conflicting buffers to place, and then(i) after the
/// pairs of each buffer i (a sweep over them in the order they start: a buffer conflicts with
/// those still alive when it starts).
template <std::size_t NB, class F, class Then = void (*)(std::uint32_t)>
constexpr void for_each_conflict(const arena_problem<NB>& p, F f, Then then = [](std::uint32_t) {}) {
    std::uint32_t active[NB]{};
    std::size_t alive = 0;
    for (std::size_t k = 0; k < p.count; ++k) {
        const std::uint32_t i = p.by_start[k];
        const std::size_t begins = p.span[i].first;
        std::size_t kept = 0;
        for (std::size_t a = 0; a < alive; ++a)
            if (p.span[active[a]].last >= begins) f(i, active[a]), active[kept++] = active[a];
        alive = kept;
        active[alive++] = i;
        then(i);
    }
}

/// The problem of a network whose lifetime walk gave `t`, for values of `bytes_per_value`.
template <std::size_t NB, std::size_t R>
constexpr arena_problem<NB> make_problem(const lifetimes_table<R>& t, std::uint64_t bytes_per_value,
                                         const Arena& a) {
    arena_problem<NB> p;
    const std::size_t n = p.n = t.count;
    const auto output = static_cast<std::size_t>(t.output);
    const std::uint64_t align = a.alignment > 0 ? a.alignment : 1;
    // Which buffers live in a concatenation's buffer (the highest index first: a
    // concatenation's buffer comes after its parts, and may be a part of a later one in turn).
    for (std::size_t i = n; i-- > 0;) {
        const buffer_life& b = t.buffers[i];
        p.root[i] = static_cast<std::uint32_t>(i);
        if (!a.concat_in_place || b.concat_into < 0) continue;
        const auto c = static_cast<std::size_t>(b.concat_into);
        const bool last_use = b.last == t.buffers[c].first;  // written, then only concatenated
        const bool keeps_input = i == 0 && !a.input_in_arena;
        const bool keeps_output = p.root[c] == output && !a.output_in_arena;
        if (last_use && !keeps_input && !keeps_output) p.root[i] = p.root[c];
    }
    for (std::size_t i = 0; i < n; ++i) {
        const buffer_life& b = t.buffers[i];
        if (p.root[i] == i)
            p.span[i] = {.first = b.first, .last = b.last, .size = checked_round_up(checked_mul(b.values, bytes_per_value), align)};
    }
    for (std::size_t i = 0; i < n; ++i) {  // a root lives from its first part on (parts come first)
        buffer_span& s = p.span[p.root[i]];
        const buffer_life& b = t.buffers[i];
        if (p.root[i] != i) s.first = b.first < s.first ? b.first : s.first, s.last = b.last > s.last ? b.last : s.last;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const bool left_out = (i == 0 && !a.input_in_arena) || (i == output && !a.output_in_arena);
        if (p.root[i] != i || left_out) continue;
        const buffer_span& s = p.span[i];
        const auto index = static_cast<std::uint32_t>(i);
        p.placed[i] = true;
        // In the order they start: the walk numbers buffers as they are written, so only the
        // roots of concatenations (which start with their first part) move back.
        std::size_t k = p.count++;
        for (; k > 0 && p.span[p.by_start[k - 1]].first > s.first; --k) p.by_start[k] = p.by_start[k - 1];
        p.by_start[k] = index;
    }
    // The conflicts, counted, and the bound: the most bytes alive at one step (the bytes alive
    // grow only when a buffer starts: the sweep sees every such moment).
    std::uint64_t alive = 0;
    for_each_conflict(
        p, [&](std::uint32_t, std::uint32_t j) { alive += p.span[j].size, p.conflicts += 2; },
        [&](std::uint32_t i) {
            alive += p.span[i].size;
            p.lower_bound = alive > p.lower_bound ? alive : p.lower_bound;
            alive = 0;
        });
    return p;
}

/// Which buffers conflict with which, as one flat list: `at[start[i] .. start[i + 1])` are
/// the buffers that buffer i conflicts with.
template <std::size_t NB>
constexpr void list_conflicts(const arena_problem<NB>& p, std::uint32_t* start, std::uint32_t* at) {
    for_each_conflict(p, [&](std::uint32_t i, std::uint32_t j) { ++start[i + 1], ++start[j + 1]; });
    for (std::size_t i = 0; i < p.n; ++i) start[i + 1] += start[i];
    std::uint32_t filled[NB]{};
    for_each_conflict(p, [&](std::uint32_t i, std::uint32_t j) {
        at[start[i] + filled[i]++] = j, at[start[j] + filled[j]++] = i;
    });
}
template <std::size_t NB, std::size_t E>
struct conflict_table {
    std::uint32_t start[NB + 1]{};
    std::uint32_t at[E + 1]{};
};
template <std::size_t E, std::size_t NB>
constexpr conflict_table<NB, E> make_conflicts(const arena_problem<NB>& p) {
    conflict_table<NB, E> c;
    list_conflicts(p, c.start, c.at);
    return c;
}

/// One placement of every buffer: the offsets (by buffer), the order it used, the arena.
template <std::size_t NB>
struct arena_round {
    std::uint64_t offset[NB]{};
    buffer_order<NB> order{};
    std::uint64_t bytes = 0;
    ArenaStrategy strategy = ArenaStrategy::greedy_by_size;
    unsigned round = 0;  ///< 0: greedy by size; 1: greedy by lifetime; 2...: its retries
};

/// How many placements the planner tries at most (see the top of this file).
inline constexpr unsigned arena_rounds = 5;

/// Placement number `round` (0, 1, ...; `previous`, the one before it, is read from round 2 on),
/// in time linear in the conflicts:
///   - round 0, greedy by size: the largest buffer first, each at the lowest offset of the
///     smallest gap between the placed buffers it conflicts with that fits it, or above them
///     all (best fit);
///   - round 1, greedy by lifetime: the longest-lived first; each at the arena's bottom if it
///     fits there, else ending at the bound if it fits there, else in the smallest gap that fits
///     below the bound, else best fit (long-lived buffers at the two ends keep the middle free
///     for the short-lived ones, as a residual network's stream alternates ends);
///   - later rounds: greedy by lifetime again, the buffers that ended above the bound moved to
///     the front.
/// (`order`: placement_order's for rounds 0 and 1. The round is a number, not whether
/// `previous` is null: under -fsanitize=undefined, g++ does not fold a comparison of an
/// object's address with null in a constant expression.)
template <std::size_t NB>
constexpr arena_round<NB> place_round(const arena_problem<NB>& p, const std::uint32_t* start,
                                     const std::uint32_t* at, const buffer_order<NB>& order,
                                     const arena_round<NB>* previous, unsigned round) {
    arena_round<NB> r;
    r.round = round;
    r.strategy = r.round == 0 ? ArenaStrategy::greedy_by_size : ArenaStrategy::greedy_by_lifetime;
    const std::uint64_t bound = p.lower_bound;
    if (r.round <= 1) r.order = order;
    if (r.round >= 2) {  // the buffers that ended above the bound first, then the rest
        std::size_t k = 0;
        for (int above = 1; above >= 0; --above)
            for (std::size_t e = 0; e < p.count; ++e) {
                const std::uint32_t i = previous->order.at[e];
                if ((previous->offset[i] + p.span[i].size > bound) == (above == 1)) r.order.at[k++] = i;
            }
    }
    const bool ends = r.round >= 1;
    constexpr std::uint64_t open = ~std::uint64_t{0};  // the gap above every placed buffer
    bool done[NB]{};
    std::uint64_t taken_from[NB]{}, taken_to[NB]{};  // sorted by offset
    for (std::size_t k = 0; k < p.count; ++k) {
        const std::uint32_t i = r.order.at[k];
        const std::uint64_t size = p.span[i].size;
        std::size_t m = 0;  // the placed buffers i conflicts with, by offset (insertion)
        for (std::uint32_t e = start[i]; e < start[i + 1]; ++e) {
            if (!done[at[e]]) continue;
            const std::uint64_t from = r.offset[at[e]];
            std::size_t q = m++;
            for (; q > 0 && taken_from[q - 1] > from; --q) taken_from[q] = taken_from[q - 1], taken_to[q] = taken_to[q - 1];
            taken_from[q] = from, taken_to[q] = from + p.span[at[e]].size;
        }
        // The gaps: the smallest that fits (at all, and below the bound), and whether one at the
        // bottom or one reaching the bound fits.
        std::uint64_t end = 0, best = open, best_width = open, low = open, low_width = open;
        bool bottom = false, top = false;
        for (std::size_t g = 0; g <= m; ++g) {
            const std::uint64_t from = end, to = g < m ? taken_from[g] : open;
            if (g < m) end = taken_to[g] > end ? taken_to[g] : end;
            if (to <= from || to - from < size) continue;
            if (to != open && to - from < best_width) best = from, best_width = to - from;
            const std::uint64_t below = to < bound ? to : bound;
            if (below <= from || below - from < size) continue;
            bottom = bottom || from == 0, top = top || below == bound;
            if (below - from < low_width) low = from, low_width = below - from;
        }
        std::uint64_t offset = best != open ? best : end;
        if (ends && low != open) offset = bottom ? 0 : top ? bound - size : low;
        r.offset[i] = offset;
        done[i] = true;
        r.bytes = offset + size > r.bytes ? offset + size : r.bytes;
    }
    return r;
}

/// The plan from the problem `p`, its conflicts and the chosen placement `r` (by_size: the
/// arena of greedy by size), with its own check.
template <std::size_t NB, std::size_t R>
constexpr ArenaPlan<R, NB> finish_plan(const lifetimes_table<R>& t, const arena_problem<NB>& p,
                                       const arena_round<NB>& r, std::uint64_t by_size,
                                       std::uint64_t bytes_per_value, const Arena& a) {
    ArenaPlan<R, NB> plan{.bytes = r.bytes, .lower_bound = p.lower_bound, .count = t.count,
                      .row_buffer = t.row_buffer, .steps = t.steps, .strategy = r.strategy,
                      .by_size_bytes = by_size};
    const std::uint64_t align = a.alignment > 0 ? a.alignment : 1;
    bool valid = plan.bytes >= plan.lower_bound;
    ArenaBuffer* const buffers = plan.buffers.data();
    for (std::size_t i = t.count; i-- > 0;) {  // parts after the concatenations they are in
        const buffer_life& life = t.buffers[i];
        const std::uint32_t root = p.root[i];
        ArenaBuffer& b = buffers[i];
        b = {.bytes = checked_mul(life.values, bytes_per_value), .first = life.first,
             .last = life.last, .row = life.row, .in_arena = p.placed[root]};
        b.offset = b.in_arena ? r.offset[root] : 0;
        valid = valid && b.offset % align == 0 && (!b.in_arena || b.offset + p.span[root].size <= plan.bytes);
        if (root == i) continue;
        // A part: its channels follow those of the parts before it, through nested parts
        // (the concatenation it is written into has a higher number: it is done).
        const auto into = static_cast<std::size_t>(life.concat_into);
        b.within = static_cast<int>(root);
        b.channel_offset = life.channel_offset + (into != root ? buffers[into].channel_offset : 0);
    }
    // The check, from the walk's own lifetimes rather than the problem the placement solved: no
    // two buffers alive at one step share a byte, unless they are parts of one concatenation
    // (disjoint channels) or a part and the concatenation itself (the same tensor). A sweep over
    // the buffers in the order they are written (the walk numbers them so).
    std::uint32_t active[NB]{};
    std::size_t alive = 0;
    for (std::size_t i = 0; i < t.count; ++i) {
        valid = valid && (i == 0 || t.buffers[i].first >= t.buffers[i - 1].first);
        if (!buffers[i].in_arena) continue;
        const std::uint32_t ri = p.root[i];
        const std::uint64_t x = r.offset[ri], xs = p.span[ri].size;
        std::size_t kept = 0;
        for (std::size_t k = 0; k < alive; ++k) {
            const std::uint32_t j = active[k];
            if (t.buffers[j].last < t.buffers[i].first) continue;
            active[kept++] = j;
            const std::uint32_t rj = p.root[j];
            const std::uint64_t y = r.offset[rj], ys = p.span[rj].size;
            valid = valid && (ri == rj || x + xs <= y || y + ys <= x);
        }
        alive = kept;
        active[alive++] = static_cast<std::uint32_t>(i);
    }
    plan.valid = valid;
    return plan;
}

/// The plan of a network whose lifetime walk gave `t`, for values of `bytes_per_value` bytes
/// (see the top of this file), at run time (at compile time, arena_plan spreads the same work
/// over several constants).
template <std::size_t R>
constexpr ArenaPlan<R, R> plan_arena(const lifetimes_table<R>& t, std::uint64_t bytes_per_value,
                                     const Arena& a) {
    const arena_problem<R> p = make_problem<R>(t, bytes_per_value, a);
    std::uint32_t start[R + 1]{};
    std::uint32_t* const at = new std::uint32_t[p.conflicts + 1]{};  // (no <vector>: it costs every includer)
    list_conflicts(p, start, at);
    arena_round<R> round = place_round<R>(p, start, at, placement_order(p, false), nullptr, 0);
    arena_round<R> best = round;
    const std::uint64_t by_size = round.bytes;
    const buffer_order<R> by_lifetime = round.bytes > p.lower_bound ? placement_order(p, true) : buffer_order<R>{};
    while (round.bytes > p.lower_bound && round.round + 1 < arena_rounds) {
        const arena_round<R> previous = round;
        round = place_round(p, start, at, by_lifetime, &previous, previous.round + 1);
        if (round.bytes < best.bytes) best = round;
    }
    const ArenaPlan<R, R> plan = finish_plan(t, p, best, by_size, bytes_per_value, a);
    delete[] at;
    return plan;
}

template <class N>
inline constexpr auto lifetimes = lifetime_walk(static_cast<const net_of<N>*>(nullptr), rows<N>);

// At compile time, each stage is a constant of its own (each constant evaluation has its own
// budget of steps), and a placement is made only when the ones before it miss the bound.
template <class N, std::uint64_t B, Arena A>
inline constexpr auto problem_of = make_problem<lifetimes<N>.count>(lifetimes<N>, B, A);
template <class N, std::uint64_t B, Arena A>
inline constexpr auto conflicts_of = make_conflicts<problem_of<N, B, A>.conflicts>(problem_of<N, B, A>);

template <class N, std::uint64_t B, Arena A, bool ByLifetime>
inline constexpr auto order_of = placement_order(problem_of<N, B, A>, ByLifetime);
template <class N, std::uint64_t B, Arena A, unsigned K>
struct round_of;
template <class N, std::uint64_t B, Arena A, unsigned K>
constexpr auto make_round() {
    constexpr auto& c = conflicts_of<N, B, A>;
    constexpr std::size_t NB = lifetimes<N>.count;
    if constexpr (K == 0)
        return place_round<NB>(problem_of<N, B, A>, c.start, c.at, order_of<N, B, A, false>, nullptr, 0);
    else if constexpr (K == 1)
        return place_round(problem_of<N, B, A>, c.start, c.at, order_of<N, B, A, true>,
                           &round_of<N, B, A, K - 1>::value, K);
    else
        return place_round(problem_of<N, B, A>, c.start, c.at, round_of<N, B, A, K - 1>::value.order,
                           &round_of<N, B, A, K - 1>::value, K);
}
template <class N, std::uint64_t B, Arena A, unsigned K>
struct round_of {
    static constexpr auto value = make_round<N, B, A, K>();
};

/// The smallest of rounds K, K + 1, ... (stopping at the bound).
template <class N, std::uint64_t B, Arena A, unsigned K>
constexpr const auto& best_round() {
    constexpr auto& r = round_of<N, B, A, K>::value;
    if constexpr (r.bytes == problem_of<N, B, A>.lower_bound || K + 1 == arena_rounds) {
        return r;
    } else {
        constexpr auto& later = best_round<N, B, A, K + 1>();
        if constexpr (later.bytes < r.bytes) return later;
        else return r;
    }
}

/// True, or the compile error arena_plan_overlaps<N> if the plan of N is not valid.
template <class N, bool Valid>
inline constexpr bool plan_checked = error::check<Valid, error::arena_plan_overlaps<N>>::raised;

/// The plan of N for values of B bytes, checked.
template <class N, std::uint64_t B, Arena A>
constexpr auto checked_plan() {
    constexpr auto plan = finish_plan(lifetimes<N>, problem_of<N, B, A>, best_round<N, B, A, 0>(), round_of<N, B, A, 0>::value.bytes, B, A);
    static_assert(plan_checked<N, plan.valid>);
    return plan;
}

}  // namespace detail

/// The arena plan of N for values of type T (see the top of this file): a constant
/// ArenaPlan<...> with `bytes`, `lower_bound`, `buffers` (offset, bytes, first and last step,
/// the row that writes it) and `row_buffer` (the buffer of every row's output).
template <class N, class T = float, Arena A = Arena{}>
inline constexpr auto arena_plan = detail::checked_plan<N, sizeof(T), A>();

/// The arena N needs for values of type T: arena_plan<N, T, A>.bytes.
template <class N, class T = float, Arena A = Arena{}>
inline constexpr std::uint64_t arena_bytes = arena_plan<N, T, A>.bytes;

namespace detail {
template <class N, std::size_t I, class T, Arena A>
constexpr std::uint64_t arena_offset() noexcept {
    static_cast<void>(row_at<N, I>());  // an index past layer_count is layer_index_out_of_range
    constexpr std::size_t row = analysis<N>::value.top[I];
    constexpr bool in_arena = arena_plan<N, T, A>.buffer_of(row).in_arena;
    static_assert(error::check<in_arena, error::not_in_the_arena<N, layer_index<I>>>::raised);
    return arena_plan<N, T, A>.buffer_of(row).offset;
}
}  // namespace detail

/// Where layer I of N writes its output in the arena, in bytes from its start (I as shape_at
/// takes it; 0 is the input).
template <class N, std::size_t I, class T = float, Arena A = Arena{}>
inline constexpr std::uint64_t arena_offset_at = detail::arena_offset<N, I, T, A>();

}  // namespace ctnn
