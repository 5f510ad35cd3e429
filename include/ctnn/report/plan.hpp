#pragma once
// ctnn/report/plan.hpp: where an inference's tensors live, printed: the arena plan as text, as a
// drawing of memory over time (SVG), and as a C header of offsets for firmware.
//
//   ctnn::plan<ResNet50>(std::cout);                                        // text, float32
//   ctnn::plan_svg<ResNet50>(file);
//   ctnn::c_header<ResNet50>(file, {.bytes_per_value = 1, .element = "int8"},
//                            {.weight_bytes = 1, .weight_element = "int8",
//                             .bias_bytes = 4, .bias_element = "int32"});
//
// The plan is analysis/arena.hpp's (the same placement as arena_plan<N, T, A>), made at run time
// from the network's buffers (detail::lifetimes<N>, a cheap constant), so that a program that
// chooses the element type at run time, as ctnn-report does, does not plan every network at
// compile time. A step is one layer or one block's join (step 0 writes the input; the output is
// read after the last step, at steps + 1); a buffer lives from the step that writes it to the
// last step that reads it; the lower bound is the most bytes alive at one step, each buffer
// rounded up to the alignment: no plan uses less.
//
// Text (write_plan): a headline (network, element type, alignment, arena bytes, lower bound,
// their ratio to 4 decimals, the strategy that gave the plan, buffers, steps); one line per
// buffer: its number, steps first..last, offset, bytes, and the rows whose output it holds (path
// and name as the table prints them, every depth: its writer first, at most three, then
// "+k more"); then the totals: the arena, the bound, greedy by size's arena, the sum of all
// buffers (one allocation per tensor) and the peak step (the first step whose bytes alive reach
// the bound).
//
// SVG (write_plan_svg): memory over time, self-contained (no fonts, scripts or links; valid XML):
// steps across, offsets up, one rectangle per buffer in the arena from its first to its last step
// and from its offset to offset + bytes (a <title> tooltip always; inside, when it fits, its
// writer's path and family, "5.1.1 Conv", or its path alone), a line at the arena's size and one
// at the bound, the peak step marked, offsets in B, KiB or MiB. Coordinates are computed in
// integers: the drawing is the same on every compiler.
//
// C header (write_c_header): #defines that a C99 compiler accepts with -Wall -Wextra -pedantic,
// named with the prefix PlanOptions::id upper-cased (letters and digits, '_' elsewhere):
//   <P>_ARENA_BYTES, <P>_ARENA_ALIGNMENT, <P>_ARENA_LOWER_BOUND, <P>_BUFFER_COUNT,
//   <P>_BUFFER_<k>_OFFSET and _BYTES                 every buffer k of the plan
//   <P>_LAYER_COUNT, <P>_LAYER_<I>_OUTPUT_OFFSET and _BYTES   top-level element I as shape_at
//                                                    counts it (0: the input)
//   <P>_LAYER_<I>_OUTPUT_CHANNEL_OFFSET and _CHANNELS with concatenation in place, an output
//                                                    written into a concatenation: its first
//                                                    channel there, and the concatenation's
//                                                    channels (its row stride)
//   <P>_WEIGHT_BLOB_BYTES, <P>_WEIGHT_ALIGNMENT, <P>_WEIGHT_LAYER_COUNT, and per layer with
//   weights k (analysis/weights.hpp's order) <P>_WEIGHTS_<k>_OFFSET and _BYTES, _BIASES_<k>_...,
//   _STATISTICS_<k>_... (those it has)
// Offsets are bytes from the arena's or the blob's start. Values are unsigned long constants
// (suffix UL) when all are below 2^32, else all are UINT64_C(n) (and <stdint.h> is included).
// The weight blob's tensors are aligned as the arena's buffers (PlanOptions::arena.alignment).

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <ctnn/analysis/arena.hpp>
#include <ctnn/analysis/row.hpp>
#include <ctnn/analysis/table.hpp>
#include <ctnn/analysis/weights.hpp>
#include <ctnn/core/checked.hpp>
#include <ctnn/report/data.hpp>
#include <ctnn/report/format.hpp>
#include <ctnn/version.hpp>

namespace ctnn {

/// Options of the plan formats, beside ReportOptions (whose `bytes_per_value` and `element` are
/// the activations' element type).
struct PlanOptions {
    Arena arena{};                                ///< the arena's plan (and the blob's alignment)
    std::uint64_t weight_bytes = 4;               ///< bytes per weight of the blob (C header)
    std::string_view weight_element = "float32";  ///< its name, as printed
    std::uint64_t bias_bytes = 4;                 ///< bytes per bias or moving statistic
    std::string_view bias_element = "float32";    ///< its name, as printed
    std::string_view id{};                        ///< C names' prefix (empty: the network's name)
};

/// A network's arena plan at run time, as the plan formats read it: the fields of ArenaPlan
/// (analysis/arena.hpp) in vectors, how it was planned, and the bytes alive at every step.
struct ArenaReport {
    Arena arena{};                       ///< as planned
    std::uint64_t bytes_per_value = 4;   ///< the activations' element size
    std::uint64_t bytes = 0;             ///< the arena: the end of its last buffer
    std::uint64_t lower_bound = 0;       ///< the most bytes alive at one step, each buffer aligned
    std::uint64_t by_size_bytes = 0;     ///< the arena greedy by size alone gave
    ArenaStrategy strategy = ArenaStrategy::greedy_by_size;
    std::size_t steps = 0;               ///< steps of the inference
    bool valid = false;                  ///< the plan's own check: no conflicting buffers overlap
    std::vector<ArenaBuffer> buffers{};  ///< as ArenaPlan::buffers
    std::vector<int> row_buffer{};       ///< the buffer of each row's output (the Report's rows)
    std::vector<std::uint64_t> alive{};  ///< bytes alive at steps 0 .. steps + 1, buffers aligned
    std::size_t peak_step = 0;           ///< the first step whose bytes alive are the lower bound
};

namespace detail {

/// The ArenaReport of the network whose buffers are `t`, for values of `bytes_per_value`.
template <std::size_t R>
ArenaReport arena_report_from(const lifetimes_table<R>& t, std::uint64_t bytes_per_value,
                              const Arena& a) {
    const ArenaPlan<R, R> plan = plan_arena(t, bytes_per_value, a);
    ArenaReport out{.arena = a,
                    .bytes_per_value = bytes_per_value,
                    .bytes = plan.bytes,
                    .lower_bound = plan.lower_bound,
                    .by_size_bytes = plan.by_size_bytes,
                    .strategy = plan.strategy,
                    .steps = plan.steps,
                    .valid = plan.valid};
    // (Index by index: arena.hpp's tables may be std::arrays or plain arrays.)
    for (std::size_t b = 0; b < plan.count; ++b) out.buffers.push_back(plan.buffers[b]);
    for (std::size_t r = 0; r < R; ++r) out.row_buffer.push_back(plan.row_buffer[r]);
    // The bytes alive at each step, from the buffers the planner placed (a concatenation's
    // buffer standing for its parts), as its lower bound counts them.
    const arena_problem<R> p = make_problem<R>(t, bytes_per_value, a);
    out.alive.assign(plan.steps + 2, 0);
    for (std::size_t i = 0; i < p.n; ++i) {
        if (!p.placed[i]) continue;
        for (std::size_t s = p.span[i].first; s <= p.span[i].last && s < out.alive.size(); ++s)
            out.alive[s] = checked_add(out.alive[s], p.span[i].size);
    }
    for (std::size_t s = 0; s < out.alive.size(); ++s)
        if (out.alive[s] > out.alive[out.peak_step]) out.peak_step = s;
    return out;
}

}  // namespace detail

/// The arena plan of network N for values of `bytes_per_value` bytes, planned at run time (the
/// placement of arena_plan<N, T, A>, analysis/arena.hpp). Capacity, if not 0, is a number of
/// rows at least N's: a program that plans several networks gives them all the same (the most
/// rows of any), so that the planner is compiled once for all (report_main does).
template <class N, std::size_t Capacity = 0>
ArenaReport arena_report_of(std::uint64_t bytes_per_value = 4, const Arena& a = {}) {
    constexpr auto& t = detail::lifetimes<N>;
    constexpr std::size_t own = rows<N>.size();
    if constexpr (Capacity == 0 || Capacity == own) {
        return detail::arena_report_from(t, bytes_per_value, a);
    } else {
        static_assert(Capacity > own,
                      "ctnn: arena_report_of<N, Capacity>: Capacity is less than N's rows");
        // On the heap: a table of 4,000 rows is too large for some stacks. (A vector of one,
        // not std::unique_ptr: <memory> would cost every includer of <ctnn/ctnn.hpp> 50 ms.)
        std::vector<detail::lifetimes_table<Capacity>> heap(1);
        detail::lifetimes_table<Capacity>& wide = heap.front();
        for (std::size_t i = 0; i < own; ++i)
            wide.buffers[i] = t.buffers[i], wide.row_buffer[i] = t.row_buffer[i];
        wide.count = t.count, wide.steps = t.steps, wide.output = t.output;
        ArenaReport r = detail::arena_report_from(wide, bytes_per_value, a);
        r.row_buffer.resize(own);
        return r;
    }
}

namespace detail {

/// "1.0000": a / b rounded half up to four decimals ("n/a" for b = 0).
inline std::string ratio4(std::uint64_t a, std::uint64_t b) { return b == 0 ? "n/a" : decimal(a, b, 4); }

/// "1 byte", "4 bytes".
inline std::string bytes_text(std::uint64_t n) {
    return std::to_string(n) + (n == 1 ? " byte" : " bytes");
}

/// "greedy by size" or "greedy by lifetime".
inline std::string_view strategy_name(ArenaStrategy s) {
    return s == ArenaStrategy::greedy_by_size ? "greedy by size" : "greedy by lifetime";
}

/// The rows whose output lives in each buffer: its writer first, then the layers that run in
/// place on it or view it, then the blocks that end with it, each in the order of the rows.
inline std::vector<std::vector<std::size_t>> buffer_rows(const Report& r, const ArenaReport& a) {
    std::vector<std::vector<std::size_t>> rows(a.buffers.size());
    for (std::size_t b = 0; b < a.buffers.size(); ++b) rows[b].push_back(a.buffers[b].row);
    for (const bool blocks : {false, true})
        for (std::size_t i = 0; i < r.count && i < a.row_buffer.size(); ++i) {
            const auto b = static_cast<std::size_t>(a.row_buffer[i]);
            if (b < rows.size() && a.buffers[b].row != i && r.rows[i].is_block() == blocks)
                rows[b].push_back(i);
        }
    return rows;
}

/// "3.2 Conv 3x3/1 p1, 64": a row as the table prints it.
inline std::string row_label(const Report& r, const std::vector<std::string>& paths,
                             std::size_t i) {
    return paths[i] + " " + std::string(r.rows[i].name);
}

/// The rows of a buffer, "; " between them, at most `most`, then "+k more".
inline std::string rows_text(const Report& r, const std::vector<std::string>& paths,
                             const std::vector<std::size_t>& rows, std::size_t most) {
    std::string s;
    for (std::size_t k = 0; k < rows.size() && k < most; ++k)
        s += (k ? "; " : "") + row_label(r, paths, rows[k]);
    if (rows.size() > most) s += " +" + std::to_string(rows.size() - most) + " more";
    return s;
}

/// The buffer written at `step` (the lowest numbered), or the buffer count if none.
inline std::size_t buffer_written_at(const ArenaReport& a, std::size_t step) {
    for (std::size_t b = 0; b < a.buffers.size(); ++b)
        if (a.buffers[b].first == step) return b;
    return a.buffers.size();
}

/// The row writing at the peak step, as the table prints it ("4.1.1 Conv 1x1/1, 64, no bias"),
/// or "" if no buffer is written there.
inline std::string peak_row(const Report& r, const std::vector<std::string>& paths,
                            const ArenaReport& a) {
    const std::size_t b = buffer_written_at(a, a.peak_step);
    return b < a.buffers.size() ? row_label(r, paths, a.buffers[b].row) : std::string();
}

/// Each buffer's place in the drawing: the steps of the buffer the planner placed for it (a
/// concatenation's buffer from its first part on), and whether it is drawn (in the arena, not
/// written into another buffer).
struct drawn_buffer {
    std::size_t first = 0, last = 0;
    bool drawn = false;
};
inline std::vector<drawn_buffer> drawn_buffers(const ArenaReport& a) {
    std::vector<drawn_buffer> d(a.buffers.size());
    for (std::size_t b = 0; b < a.buffers.size(); ++b)
        d[b] = {a.buffers[b].first, a.buffers[b].last,
                a.buffers[b].in_arena && a.buffers[b].within < 0};
    for (const ArenaBuffer& part : a.buffers) {
        if (part.within < 0) continue;
        drawn_buffer& root = d[static_cast<std::size_t>(part.within)];
        root.first = part.first < root.first ? part.first : root.first;
        root.last = part.last > root.last ? part.last : root.last;
    }
    return d;
}

/// Text padded to `width` on the left (right-aligned) or on the right.
inline std::string plan_cell(std::string_view s, std::size_t width, bool right) {
    const std::string fill(width > s.size() ? width - s.size() : 0, ' ');
    return right ? fill + std::string(s) : std::string(s) + fill;
}

}  // namespace detail

/// Prints the arena plan `a` of report `r`'s network as text (see the top of this file);
/// `o`'s element names the activations' type (a: planned for o.bytes_per_value).
inline void write_plan(std::ostream& os, const Report& r, const ArenaReport& a,
                       const ReportOptions& o = {}, const PlanOptions& = {}) {
    using namespace detail;
    const std::vector<std::string> paths = row_paths(r.rows, r.count);
    const std::vector<std::vector<std::size_t>> rows = buffer_rows(r, a);
    os << r.network << " arena plan: " << o.element << " (" << bytes_text(a.bytes_per_value)
       << " per value), alignment " << a.arena.alignment
       << (a.arena.concat_in_place ? ", concatenation in place" : "") << ": arena "
       << group_digits(a.bytes) << " bytes, lower bound " << group_digits(a.lower_bound)
       << " (ratio " << ratio4(a.bytes, a.lower_bound) << "), " << strategy_name(a.strategy) << ", "
       << a.buffers.size() << " buffers, " << a.steps << " steps\n";

    // The buffers: number, steps, offset, bytes, rows.
    std::vector<std::vector<std::string>> cells;
    cells.push_back({"#", "Steps", "Offset", "Bytes", "Layers"});
    std::uint64_t separate = 0;
    for (std::size_t b = 0; b < a.buffers.size(); ++b) {
        const ArenaBuffer& buf = a.buffers[b];
        separate = checked_add(separate, buf.bytes);
        std::string where = rows_text(r, paths, rows[b], 3);
        if (buf.within >= 0)
            where = "[in " + std::to_string(buf.within) + " from channel " +
                    std::to_string(buf.channel_offset) + "] " + where;
        if (!buf.in_arena) where = "[outside the arena] " + where;
        cells.push_back(
            {std::to_string(b), std::to_string(buf.first) + ".." + std::to_string(buf.last),
             buf.in_arena ? group_digits(buf.offset) : "-", group_digits(buf.bytes), where});
    }
    std::vector<std::size_t> width(5, 0);
    for (const auto& line : cells)
        for (std::size_t c = 0; c < 5; ++c)
            width[c] = line[c].size() > width[c] ? line[c].size() : width[c];
    std::size_t rule = 0;
    for (std::size_t c = 0; c < 5; ++c) rule += width[c] + (c ? 2 : 0);
    for (std::size_t l = 0; l < cells.size(); ++l) {
        if (l < 2) os << std::string(rule, l == 0 ? '=' : '-') << '\n';
        os << plan_cell(cells[l][0], width[0], true) << "  "
           << plan_cell(cells[l][1], width[1], false) << "  "
           << plan_cell(cells[l][2], width[2], true) << "  "
           << plan_cell(cells[l][3], width[3], true) << "  " << cells[l][4] << '\n';
    }
    os << std::string(rule, '=') << '\n';

    // The totals.
    std::vector<std::vector<std::string>> totals = {
        {"Arena:", group_digits(a.bytes),
         megabytes(a.bytes) + ", the end of its last buffer (" +
             std::string(strategy_name(a.strategy)) + ")"},
        {"Lower bound:", group_digits(a.lower_bound),
         "the most bytes alive at one step, each buffer aligned to " +
             std::to_string(a.arena.alignment)},
        {"Arena / bound:", ratio4(a.bytes, a.lower_bound), "1.0000 is the best any plan can do"},
        {"Greedy by size:", group_digits(a.by_size_bytes), "the arena of the first placement"},
        {"Separate buffers:", group_digits(separate),
         "one allocation per buffer, " + ratio4(separate, a.bytes) + " x the arena"},
        {"Peak step:", std::to_string(a.peak_step),
         peak_row(r, paths, a) + ": " +
             group_digits(a.peak_step < a.alive.size() ? a.alive[a.peak_step] : 0) +
             " bytes alive"},
    };
    if (!a.valid)
        totals.push_back(
            {"Check:", "FAILED", "two buffers alive at one step overlap (a fault of the planner)"});
    std::size_t label = 0, value = 0;
    for (const auto& t : totals) {
        label = t[0].size() > label ? t[0].size() : label;
        value = t[1].size() > value ? t[1].size() : value;
    }
    for (const auto& t : totals)
        os << plan_cell(t[0], label, false) << "  " << plan_cell(t[1], value, true) << "  " << t[2]
           << '\n';
}

namespace detail {

/// Text for XML: & < > " escaped, control characters dropped.
inline std::string xml_text(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                if (static_cast<unsigned char>(c) >= 0x20) out += c;
        }
    }
    return out;
}

/// "123.4": tenths of a pixel.
inline std::string tenths(std::uint64_t v) {
    return std::to_string(v / 10) + "." + std::to_string(v % 10);
}

/// v * num / den in integers, without overflow for the sizes drawn (den > 0).
inline std::uint64_t scaled(std::uint64_t v, std::uint64_t num, std::uint64_t den) {
    while (den > (std::uint64_t{1} << 40)) v >>= 1, den >>= 1;
    return v / den * num + v % den * num / den;
}

/// About the width of `s` at font size 10, in tenths of a pixel (a sans-serif font's: dots and
/// spaces half a digit, capitals wider).
inline std::uint64_t text_width(std::string_view s) {
    std::uint64_t w = 0;
    for (char c : s) w += c == '.' || c == ' ' || c == ',' ? 29 : c >= 'A' && c <= 'Z' ? 70 : 57;
    return w;
}

/// A step of axis ticks from 1, 2, 5, 10, 20, 50, ... such that `range` needs at most `most`.
inline std::uint64_t tick_step(std::uint64_t range, std::uint64_t most) {
    for (std::uint64_t decade = 1;; decade *= 10)
        for (const std::uint64_t m : {std::uint64_t{1}, std::uint64_t{2}, std::uint64_t{5}})
            if ((range + m * decade - 1) / (m * decade) <= most) return m * decade;
}

}  // namespace detail

/// Prints the arena plan `a` of report `r`'s network as an SVG drawing of memory over time (see
/// the top of this file).
inline void write_plan_svg(std::ostream& os, const Report& r, const ArenaReport& a,
                           const ReportOptions& o = {}, const PlanOptions& = {}) {
    using namespace detail;
    using u64 = std::uint64_t;
    constexpr u64 width = 960, height = 560, left = 90, right = 140, top = 56, bottom = 48;
    constexpr u64 plot_w = width - left - right, plot_h = height - top - bottom;
    const std::vector<std::string> paths = row_paths(r.rows, r.count);
    const std::vector<std::vector<std::size_t>> rows = buffer_rows(r, a);
    const std::vector<drawn_buffer> drawn = drawn_buffers(a);

    // Offsets in B, KiB or MiB; the axis ends at the tick above the arena.
    const u64 most = a.bytes > a.lower_bound ? a.bytes : a.lower_bound;
    const u64 unit = most >= (u64{4} << 20) ? (u64{1} << 20) : most >= (u64{4} << 10) ? 1024 : 1;
    const std::string unit_name = unit == 1 ? "B" : unit == 1024 ? "KiB" : "MiB";
    const u64 y_tick = tick_step((most + unit - 1) / unit, 8) * unit;
    const u64 y_max = most == 0 ? y_tick : (most + y_tick - 1) / y_tick * y_tick;
    const u64 columns = a.steps + 2;  // steps 0 .. steps + 1
    // Coordinates in tenths of a pixel.
    const auto x_at = [&](u64 step) { return left * 10 + scaled(step, plot_w * 10, columns); };
    const auto y_at = [&](u64 offset) {
        return (top + plot_h) * 10 - scaled(offset, plot_h * 10, y_max);
    };
    const auto size_text = [&](u64 bytes) {
        return unit == 1 ? group_digits(bytes) + " B" : fixed2(bytes, unit) + " " + unit_name;
    };

    os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
       << "\" viewBox=\"0 0 " << width << ' ' << height
       << "\" font-family=\"sans-serif\" font-size=\"11\">\n"
       << "<title>" << xml_text(r.network) << ": arena plan, " << xml_text(o.element)
       << "</title>\n"
       << "<rect width=\"" << width << "\" height=\"" << height << "\" fill=\"#ffffff\"/>\n"
       << "<text x=\"" << left << "\" y=\"22\" font-size=\"15\" font-weight=\"bold\">"
       << xml_text(r.network) << ": arena " << size_text(a.bytes) << " for " << xml_text(o.element)
       << ", lower bound " << size_text(a.lower_bound) << "</text>\n"
       << "<text x=\"" << left << "\" y=\"40\" fill=\"#444444\">" << a.buffers.size()
       << " buffers over " << a.steps << " steps, alignment " << a.arena.alignment << ", "
       << strategy_name(a.strategy)
       << ": each rectangle is a buffer, from the step that writes it to the last that reads "
          "it</text>\n";

    // Axes: ticks, labels and grid lines.
    os << "<g stroke=\"#dddddd\" stroke-width=\"1\">\n";
    for (u64 v = y_tick; v <= y_max; v += y_tick)
        os << "<line x1=\"" << left << "\" x2=\"" << left + plot_w << "\" y1=\"" << tenths(y_at(v))
           << "\" y2=\"" << tenths(y_at(v)) << "\"/>\n";
    os << "</g>\n<g text-anchor=\"end\">\n";
    for (u64 v = 0; v <= y_max; v += y_tick)
        os << "<text x=\"" << left - 6 << "\" y=\"" << tenths(y_at(v) + 35) << "\">"
           << group_digits(v / unit) << ' ' << unit_name << "</text>\n";
    os << "</g>\n<g text-anchor=\"middle\">\n";
    const u64 x_tick = tick_step(columns, 12);
    for (u64 s = 0; s < columns; s += x_tick) {
        const u64 x = (x_at(s) + x_at(s + 1)) / 2;
        os << "<line x1=\"" << tenths(x) << "\" x2=\"" << tenths(x) << "\" y1=\"" << top + plot_h
           << "\" y2=\"" << top + plot_h + 4 << "\" stroke=\"#000000\"/>"
           << "<text x=\"" << tenths(x) << "\" y=\"" << top + plot_h + 16 << "\">" << s
           << "</text>\n";
    }
    os << "<text x=\"" << left + plot_w / 2 << "\" y=\"" << height - 10 << "\">step</text>\n"
       << "<text transform=\"translate(18 " << top + plot_h / 2
       << ") rotate(-90)\">offset in the arena (" << unit_name << ")</text>\n</g>\n";

    // The buffers.
    static constexpr std::string_view fills[] = {"#8ecae6", "#ffb703", "#90be6d", "#f4a261",
                                                 "#b8b8ff", "#e9c46a", "#83c5be", "#f28482"};
    os << "<g stroke=\"#ffffff\" stroke-width=\"0.5\">\n";
    for (std::size_t b = 0; b < a.buffers.size(); ++b) {
        if (!drawn[b].drawn) continue;
        const ArenaBuffer& buf = a.buffers[b];
        const u64 x0 = x_at(drawn[b].first), x1 = x_at(drawn[b].last + 1);
        const u64 y0 = y_at(buf.offset + buf.bytes), y1 = y_at(buf.offset);
        std::string title = "buffer " + std::to_string(b) + ": steps " +
                            std::to_string(drawn[b].first) + ".." + std::to_string(drawn[b].last) +
                            ", offset " + group_digits(buf.offset) + ", " +
                            group_digits(buf.bytes) + " bytes: " + rows_text(r, paths, rows[b], 6);
        std::string parts;
        for (std::size_t p = 0; p < a.buffers.size(); ++p)
            if (a.buffers[p].within == static_cast<int>(b))
                parts += (parts.empty() ? "" : ", ") + std::to_string(p);
        if (!parts.empty()) title += "; buffers " + parts + " written into it";
        os << "<rect x=\"" << tenths(x0) << "\" y=\"" << tenths(y0) << "\" width=\""
           << tenths(x1 - x0) << "\" height=\"" << tenths(y1 - y0 > 0 ? y1 - y0 : 1) << "\" fill=\""
           << fills[b % 8] << "\"><title>" << xml_text(title) << "</title></rect>\n";
        // Its writer's path and family ("5.1.1 Conv"), or its path alone, if that fits.
        std::string label = paths[buf.row] + " " + std::string(family(r.rows[buf.row].name));
        if (x1 - x0 < text_width(label) + 60) label = paths[buf.row];
        if (x1 - x0 >= text_width(label) + 60 && y1 - y0 >= 130)
            os << "<text x=\"" << tenths(x0 + 30) << "\" y=\"" << tenths((y0 + y1) / 2 + 35)
               << "\" stroke=\"none\" font-size=\"10\">" << xml_text(label) << "</text>\n";
    }
    os << "</g>\n";

    // The plot's frame, the arena, the bound and the peak.
    os << "<rect x=\"" << left << "\" y=\"" << top << "\" width=\"" << plot_w << "\" height=\""
       << plot_h << "\" fill=\"none\" stroke=\"#000000\"/>\n";
    // A line across the plot at `bytes`, and its label on the right at height `text_y`.
    const auto level = [&](u64 bytes, std::string_view colour, const std::string& text,
                           u64 text_y) {
        os << "<line x1=\"" << left << "\" x2=\"" << left + plot_w << "\" y1=\""
           << tenths(y_at(bytes)) << "\" y2=\"" << tenths(y_at(bytes)) << "\" stroke=\"" << colour
           << "\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"/>"
           << "<text x=\"" << left + plot_w + 6 << "\" y=\"" << tenths(text_y)
           << "\" fill=\"" << colour << "\">" << text << "</text>\n";
    };
    if (a.bytes == a.lower_bound) {
        level(a.bytes, "#000000", "arena = bound", y_at(a.bytes) + 35);
    } else {
        level(a.bytes, "#000000", "arena " + size_text(a.bytes), y_at(a.bytes) - 30);
        level(a.lower_bound, "#c00000", "lower bound " + size_text(a.lower_bound),
              y_at(a.lower_bound) + 120);
    }
    const u64 peak = (x_at(a.peak_step) + x_at(a.peak_step + 1)) / 2;
    os << "<line x1=\"" << tenths(peak) << "\" x2=\"" << tenths(peak) << "\" y1=\"" << top
       << "\" y2=\"" << top + plot_h
       << "\" stroke=\"#c00000\" stroke-width=\"1\" stroke-dasharray=\"2 2\"><title>"
       << "step " << a.peak_step << ", " << xml_text(peak_row(r, paths, a))
       << ": the bytes alive reach the lower bound</title></line>\n"
       << "<text x=\"" << tenths(peak) << "\" y=\"" << top - 4
       << "\" fill=\"#c00000\" text-anchor=\""
       << (peak < (left + plot_w / 2) * 10 ? "start" : "end") << "\">peak: step " << a.peak_step
       << "</text>\n"
       << "</svg>\n";
}

namespace detail {

/// The C header's prefix: `id` (or the network's name) upper-cased, '_' for anything not a
/// letter or digit, "NET_" before a leading digit.
inline std::string c_prefix(std::string_view id, std::string_view network) {
    std::string out;
    if (id.empty()) {
        for (char c : network)
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                out += c;
    } else {
        out = std::string(id);
    }
    for (char& c : out) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            c = '_';
    }
    if (out.empty() || (out[0] >= '0' && out[0] <= '9')) out = "NET_" + out;
    return out;
}

/// Text for a C comment: printable ASCII only, no "*/".
inline std::string c_comment(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '/' && !out.empty() && out.back() == '*') out += ' ';
        out +=
            static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f ? c : '?';
    }
    return out;
}

/// One line of the C header: a #define with its comment, or (name empty) a comment of its own.
struct c_define {
    std::string name;
    std::uint64_t value = 0;
    std::string comment;
};

}  // namespace detail

/// Prints the arena plan `a` of report `r`'s network and its weight blob (element types and
/// prefix from `p`) as a C header (see the top of this file).
inline void write_c_header(std::ostream& os, const Report& r, const ArenaReport& a,
                           const ReportOptions& o = {}, const PlanOptions& p = {}) {
    using namespace detail;
    const std::string prefix = c_prefix(p.id, r.network);
    const std::vector<std::string> paths = row_paths(r.rows, r.count);
    const std::vector<std::vector<std::size_t>> rows = buffer_rows(r, a);
    std::vector<c_define> lines;
    const auto define = [&](const std::string& name, std::uint64_t value, std::string comment) {
        lines.push_back({prefix + "_" + name, value, c_comment(comment)});
    };
    const auto section = [&](std::string comment) { lines.push_back({"", 0, c_comment(comment)}); };

    section("The arena: every activation of an inference, " + std::string(o.element) + " (" +
            bytes_text(a.bytes_per_value) + " per value)");
    define("ARENA_BYTES", a.bytes,
           "the arena's size (" + std::string(strategy_name(a.strategy)) + ")");
    define("ARENA_ALIGNMENT", a.arena.alignment, "every offset is a multiple of it");
    define("ARENA_LOWER_BOUND", a.lower_bound,
           "the most bytes alive at one step: no plan uses less");
    define("BUFFER_COUNT", a.buffers.size(), "buffers of the plan");
    for (std::size_t b = 0; b < a.buffers.size(); ++b) {
        const ArenaBuffer& buf = a.buffers[b];
        const std::string k = "BUFFER_" + std::to_string(b);
        define(k + "_OFFSET", buf.offset,
               rows_text(r, paths, rows[b], 2) + ", steps " + std::to_string(buf.first) + ".." +
                   std::to_string(buf.last) +
                   (buf.within >= 0 ? ", in buffer " + std::to_string(buf.within) +
                                          " from channel " + std::to_string(buf.channel_offset)
                                    : std::string()) +
                   (buf.in_arena ? "" : ", outside the arena"));
        define(k + "_BYTES", buf.bytes, "");
    }

    section("Where each top-level layer writes its output (I as shape_at counts: 0 is the input)");
    define("LAYER_COUNT", r.totals.layers, "layers after the input");
    for (std::size_t i = 0; i < r.count && i < a.row_buffer.size(); ++i) {
        const Row& row = r.rows[i];
        if (row.depth != 0) continue;
        const auto b = static_cast<std::size_t>(a.row_buffer[i]);
        const ArenaBuffer& buf = a.buffers[b];
        const std::string k = "LAYER_" + std::to_string(row.index) + "_OUTPUT";
        define(k + "_OFFSET", buf.offset,
               row_label(r, paths, i) + " -> " + to_string(row.output) + " (buffer " +
                   std::to_string(b) + ")");
        define(k + "_BYTES", checked_mul(row.outputs, a.bytes_per_value), "");
        if (buf.within >= 0) {
            const ArenaBuffer& into = a.buffers[static_cast<std::size_t>(buf.within)];
            define(k + "_CHANNEL_OFFSET", buf.channel_offset,
                   "written into a concatenation from this channel");
            define(k + "_CHANNELS", r.rows[into.row].output.c,
                   "the concatenation's channels: the row stride");
        }
    }

    WeightTypes types{.weight_bytes = p.weight_bytes,
                      .bias_bytes = p.bias_bytes,
                      .alignment = a.arena.alignment > 0 ? a.arena.alignment : 1};
    std::vector<LayerWeights> blob(weighted_rows(r.rows, r.count));
    const std::uint64_t blob_bytes =
        layout_weights(r.rows, r.count, r.totals.layers, types, blob.data());
    section("The weight blob: weights " + std::string(p.weight_element) + " (" +
            bytes_text(p.weight_bytes) + "), biases and statistics " + std::string(p.bias_element) +
            " (" + bytes_text(p.bias_bytes) + "), each tensor aligned");
    define("WEIGHT_BLOB_BYTES", blob_bytes, "the blob's size");
    define("WEIGHT_ALIGNMENT", types.alignment, "every tensor's offset is a multiple of it");
    define("WEIGHT_LAYER_COUNT", blob.size(), "layers with weights, biases or statistics");
    for (std::size_t k = 0; k < blob.size(); ++k) {
        const LayerWeights& l = blob[k];
        const std::string n = "_" + std::to_string(k);
        const std::string label = row_label(r, paths, l.row);
        bool first = true;
        const auto tensor = [&](std::string_view what, const WeightTensor& t,
                                std::string_view noun) {
            if (t.values == 0) return;
            define(std::string(what) + n + "_OFFSET", t.offset,
                   (first ? label + ": " : std::string()) + group_digits(t.values) + " " +
                       std::string(noun));
            define(std::string(what) + n + "_BYTES", t.bytes, "");
            first = false;
        };
        tensor("WEIGHTS", l.weights, "weights");
        tensor("BIASES", l.biases, "biases");
        tensor("STATISTICS", l.statistics, "moving statistics (mean, variance)");
    }

    bool wide = false;
    std::size_t name_width = 0;
    for (const c_define& d : lines) {
        wide = wide || d.value > 0xffffffffu;
        name_width = d.name.size() > name_width ? d.name.size() : name_width;
    }
    const std::string guard = prefix + "_ARENA_PLAN_H";
    os << "/* " << c_comment(r.network) << ": arena plan and weight blob, written by ctnn "
       << version_string
       << ".\n * Offsets are in bytes from the start of the arena or of the weight blob. */\n"
       << "#ifndef " << guard << "\n#define " << guard << "\n";
    if (wide) os << "\n#include <stdint.h>\n";
    for (const c_define& d : lines) {
        if (d.name.empty()) {
            os << "\n/* " << d.comment << " */\n";
            continue;
        }
        const std::string value =
            wide ? "UINT64_C(" + std::to_string(d.value) + ")" : std::to_string(d.value) + "UL";
        os << "#define " << plan_cell(d.name, name_width, false) << ' '
           << (d.comment.empty()
                   ? value
                   : plan_cell(value, wide ? 24 : 12, false) + " /* " + d.comment + " */")
           << '\n';
    }
    os << "\n#endif /* " << guard << " */\n";
}

/// Prints network N's arena plan as text, planned for o's element size and p's arena.
template <class N>
void plan(std::ostream& os, const ReportOptions& o = {}, const PlanOptions& p = {}) {
    write_plan(os, report_of<N>(), arena_report_of<N>(o.bytes_per_value, p.arena), o, p);
}

/// Prints network N's arena plan as an SVG drawing of memory over time.
template <class N>
void plan_svg(std::ostream& os, const ReportOptions& o = {}, const PlanOptions& p = {}) {
    write_plan_svg(os, report_of<N>(), arena_report_of<N>(o.bytes_per_value, p.arena), o, p);
}

/// Prints network N's arena plan and weight blob as a C header (the prefix: network_id<N>
/// upper-cased unless p.id says otherwise).
template <class N>
void c_header(std::ostream& os, const ReportOptions& o = {}, PlanOptions p = {}) {
    const std::string id = p.id.empty() ? network_id<N>() : std::string(p.id);
    p.id = id;
    write_c_header(os, report_of<N>(), arena_report_of<N>(o.bytes_per_value, p.arena), o, p);
}

}  // namespace ctnn
