#pragma once
// tests/runtime/executor.hpp: a reference executor that runs a ctnn network for real, so that an
// arena plan (analysis/arena.hpp) can be proved by running an inference inside it.
//
// What it computes. One inference of Net<Input<H, W, C>, ...> on float values, with plain loops
// and nothing beyond the standard library. The input and every parameter are pure functions of
// (row, index) (`uniform`): run twice, a network sees the same input and the same weights.
//
// How it walks. Over the network's type, in the order of ctnn::rows<N>: a row for the input,
// then each element, a block's row before its children's (a Repeat's copy once per copy). It
// counts rows as it goes and CHECKs each against rows<N>: depth, input and output shape, and for
// a leaf its name (the layer's own, starting with the family the executor ran: "Conv",
// "MaxPool", ...), for a block its kind ("sequential", "residual", ...). A walk that strays
// from the table fails at the first row that differs.
//
// Where tensors live: a Memory answers `place(row, shape)` with the View the row writes.
//   - Separate: every row's output in a std::vector of its own, in-place layers and views
//     included (they write a copy): the reference run.
//   - Planned: every row's output at arena + plan.buffer_of(row).offset in one float arena. A
//     buffer with `within >= 0` (Arena{.concat_in_place = true}) is at its concatenation's
//     buffer, from channel `channel_offset`, and its positions are that buffer's channel count
//     apart. Rows that share a buffer (in-place layers, views, Residual's sum) get the same
//     place, so they really run in place there.
// Each output value is computed by the same expression over the same values in the same order
// in both memories, so the outputs of a correct plan equal the reference bit for bit.
//
// Layers and their arithmetic (out(y, x, c) for a map, out(k) for a vector):
//   Conv<KH, KW, F, ...>  sum over ky, kx, then the group's input channels, of w * in; then
//                         + bias. Stride, explicit padding or Same (TensorFlow's split),
//                         dilation, Groups, NoBias.
//   DepthwiseConv         a Conv with Cin groups and Cin*M filters (output channel c*M + m reads
//                         input channel c).
//   MaxPool, AvgPool      max, or sum / count, over the window's positions inside the input
//                         (floor mode only: CeilMode is a compile error).
//   GlobalAvgPool         per channel, sum over (y, x) / (H*W): a vector of C.
//   FC<U>                 sum over the input in (y, x, c) order of w * in, then + bias.
//   BatchNorm             gamma * (x - mean) / sqrt(var + 1e-5) + beta, per channel.
//   ReLU, ReLU6           max(x, 0); min(max(x, 0), 6).
//   Flatten, Identity, Dropout   the same values (a copy in (y, x, c) order when not shared).
//   Upsample<S...>        nearest: out(y, x, c) = in(y / SH, x / SW, c).
//   Sequential, Repeat    the children in turn.
//   Residual<Body, ...>   body(x) + shortcut(x), value by value.
//   Concat<Bs...>         the branches' channels side by side, in order; a branch already
//                         written in its place (concat_in_place) is not copied.
// Any other layer or block is a compile error (no overload of `leaf` or `block` takes it).

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <limits>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include <doctest/doctest.h>

#include <ctnn/ctnn.hpp>

namespace executor {

/// A tensor where it lives: element (y, x, c) is data[(y * W + x) * stride + c], `stride` being
/// the channel count of the buffer it lives in (its own, or its concatenation's). A vector is
/// 1 x 1 x n.
struct View {
    float* data = nullptr;
    ctnn::Shape shape{};
    std::size_t stride = 0;

    std::size_t h() const { return static_cast<std::size_t>(shape.h); }
    std::size_t w() const { return static_cast<std::size_t>(shape.w); }
    std::size_t c() const { return static_cast<std::size_t>(shape.c); }
    float& at(std::size_t y, std::size_t x, std::size_t ch) const { return data[(y * w() + x) * stride + ch]; }
    /// The floats from `data` to one past the last element.
    std::size_t extent() const { return (h() * w() - 1) * stride + c(); }
};

/// A value uniform in [-1, 1), a function of (row, k) only (splitmix64's mixing of both).
inline float uniform(std::size_t row, std::size_t k) {
    std::uint64_t z = (static_cast<std::uint64_t>(row) << 40) + static_cast<std::uint64_t>(k) +
                      0x9e3779b97f4a7c15u;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    z ^= z >> 31;
    return static_cast<float>(z >> 40) * (2.0f / 16777216.0f) - 1.0f;  // 24 bits: exact
}

/// n parameters of row `row`, numbered from `first`, uniform in [-scale, scale).
inline std::vector<float> parameters(std::size_t row, std::size_t first, std::size_t n, float scale) {
    std::vector<float> p(n);
    for (std::size_t k = 0; k < n; ++k) p[k] = scale * uniform(row, first + k);
    return p;
}

/// Memory of the reference run: each row's output in a vector of its own.
class Separate {
  public:
    View place(std::size_t, const ctnn::Shape& s) {
        tensors_.emplace_back(static_cast<std::size_t>(s.size()), std::numeric_limits<float>::quiet_NaN());
        return {.data = tensors_.back().data(), .shape = s, .stride = static_cast<std::size_t>(s.c)};
    }
    /// Nothing to check: a block's output is wherever its last step wrote it.
    void expect(std::size_t, const View&) {}
    /// Floats allocated, all tensors together.
    std::size_t floats() const {
        std::size_t n = 0;
        for (const auto& t : tensors_) n += t.size();
        return n;
    }

  private:
    std::deque<std::vector<float>> tensors_;
};

/// Where a row's output lives in the arena: its first element, in floats from the arena's
/// start; its stride; the shape of the tensor that owns the buffer (the concatenation's, for a
/// part written in place).
struct Placement {
    std::size_t offset = 0;
    std::size_t stride = 0;
    ctnn::Shape home{};
};

/// The placement of every row of a network with rows `rows` under `plan` (an ArenaPlan, or a
/// modified copy of one).
template <class Plan>
std::vector<Placement> placements(const Plan& plan, std::span<const ctnn::Row> rows) {
    std::vector<Placement> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const ctnn::ArenaBuffer& b = plan.buffer_of(r);
        REQUIRE(b.in_arena);
        REQUIRE(b.offset % sizeof(float) == 0);
        const bool part = b.within >= 0;
        const ctnn::ArenaBuffer& home = part ? plan.buffers[static_cast<std::size_t>(b.within)] : b;
        const ctnn::Shape& s = rows[home.row].output;
        out.push_back({.offset = static_cast<std::size_t>(b.offset / sizeof(float)) +
                                 (part ? static_cast<std::size_t>(b.channel_offset) : 0),
                       .stride = static_cast<std::size_t>(s.c),
                       .home = s});
    }
    return out;
}

/// Memory of a planned run: one arena of `floats` floats, every row at its placement. The arena
/// starts as NaN, so that a value read before it is written shows in the output.
class Planned {
  public:
    Planned(std::vector<Placement> places, std::size_t floats)
        : places_(std::move(places)), arena_(floats, std::numeric_limits<float>::quiet_NaN()) {}

    View place(std::size_t row, const ctnn::Shape& s) {
        REQUIRE(row < places_.size());
        const Placement& p = places_[row];
        const View v{.data = arena_.data() + p.offset, .shape = s, .stride = p.stride};
        // Either the whole buffer, laid out contiguously (seen as a map or as a vector), or a
        // part of a concatenation's map: the same H x W, its channels within the stride.
        const bool whole = s.size() == p.home.size() && p.stride == p.home.c;
        const bool part = s.h == p.home.h && s.w == p.home.w && s.c <= p.stride;
        CHECK((whole || part));
        REQUIRE(p.offset + v.extent() <= arena_.size());
        return v;
    }
    /// A block's output is where the plan puts the block's row.
    void expect(std::size_t row, const View& v) {
        const View p = place(row, v.shape);
        CHECK(p.data == v.data);
        CHECK(p.stride == v.stride);
    }

  private:
    std::vector<Placement> places_;
    std::vector<float> arena_;
};

/// One axis of a sliding window: the output size and the padding before the first input.
struct Axis {
    std::size_t out = 0;
    long long before = 0;
};

inline Axis slide(std::size_t in, long long k, long long s, long long d, long long before, long long after,
                  bool same) {
    const auto n = static_cast<long long>(in);
    const long long span = d * (k - 1) + 1;
    if (same) {  // out = ceil(in / s); the odd padding row or column at the end
        const long long out = (n + s - 1) / s;
        const long long total = std::max((out - 1) * s + span - n, 0LL);
        return {.out = static_cast<std::size_t>(out), .before = total / 2};
    }
    return {.out = static_cast<std::size_t>((n + before + after - span) / s + 1), .before = before};
}

/// A 2-D window on a given input: sizes, steps, dilation, and both axes.
struct Window {
    long long kh = 1, kw = 1, sh = 1, sw = 1, dh = 1, dw = 1;
    Axis y{}, x{};

    /// The input row (or column) of output position o and tap k, or -1 when it is padding.
    static long long tap(std::size_t o, long long k, long long step, long long dilation, const Axis& a,
                         std::size_t size) {
        const long long i = static_cast<long long>(o) * step - a.before + k * dilation;
        return i >= 0 && i < static_cast<long long>(size) ? i : -1;
    }
};

/// The window of a layer with kernel kh x kw and options `o` (its option set) on `in`.
template <class Options>
Window window(const View& in, long long kh, long long kw, const Options& o) {
    Window g{.kh = kh, .kw = kw, .sh = o.stride_h, .sw = o.stride_w, .dh = o.dilation_h, .dw = o.dilation_w};
    g.y = slide(in.h(), kh, o.stride_h, o.dilation_h, o.pad_top, o.pad_bottom, o.same);
    g.x = slide(in.w(), kw, o.stride_w, o.dilation_w, o.pad_left, o.pad_right, o.same);
    return g;
}

/// Whether `name` is a layer of `family`: the family itself, or it followed by ' ' or ','.
inline bool of_family(std::string_view name, std::string_view family) {
    return name == family || (name.starts_with(family) && name.size() > family.size() &&
                              (name[family.size()] == ' ' || name[family.size()] == ','));
}

/// The walk of a network (see the top of this file), writing where `Memory` says.
template <class Memory>
class Executor {
  public:
    Executor(std::span<const ctnn::Row> rows, Memory& memory) : rows_(rows), memory_(memory) {}

    /// Runs the network and returns its output, where it lies.
    template <class In, class... Ls>
    View run(const ctnn::Net<In, Ls...>*) {
        REQUIRE(!rows_.empty());
        CHECK(rows_[0].kind->name == "input");
        View t = memory_.place(0, rows_[0].output);
        std::size_t k = 0;
        for (std::size_t y = 0; y < t.h(); ++y)
            for (std::size_t x = 0; x < t.w(); ++x)
                for (std::size_t c = 0; c < t.c(); ++c) t.at(y, x, c) = uniform(0, k++);
        next_ = 1;
        ((t = node<Ls>(t)), ...);
        CHECK(next_ == rows_.size());
        return t;
    }

    /// Concatenation parts found already in place (not copied).
    std::size_t parts_in_place() const { return parts_in_place_; }

  private:
    std::span<const ctnn::Row> rows_;
    Memory& memory_;
    std::size_t next_ = 0;
    int depth_ = 0;
    std::size_t parts_in_place_ = 0;

    /// One element (a leaf or a block and its subtree) on `in`: its row first.
    template <class L>
    View node(const View& in) {
        const std::size_t row = next_++;
        REQUIRE(row < rows_.size());
        const ctnn::Row& r = rows_[row];
        CHECK(r.depth == depth_);
        CHECK(r.input == in.shape);
        View out;
        if constexpr (ctnn::block<L>) {
            ++depth_;
            out = block(static_cast<const L*>(nullptr), in, row);
            --depth_;
            memory_.expect(row, out);
        } else {
            CHECK(r.name == std::string_view{L::name});
            out = leaf(static_cast<const L*>(nullptr), in, row);
        }
        CHECK(r.output == out.shape);
        return out;
    }

    void family(std::size_t row, std::string_view f) const {
        INFO("row ", row, ": ", rows_[row].name);
        CHECK(of_family(rows_[row].name, f));
    }
    void kind(std::size_t row, std::string_view k) const {
        INFO("row ", row, ": ", rows_[row].name);
        CHECK(rows_[row].kind->name == k);
    }

    // ---- layers that keep the shape, value by value ------------------------------------------

    /// out = f(in, channel) for every value: in place when the plan puts the output on the input.
    template <class F>
    View each_value(const View& in, std::size_t row, F f) {
        const View out = memory_.place(row, in.shape);
        for (std::size_t y = 0; y < in.h(); ++y)
            for (std::size_t x = 0; x < in.w(); ++x)
                for (std::size_t c = 0; c < in.c(); ++c) out.at(y, x, c) = f(in.at(y, x, c), c);
        return out;
    }

    View leaf(const ctnn::ReLU*, const View& in, std::size_t row) {
        family(row, "ReLU");
        return each_value(in, row, [](float v, std::size_t) { return std::max(v, 0.0f); });
    }
    View leaf(const ctnn::ReLU6*, const View& in, std::size_t row) {
        family(row, "ReLU6");
        return each_value(in, row, [](float v, std::size_t) { return std::min(std::max(v, 0.0f), 6.0f); });
    }
    View leaf(const ctnn::BatchNorm*, const View& in, std::size_t row) {
        family(row, "BatchNorm");
        const std::size_t n = in.c();
        const std::vector<float> gamma = parameters(row, 0, n, 0.25f), beta = parameters(row, n, n, 0.25f),
                                 mean = parameters(row, 2 * n, n, 0.25f), var = parameters(row, 3 * n, n, 0.5f);
        return each_value(in, row, [&](float v, std::size_t c) {
            return (1.0f + gamma[c]) * (v - mean[c]) / std::sqrt(1.0f + var[c] + 1e-5f) + beta[c];
        });
    }

    /// A view: the same values under shape `s`. Nothing to do when the plan shares the buffer
    /// (then its layout must already be right); otherwise a copy in (y, x, c) order.
    View same_values(const View& in, const ctnn::Shape& s, std::size_t row) {
        const View out = memory_.place(row, s);
        if (out.data == in.data) {
            CHECK((s == in.shape ? out.stride == in.stride : in.stride == in.c()));
            return out;
        }
        std::size_t k = 0;
        for (std::size_t y = 0; y < in.h(); ++y)
            for (std::size_t x = 0; x < in.w(); ++x)
                for (std::size_t c = 0; c < in.c(); ++c, ++k) {
                    const std::size_t per_row = out.w() * out.c();
                    out.at(k / per_row, k % per_row / out.c(), k % out.c()) = in.at(y, x, c);
                }
        return out;
    }
    View leaf(const ctnn::Flatten*, const View& in, std::size_t row) {
        family(row, "Flatten");
        return same_values(in, in.shape.flattened(), row);
    }
    View leaf(const ctnn::Identity*, const View& in, std::size_t row) {
        family(row, "Identity");
        return same_values(in, in.shape, row);
    }
    View leaf(const ctnn::Dropout*, const View& in, std::size_t row) {
        family(row, "Dropout");
        return same_values(in, in.shape, row);
    }

    // ---- windows ---------------------------------------------------------------------------

    /// A convolution with window g, `filters` outputs in `groups` groups, and a bias or not.
    View convolve(const View& in, std::size_t row, const Window& g, std::size_t filters, std::size_t groups,
                  bool bias) {
        REQUIRE(in.c() % groups == 0);
        REQUIRE(filters % groups == 0);
        const std::size_t cin = in.c() / groups, per_group = filters / groups;
        const auto kh = static_cast<std::size_t>(g.kh), kw = static_cast<std::size_t>(g.kw);
        const std::size_t taps = kh * kw * cin;
        const std::vector<float> w = parameters(row, 0, taps * filters, std::sqrt(6.0f / static_cast<float>(taps)));
        const std::vector<float> b = parameters(row, taps * filters, bias ? filters : 0, 0.1f);
        const View out = memory_.place(row, ctnn::Shape::hwc(g.y.out, g.x.out, filters));
        for (std::size_t oy = 0; oy < g.y.out; ++oy)
            for (std::size_t ox = 0; ox < g.x.out; ++ox)
                for (std::size_t f = 0; f < filters; ++f) {
                    const std::size_t first = f / per_group * cin;
                    float sum = 0.0f;
                    for (std::size_t ky = 0; ky < kh; ++ky) {
                        const long long iy = Window::tap(oy, static_cast<long long>(ky), g.sh, g.dh, g.y, in.h());
                        if (iy < 0) continue;
                        for (std::size_t kx = 0; kx < kw; ++kx) {
                            const long long ix = Window::tap(ox, static_cast<long long>(kx), g.sw, g.dw, g.x, in.w());
                            if (ix < 0) continue;
                            const float* wk = &w[((f * kh + ky) * kw + kx) * cin];
                            for (std::size_t c = 0; c < cin; ++c)
                                sum += wk[c] * in.at(static_cast<std::size_t>(iy), static_cast<std::size_t>(ix), first + c);
                        }
                    }
                    if (bias) sum += b[f];
                    out.at(oy, ox, f) = sum;
                }
        return out;
    }

    template <int KH, int KW, int F, class... Os>
    View leaf(const ctnn::Conv<KH, KW, F, Os...>*, const View& in, std::size_t row) {
        family(row, "Conv");
        constexpr auto& o = ctnn::Conv<KH, KW, F, Os...>::options;
        return convolve(in, row, window(in, KH, KW, o), F, static_cast<std::size_t>(o.groups), o.bias);
    }
    template <int KH, int KW, class... Os>
    View leaf(const ctnn::DepthwiseConv<KH, KW, Os...>*, const View& in, std::size_t row) {
        family(row, "DepthwiseConv");
        constexpr auto& o = ctnn::DepthwiseConv<KH, KW, Os...>::options;
        return convolve(in, row, window(in, KH, KW, o), in.c() * static_cast<std::size_t>(o.multiplier), in.c(),
                        o.bias);
    }

    /// A pooling with window g: the maximum, or the mean, of its positions inside the input.
    View pool(const View& in, std::size_t row, const Window& g, bool maximum) {
        const View out = memory_.place(row, ctnn::Shape::hwc(g.y.out, g.x.out, in.shape.c));
        for (std::size_t oy = 0; oy < g.y.out; ++oy)
            for (std::size_t ox = 0; ox < g.x.out; ++ox)
                for (std::size_t c = 0; c < in.c(); ++c) {
                    float best = -std::numeric_limits<float>::infinity(), sum = 0.0f;
                    std::size_t count = 0;
                    for (long long ky = 0; ky < g.kh; ++ky) {
                        const long long iy = Window::tap(oy, ky, g.sh, g.dh, g.y, in.h());
                        for (long long kx = 0; kx < g.kw && iy >= 0; ++kx) {
                            const long long ix = Window::tap(ox, kx, g.sw, g.dw, g.x, in.w());
                            if (ix < 0) continue;
                            const float v = in.at(static_cast<std::size_t>(iy), static_cast<std::size_t>(ix), c);
                            best = std::max(best, v);
                            sum += v;
                            ++count;
                        }
                    }
                    out.at(oy, ox, c) = maximum ? best : sum / static_cast<float>(count);
                }
        return out;
    }

    template <int KH, int KW, class... Os>
    View leaf(const ctnn::MaxPool<KH, KW, Os...>*, const View& in, std::size_t row) {
        family(row, "MaxPool");
        constexpr auto& o = ctnn::MaxPool<KH, KW, Os...>::options;
        static_assert(!o.ceil_mode, "the reference executor pools in floor mode only");
        return pool(in, row, window(in, KH, KW, o), true);
    }
    template <int KH, int KW, class... Os>
    View leaf(const ctnn::AvgPool<KH, KW, Os...>*, const View& in, std::size_t row) {
        family(row, "AvgPool");
        constexpr auto& o = ctnn::AvgPool<KH, KW, Os...>::options;
        static_assert(!o.ceil_mode, "the reference executor pools in floor mode only");
        return pool(in, row, window(in, KH, KW, o), false);
    }

    View leaf(const ctnn::GlobalAvgPool*, const View& in, std::size_t row) {
        family(row, "GlobalAvgPool");
        const View out = memory_.place(row, ctnn::Shape::vector(in.shape.c));
        for (std::size_t c = 0; c < in.c(); ++c) {
            float sum = 0.0f;
            for (std::size_t y = 0; y < in.h(); ++y)
                for (std::size_t x = 0; x < in.w(); ++x) sum += in.at(y, x, c);
            out.at(0, 0, c) = sum / static_cast<float>(in.h() * in.w());
        }
        return out;
    }

    template <int U, class... Os>
    View leaf(const ctnn::FC<U, Os...>*, const View& in, std::size_t row) {
        family(row, "FC");
        constexpr bool bias = ctnn::FC<U, Os...>::options.bias;
        const auto units = static_cast<std::size_t>(U), n = static_cast<std::size_t>(in.shape.size());
        const std::vector<float> w = parameters(row, 0, n * units, std::sqrt(6.0f / static_cast<float>(n)));
        const std::vector<float> b = parameters(row, n * units, bias ? units : 0, 0.1f);
        const View out = memory_.place(row, ctnn::Shape::vector(units));
        for (std::size_t u = 0; u < units; ++u) {
            float sum = 0.0f;
            std::size_t k = u * n;
            for (std::size_t y = 0; y < in.h(); ++y)
                for (std::size_t x = 0; x < in.w(); ++x)
                    for (std::size_t c = 0; c < in.c(); ++c) sum += w[k++] * in.at(y, x, c);
            if (bias) sum += b[u];
            out.at(0, 0, u) = sum;
        }
        return out;
    }

    template <int... S>
    View leaf(const ctnn::Upsample<S...>*, const View& in, std::size_t row) {
        family(row, "Upsample");
        constexpr int factors[] = {S...};
        constexpr auto sh = static_cast<std::size_t>(factors[0]);
        constexpr auto sw = static_cast<std::size_t>(factors[sizeof...(S) - 1]);
        const View out = memory_.place(row, ctnn::Shape::hwc(in.shape.h * sh, in.shape.w * sw, in.shape.c));
        for (std::size_t y = 0; y < out.h(); ++y)
            for (std::size_t x = 0; x < out.w(); ++x)
                for (std::size_t c = 0; c < out.c(); ++c) out.at(y, x, c) = in.at(y / sh, x / sw, c);
        return out;
    }

    // ---- blocks ----------------------------------------------------------------------------

    template <class... Cs>
    View block(const ctnn::Sequential<Cs...>*, const View& in, std::size_t row) {
        kind(row, "sequential");
        View t = in;
        ((t = node<Cs>(t)), ...);
        return t;
    }

    template <int N, class... Ls>
    View block(const ctnn::Repeat<N, Ls...>*, const View& in, std::size_t row) {
        kind(row, "repeat");
        View t = in;
        for (int i = 0; i < N; ++i) t = node<typename ctnn::Repeat<N, Ls...>::copy_type>(t);
        return t;
    }

    template <class Body, class... S>
    View block(const ctnn::Residual<Body, S...>*, const View& in, std::size_t row) {
        kind(row, "residual");
        const View body = node<Body>(in);
        const View shortcut = node<typename ctnn::Residual<Body, S...>::shortcut_type>(in);
        REQUIRE(body.shape == shortcut.shape);
        const View out = memory_.place(row, body.shape);
        for (std::size_t y = 0; y < out.h(); ++y)
            for (std::size_t x = 0; x < out.w(); ++x)
                for (std::size_t c = 0; c < out.c(); ++c) out.at(y, x, c) = body.at(y, x, c) + shortcut.at(y, x, c);
        return out;
    }

    template <class... Bs>
    View block(const ctnn::Concat<Bs...>*, const View& in, std::size_t row) {
        kind(row, "concat");
        const View parts[] = {node<Bs>(in)...};  // a braced list: the branches run in order
        std::uint64_t channels = 0;
        for (const View& p : parts) channels += p.shape.c;
        const ctnn::Shape& first = parts[0].shape;
        const View out = memory_.place(
            row, first.flat ? ctnn::Shape::vector(channels) : ctnn::Shape::hwc(first.h, first.w, channels));
        std::size_t from = 0;
        for (const View& p : parts) {
            if (p.data == &out.at(0, 0, from) && p.stride == out.stride) {
                ++parts_in_place_;  // written there by its own last layer
            } else {
                for (std::size_t y = 0; y < p.h(); ++y)
                    for (std::size_t x = 0; x < p.w(); ++x)
                        for (std::size_t c = 0; c < p.c(); ++c) out.at(y, x, from + c) = p.at(y, x, c);
            }
            from += p.c();
        }
        return out;
    }
};

/// What one run gives: the output values (contiguous, in (y, x, c) order) and the concatenation
/// parts it found in place.
struct Result {
    std::vector<float> output;
    std::size_t parts_in_place = 0;
};

/// Runs network N with `memory`.
template <class N, class Memory>
Result execute(Memory& memory) {
    Executor<Memory> e{std::span<const ctnn::Row>(ctnn::rows<N>), memory};
    const View out = e.run(static_cast<const N*>(nullptr));
    Result r{.output = std::vector<float>(static_cast<std::size_t>(out.shape.size())),
             .parts_in_place = e.parts_in_place()};
    std::size_t k = 0;
    for (std::size_t y = 0; y < out.h(); ++y)
        for (std::size_t x = 0; x < out.w(); ++x)
            for (std::size_t c = 0; c < out.c(); ++c) r.output[k++] = out.at(y, x, c);
    return r;
}

/// Runs network N with every tensor in its own vector (the reference).
template <class N>
Result execute_separately() {
    Separate memory;
    return execute<N>(memory);
}

/// Runs network N inside one arena laid out by `plan` (arena_plan<N, float, ...> or a copy).
template <class N, class Plan>
Result execute_in_arena(const Plan& plan) {
    REQUIRE(plan.bytes % sizeof(float) == 0);
    Planned memory{placements(plan, std::span<const ctnn::Row>(ctnn::rows<N>)),
                   static_cast<std::size_t>(plan.bytes / sizeof(float))};
    return execute<N>(memory);
}

}  // namespace executor
