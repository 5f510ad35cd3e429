#pragma once
// ctnn/core/costs.hpp: what a layer costs beyond its parameters: operations, and the geometry
// its receptive field needs. docs/conventions.md says what each count includes.

#include <cstdint>
#include <initializer_list>

#include <ctnn/core/checked.hpp>

namespace ctnn {

/// Ops: a layer's arithmetic, by kind, for one input (batch 1).
///
///   macs           multiply-accumulates of convolutions and fully connected layers (depthwise
///                  and grouped included, biases not): the "FLOPs" of most papers and the
///                  "GFLOPS" column of torchvision's model table
///   bias           one addition per output value of a convolution or FC layer with a bias
///   normalization  BatchNorm at inference: 2 per value (a multiply and an add); LRN: 7 per
///                  value (5 multiply-adds for the sum of squares, a power and a multiply)
///   pooling        one comparison or addition per window element read: KH*KW per output
///                  value, H*W per channel for global pooling
///   activation     one per value, whatever the function (ReLU, sigmoid, softmax, ...)
///   elementwise    one per output value of a sum or product of tensors (Residual's addition,
///                  Gate's product)
///
/// FLOPs are 2 * macs; `total()` is every operation, a multiply-accumulate counting as 2.
struct Ops {
    std::uint64_t macs = 0;
    std::uint64_t bias = 0;
    std::uint64_t normalization = 0;
    std::uint64_t pooling = 0;
    std::uint64_t activation = 0;
    std::uint64_t elementwise = 0;

    /// Every operation, a multiply-accumulate counting as two.
    constexpr std::uint64_t total() const noexcept {
        std::uint64_t t = checked_mul(2, macs);
        for (std::uint64_t v : {bias, normalization, pooling, activation, elementwise})
            t = checked_add(t, v);
        return t;
    }
    constexpr Ops& operator+=(const Ops& o) noexcept {
        macs = checked_add(macs, o.macs);
        bias = checked_add(bias, o.bias);
        normalization = checked_add(normalization, o.normalization);
        pooling = checked_add(pooling, o.pooling);
        activation = checked_add(activation, o.activation);
        elementwise = checked_add(elementwise, o.elementwise);
        return *this;
    }
    friend constexpr bool operator==(const Ops&, const Ops&) = default;
};

/// Window: how an output position of a layer looks at its input, along rows (h) and columns
/// (w): a kernel of size k with dilation d, moved by stride s over the input padded by p at the
/// start. A layer that looks at one position (activations, BatchNorm, 1x1 convolutions) has
/// the default window; global pooling and FC on a map look at all of it.
///
/// An upsampling layer (ConvTranspose, Upsample) has a factor u > 1 instead of a stride: its
/// outputs are u times denser than its inputs, and output o sees the inputs i with
/// i*u = o + p - j*d for a tap j of its k (ConvTranspose's padding p crops its output).
struct Window {
    long long kh = 1, kw = 1;
    long long sh = 1, sw = 1;
    long long ph = 0, pw = 0;  ///< padding before (top, left)
    long long dh = 1, dw = 1;
    long long uh = 1, uw = 1;  ///< upsampling factor (1: none)
};

/// Field: the receptive field of one output position in the network's input, along rows and
/// columns: `size` input pixels wide, neighbouring outputs `jump` pixels apart, the field of
/// the first output starting at `start` (negative where it reaches into the padding; Araujo
/// et al. 2019 call -start the effective padding). The input itself has size 1, jump 1, start 0.
///
/// After upsampling by u, outputs are jump/u input pixels apart; `size` is then the largest
/// field over the output positions (they differ by position) and `start` that of the first
/// output. When u does not divide the jump, the outputs do not sit on the input's pixel grid
/// and the field is not a whole number of pixels: ctnn reports it as unknown (size 0, see
/// `known()`), and so are the fields that depend on it.
struct Field {
    long long size_h = 1, size_w = 1;
    long long jump_h = 1, jump_w = 1;
    long long start_h = 0, start_w = 0;

    friend constexpr bool operator==(const Field&, const Field&) = default;

    /// The field after a layer with window `k`: size grows by (d*(k-1)) * jump, the jump is
    /// multiplied by the stride, and the start moves back by the padding. (Fields that would
    /// pass 2^62 saturate there: no real network comes near.)
    constexpr Field through(const Window& k) const noexcept {
        if (k.uh != 1 || k.uw != 1 || size_h == 0) return upsampled(k);
        // While the window's values stay below 2^15, jumps below 2^31 and sizes below 2^61,
        // no product or sum can overflow: one condition guards the plain arithmetic (each
        // statement of a constant evaluation counts against clang's step limit).
        constexpr long long small = 1LL << 15;
        if (jump_h < (1LL << 31) && jump_w < (1LL << 31) && size_h < (1LL << 61) &&
            size_w < (1LL << 61) && start_h > -(1LL << 61) && start_w > -(1LL << 61) &&
            k.kh < small && k.kw < small && k.dh < small && k.dw < small && k.sh < small &&
            k.sw < small && k.ph < small && k.pw < small)
            return {.size_h = size_h + k.dh * (k.kh - 1) * jump_h,
                    .size_w = size_w + k.dw * (k.kw - 1) * jump_w,
                    .jump_h = jump_h * k.sh,
                    .jump_w = jump_w * k.sw,
                    .start_h = start_h - k.ph * jump_h,
                    .start_w = start_w - k.pw * jump_w};
        return {.size_h = add(size_h, mul(k.dh * (k.kh - 1), jump_h)),
                .size_w = add(size_w, mul(k.dw * (k.kw - 1), jump_w)),
                .jump_h = mul(jump_h, k.sh),
                .jump_w = mul(jump_w, k.sw),
                .start_h = add(start_h, -mul(k.ph, jump_h)),
                .start_w = add(start_w, -mul(k.pw, jump_w))};
    }
    /// Whether the field is a whole number of input pixels (see above).
    constexpr bool known() const noexcept { return size_h != 0 && size_w != 0; }

    /// Where paths merge (Residual, Concat, Gate), the union of the fields of the first output
    /// position, keeping this path's jump: the merged field is at least the larger one.
    constexpr Field merge(const Field& o) const noexcept {
        if (!known() || !o.known()) return unknown();
        const auto lo = [](long long a, long long b) { return a < b ? a : b; };
        const auto hi = [](long long a, long long b) { return a > b ? a : b; };
        const long long start_h2 = lo(start_h, o.start_h), start_w2 = lo(start_w, o.start_w);
        return {.size_h = hi(start_h + size_h, o.start_h + o.size_h) - start_h2,
                .size_w = hi(start_w + size_w, o.start_w + o.size_w) - start_w2,
                .jump_h = jump_h,
                .jump_w = jump_w,
                .start_h = start_h2,
                .start_w = start_w2};
    }

  private:
    static constexpr Field unknown() noexcept {
        return {.size_h = 0, .size_w = 0, .jump_h = 0, .jump_w = 0, .start_h = 0, .start_w = 0};
    }

    /// One axis after an upsampling window: jump/u apart; output o sees the inputs from
    /// ceil((o + p - d*(k-1)) / u) to floor((o + p) / u), at most ceil((d*(k-1)+1) / u) of them.
    struct axis {
        long long size, jump, start;
    };
    static constexpr axis up_axis(long long size, long long jump, long long start, long long k,
                                  long long d, long long p, long long u) noexcept {
        const auto ceil_div = [](long long a, long long b) {
            return a >= 0 ? (a + b - 1) / b : -((-a) / b);
        };
        const long long seen = ceil_div(d * (k - 1) + 1, u);
        return {.size = add(size, mul(seen - 1, jump)),
                .jump = jump / u,
                .start = add(start, mul(ceil_div(p - d * (k - 1), u), jump))};
    }
    constexpr Field upsampled(const Window& k) const noexcept {
        if (!known() || k.uh < 1 || k.uw < 1 || jump_h % k.uh != 0 || jump_w % k.uw != 0)
            return unknown();
        const axis h = up_axis(size_h, jump_h, start_h, k.kh, k.dh, k.ph, k.uh);
        const axis w = up_axis(size_w, jump_w, start_w, k.kw, k.dw, k.pw, k.uw);
        return {.size_h = h.size, .size_w = w.size, .jump_h = h.jump, .jump_w = w.jump,
                .start_h = h.start, .start_w = w.start};
    }

    static constexpr long long limit = 1LL << 62;
    static constexpr long long clamp(long long v) noexcept {
        return v > limit ? limit : v < -limit ? -limit : v;
    }
    static constexpr long long mul(long long a, long long b) noexcept {
        if (a == 0 || b == 0) return 0;
        const long long m = (a < 0 ? -a : a), n = (b < 0 ? -b : b);
        if (m > limit / n) return (a < 0) != (b < 0) ? -limit : limit;
        return clamp(a * b);
    }
    static constexpr long long add(long long a, long long b) noexcept { return clamp(a + b); }
};

}  // namespace ctnn
