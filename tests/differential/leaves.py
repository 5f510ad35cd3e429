"""leaves.py: every kind of leaf layer of ctnn's differential tests, each kind in one place.

A leaf is one row of ctnn's table and one leaf module in torch: a `Layer`, a `kind` ("conv",
"maxpool", ...) and its arguments `p`. Each kind is one class below (a subclass of `LeafKind`,
registered by `@register`) that says all there is to say about it:

- `draws` and `draw`: in which of the generator's lists it stands, how often, and how a random
  one is drawn for an input shape;
- `out`: its output shape, or `Invalid` when it does not accept its input (the rules ctnn and
  PyTorch 1.13 share: they decide what is generated, not what is compared);
- `cpp`: its ctnn spelling;
- `module`: its torch module (with the module classes torch lacks, defined beside it);
- `features`: the options `run.py` counts in its summary;
- `macs`: a MAC count of its own, only when torch_side's generic measure (by module class)
  would not count the kind as ctnn does (no kind needs one today).

netgen.py (blocks, the generator's driver, the ctnn type of a network) and torch_side.py
(block modules, recording with hooks) are generic: they reach a leaf's kind with `kind_of` and
draw leaves with `Choices`. A kind standing for a few ctnn layers drawn together (MaxPool and
AvgPool, GlobalAvgPool and GlobalMaxPool) lists all their Layer kinds in `kinds`.

Drawing consumes the generator's random.Random in a fixed order: a seed's networks depend on
every draw, on the weights and on the ranks of the lists (see `Draw`).

torch is imported only when a module is built: generating needs none, so run.py writes and
starts compiling its C++ programs before importing torch (some 2.5 s). For the same reason the
module classes torch lacks are defined on first use (`torch_class`).
"""

import functools
from collections import namedtuple


# ---- the vocabulary: shapes, layers, rejection ------------------------------------------------

class Invalid(Exception):
    """A proposed node does not accept its input (the generator draws another)."""


# A tensor of one sample: an H x W x C map (flat False) or a vector of c values (flat True,
# h = w = 1), ctnn's Shape.
Shape = namedtuple("Shape", "h w c flat")


def fmap(h, w, c):
    """An H x W x C map."""
    return Shape(h, w, c, False)


def vec(n):
    """A vector of n values."""
    return Shape(1, 1, n, True)


def shape_text(s):
    """ctnn's printed form: 12x12x8 for a map, 256 for a vector."""
    return str(s.c) if s.flat else f"{s.h}x{s.w}x{s.c}"


def size(s):
    """The number of values of a shape."""
    return s.h * s.w * s.c


class Layer:
    """A leaf: one row of ctnn's table, one leaf module in torch. `kind` names its LeafKind
    (`kind_of`), `p` holds its arguments."""

    def __init__(self, kind, **p):
        self.kind = kind
        self.p = p

    def __repr__(self):
        return f"Layer({self.kind!r}, {self.p!r})"


# Limits that keep the networks quick to compile and to run (netgen.py has the others).
MAX_CHANNELS = 48
MAX_FC_INPUT = 6000  # keeps Linear layers small


# ---- the registry ------------------------------------------------------------------------------

class Draw(namedtuple("Draw", "weight rank keep flat", defaults=(True, False))):
    """How one of the generator's lists holds an entry (a leaf kind, or one of netgen's blocks
    drawn among the leaves):

    - weight: its chance, relative to the others' in the list;
    - rank: its place in the list. `Choices.draw` walks the list in rank order with one uniform
      draw, so the networks of a seed depend on the ranks: a new kind takes the next free rank;
    - keep: also drawn where a node must keep H x W (inside a Repeat);
    - flat: it may turn a map into a vector, so it is drawn only where a vector may follow.
    """

    __slots__ = ()


class LeafKind:
    """One kind of leaf, or a few drawn together. Subclasses set `kinds` (the Layer kinds they
    describe) and `draws` ({list name: Draw}: "map" for the leaves drawn on a map, "vector" on
    a vector, "norm on map" and "norm on vector" among the normalizations), and define the
    methods below; `register` adds them to the registry."""

    kinds = ()
    draws = {}
    # A MAC rule of the kind's own, (module, inputs, output) -> MACs, or None for torch_side's
    # generic measure (Conv2d and ConvTranspose2d from their kernels, Linear, 0 otherwise).
    macs = None

    def draw(self, rng, s, keep):
        """A random Layer of this kind on input shape `s` (with `keep`, one that keeps H x W if
        it can); raises Invalid to have the generator draw another node."""
        raise NotImplementedError

    def out(self, layer, s):
        """The output shape of `layer` on input shape `s`; raises Invalid if it does not
        accept `s`."""
        raise NotImplementedError

    def cpp(self, layer):
        """The ctnn spelling of `layer`."""
        raise NotImplementedError

    def module(self, layer, s):
        """The torch module of `layer` on input shape `s`."""
        raise NotImplementedError

    def features(self, layer):
        """The options of `layer` that run.py counts (tags such as "Conv Same stride 1")."""
        return []


KINDS = []      # every registered leaf kind, in the order of this file
_BY_NAME = {}   # Layer kind -> its LeafKind


def register(cls):
    """Class decorator: registers a LeafKind subclass. The class's name then stands for its one
    instance (`FC.make(...)`)."""
    kind = cls()
    KINDS.append(kind)
    for name in cls.kinds:
        if name in _BY_NAME:
            raise AssertionError(f"two leaf kinds named {name!r}")
        _BY_NAME[name] = kind
    return kind


def kind_of(layer):
    """The LeafKind of a Layer."""
    return _BY_NAME[layer.kind]


def weighted(rng, choices):
    """One name of [(name, weight)], drawn by weight with one rng.uniform, in list order."""
    total = sum(w for _, w in choices)
    x = rng.uniform(0, total)
    for name, w in choices:
        x -= w
        if x <= 0:
            return name
    return choices[-1][0]


class Choices:
    """One of the generator's lists: the entries that have a Draw under `name`, in rank order.
    `entries` may still grow until the first draw (the list is ranked then)."""

    def __init__(self, name, entries):
        self.name = name
        self.entries = entries
        self.ranked = None

    def draw(self, rng, s, keep=False, allow_flat=True):
        """An entry drawn by weight among those allowed here (see Draw), then its random node
        for input shape `s`."""
        if self.ranked is None:
            have = [e for e in self.entries if self.name in e.draws]
            self.ranked = sorted(have, key=lambda e: e.draws[self.name].rank)
            ranks = [e.draws[self.name].rank for e in self.ranked]
            if len(set(ranks)) != len(ranks):
                raise AssertionError(f"two entries of the list {self.name!r} share a rank")
        allowed = []
        for entry in self.ranked:
            d = entry.draws[self.name]
            if (d.keep or not keep) and (allow_flat or not d.flat):
                allowed.append((entry, d.weight))
        return weighted(rng, allowed).draw(rng, s, keep)


# ---- shared by the kinds: drawing window options ------------------------------------------------

def divisors(n):
    """The divisors of n from 2 up."""
    return [d for d in range(2, n + 1) if n % d == 0]


def option_order(rng):
    """The order in which a window layer's options are written (shuffled three times in ten;
    any order is valid C++)."""
    order = ["stride", "pad", "dil", "op", "groups", "mult", "bias", "ceil"]
    if rng.random() < 0.3:
        rng.shuffle(order)
    return order


def _pick_pad(rng, k, dil):
    """Padding (t, b, l, r) and its written form (1: Pad<P>, 2: Pad<PH, PW>, 4: all four)."""
    kh, kw = k
    r = rng.random()
    if r < 0.25:
        return (0, 0, 0, 0), 1, rng.random() < 0.3   # none (sometimes written Pad<0>)
    if r < 0.55:
        # "keeps the size" padding for odd kernels, else a small value
        if kh == kw and kh % 2 == 1 and dil[0] == dil[1] and rng.random() < 0.7:
            p = dil[0] * (kh - 1) // 2
        else:
            p = rng.randint(0, 3)
        return (p, p, p, p), rng.choice([1, 1, 2, 4]), True
    if r < 0.8:
        ph, pw = rng.randint(0, 3), rng.randint(0, 3)
        return (ph, ph, pw, pw), rng.choice([2, 2, 4]), True
    return tuple(rng.randint(0, 3) for _ in range(4)), 4, True


def _stride(rng, keep):
    """A window's stride: 1 inside a Repeat (keep), else mostly 1 or 2, sometimes per axis."""
    if keep:
        return (1, 1)
    r = rng.random()
    if r < 0.55:
        return (1, 1)
    if r < 0.85:
        return (2, 2)
    if r < 0.9:
        return (3, 3)
    return (rng.choice([1, 2]), rng.choice([1, 2, 3]))


def _dilation(rng):
    """A window's dilation: mostly 1, else 2 or 3, sometimes per axis."""
    r = rng.random()
    if r < 0.8:
        return (1, 1)
    if r < 0.93:
        d = rng.choice([2, 3])
        return (d, d)
    return (rng.choice([1, 2]), rng.choice([1, 2, 3]))


def _window_common(rng, p, keep, allow_same, pool=False):
    """Stride, dilation and padding of a convolution or pooling layer, and their spelling."""
    kh, kw = p["k"]
    if pool and not keep and rng.random() < 0.5:
        p["stride"], p["write_stride"] = (kh, kw), False   # pooling's default: the window
    else:
        p["stride"] = _stride(rng, keep)
        p["write_stride"] = p["stride"] != (1, 1) or pool or rng.random() < 0.2
    p["stride_form"] = rng.choice([1, 2])
    dil = _dilation(rng) if p.get("dilates", True) else (1, 1)
    if keep and (kh % 2 == 0 or kw % 2 == 0):
        dil = (1, 1)
    p["dil"] = dil
    p["write_dil"] = dil != (1, 1) or (p.get("dilates", True) and rng.random() < 0.05)
    p["dil_form"] = rng.choice([1, 2])
    p.pop("dilates", None)
    if allow_same and rng.random() < (0.35 if keep else 0.15):
        # any stride: TensorFlow's 'same' (the torch module: padding='same' at stride 1, else
        # the padding computed from the input and applied before, as timm's Conv2dSame)
        p["same"], p["pad"], p["write_pad"], p["pad_form"] = True, (0, 0, 0, 0), False, 1
    elif keep:
        ph, pw = dil[0] * (kh - 1) // 2, dil[1] * (kw - 1) // 2
        p["pad"], p["pad_form"] = (ph, ph, pw, pw), rng.choice([1, 2, 4])
        p["write_pad"] = (ph, pw) != (0, 0) or rng.random() < 0.2
    elif pool and rng.random() < 0.3:
        # different on each side (the torch module pads the difference in front)
        p["pad"] = (rng.randint(0, kh // 2), rng.randint(0, kh // 2),
                    rng.randint(0, kw // 2), rng.randint(0, kw // 2))
        p["pad_form"], p["write_pad"] = 4, True
    elif pool:
        ph = rng.randint(0, kh // 2) if rng.random() < 0.5 else 0
        pw = ph if kh == kw and rng.random() < 0.7 else rng.randint(0, kw // 2)
        p["pad"], p["pad_form"] = (ph, ph, pw, pw), rng.choice([1, 2, 4])
        p["write_pad"] = (ph, pw) != (0, 0) or rng.random() < 0.1
    else:
        p["pad"], p["pad_form"], p["write_pad"] = _pick_pad(rng, p["k"], dil)
    p["same"] = p.get("same", False)
    return p


def _kernel(rng, keep):
    """A convolution's kernel (KH, KW): square four times in five; odd sizes inside a Repeat."""
    kh = rng.choice([1, 1, 3, 3, 3, 5, 7] if keep else [1, 1, 2, 3, 3, 3, 4, 5, 7])
    if rng.random() < 0.8:
        return (kh, kh)
    return (kh, rng.choice([1, 3, 5] if keep else [1, 2, 3, 5]))


# ---- shared by the kinds: window shapes ----------------------------------------------------------

def window_out(n, k, s, d, b, e, ceil):
    """Output length along one axis (PyTorch's pooling_output_shape and conv formula)."""
    room = n + b + e - d * (k - 1) - 1
    if room < 0:
        raise Invalid("window larger than the padded input")
    out = (-(-room // s) if ceil else room // s) + 1
    if ceil and (out - 1) * s >= n + b:
        out -= 1
    return out


def _window(s, p, ceil=False):
    """Output H, W of a convolution or pooling window on map s."""
    if s.flat:
        raise Invalid("needs a map")
    kh, kw = p["k"]
    sh, sw = p["stride"]
    dh, dw = p.get("dil", (1, 1))
    t, b, l, r = p["pad"]
    if p.get("same"):
        # TensorFlow's 'same': ceil(in / s), whatever the window (the padding makes it fit)
        return -(-s.h // sh), -(-s.w // sw)
    return (window_out(s.h, kh, sh, dh, t, b, ceil), window_out(s.w, kw, sw, dw, l, r, ceil))


def _asymmetric(pad):
    """Padding (t, b, l, r) that differs between the two sides of an axis."""
    return pad[0] != pad[1] or pad[2] != pad[3]


def _window_features(name, p, by_stride):
    """The counted options of a window layer: padding that differs per side, and Same (split
    by stride when `by_stride`)."""
    tags = []
    if not p.get("same", False) and _asymmetric(p["pad"]):
        tags.append(f"{name} Pad<T, B, L, R>")
    if p.get("same"):
        tags.append(f"{name} Same" + ("" if not by_stride else
                                      " stride 1" if p["stride"] == (1, 1) else " stride > 1"))
    return tags


# ---- shared by the kinds: spelling ---------------------------------------------------------------

def _pair(v, form):
    """Stride<2> / Stride<2, 2>: the written form of a (row, column) pair."""
    a, b = v
    return f"{a}" if a == b and form == 1 else f"{a}, {b}"


def _pad_text(pad, form):
    """Pad<...>'s arguments: P, PH, PW or T, B, L, R, as `form` (1, 2 or 4) allows."""
    t, b, l, r = pad
    if form == 1 and t == b == l == r:
        return f"{t}"
    if form <= 2 and t == b and l == r:
        return f"{t}, {l}"
    return f"{t}, {b}, {l}, {r}"


def cpp_args(*parts):
    """Template arguments: the parts joined by ", "."""
    return ", ".join(str(x) for x in parts)


def window_options(p, **own):
    """The written options of a window layer in the order drawn (`p["order"]`): stride,
    padding or Same, dilation, output padding, NoBias, CeilMode, and the kind's `own` (by their
    name in the order, "groups" or "mult"; None when not written)."""
    opts = {}
    if p.get("write_stride"):
        opts["stride"] = f"Stride<{_pair(p['stride'], p['stride_form'])}>"
    if p.get("same"):
        opts["pad"] = "Same"
    elif p.get("write_pad"):
        opts["pad"] = f"Pad<{_pad_text(p['pad'], p['pad_form'])}>"
    if p.get("write_dil"):
        opts["dil"] = f"Dilation<{_pair(p['dil'], p['dil_form'])}>"
    if p.get("op", (0, 0)) != (0, 0) or p.get("write_op"):
        opts["op"] = f"OutputPadding<{_pair(p['op'], p['op_form'])}>"
    if not p.get("bias", True):
        opts["bias"] = "NoBias"
    if p.get("ceil"):
        opts["ceil"] = "CeilMode"
    opts.update((name, text) for name, text in own.items() if text)
    return [opts[o] for o in p["order"] if o in opts]


def _groups_text(p):
    """Groups<G>, written when G is not 1 or sometimes anyway; else None."""
    return f"Groups<{p['groups']}>" if p["groups"] != 1 or p.get("write_groups") else None


# ---- shared by the kinds: torch -----------------------------------------------------------------

def _torch():
    """(torch, torch.nn, torch.nn.functional), imported on first use."""
    import torch
    import torch.nn
    import torch.nn.functional
    return torch, torch.nn, torch.nn.functional


def _nn():
    """torch.nn, imported on first use."""
    return _torch()[1]


def torch_class(define):
    """Decorator for a module class that torch lacks: `define(torch, nn, F)` defines the class
    and returns it. The decorated name stands for the class: calling it defines the class on
    the first call (importing torch then, not when this file is imported) and returns an
    instance."""
    defined = []

    @functools.wraps(define)
    def construct(*args, **kwargs):
        if not defined:
            cls = define(*_torch())
            cls.__qualname__ = cls.__name__   # leaves.AsymConv2d, not ...<locals>.AsymConv2d
            defined.append(cls)
        return defined[0](*args, **kwargs)
    return construct


def same_padding(x, kernel, stride, dilation):
    """TensorFlow's 'same' padding of x, (left, right, top, bottom) for F.pad: the output has
    ceil(in / s) positions, the total padding max((out - 1)*s + d*(k - 1) + 1 - in, 0) is split
    with the extra one at the end (as timm's pad_same)."""
    pads = []
    for n, k, s, d in zip(x.shape[-2:], kernel, stride, dilation):
        out = -(-n // s)
        total = max((out - 1) * s + d * (k - 1) + 1 - n, 0)
        pads.append((total // 2, total - total // 2))
    (t, b), (l, r) = pads
    return (l, r, t, b)


def _as_pair(v):
    """A torch module's kernel_size, stride or dilation as a pair."""
    return v if isinstance(v, tuple) else (v, v)


# =================================================================================================
# The leaf kinds, in the order of the generator's list of leaves on a map.
# =================================================================================================

# ---- Conv ---------------------------------------------------------------------------------------

@torch_class
def AsymConv2d(torch, nn, F):
    class AsymConv2d(nn.Conv2d):
        """A Conv2d with padding (top, bottom, left, right) that differs between the two sides,
        which nn.Conv2d cannot express: zero padding, then the unpadded convolution."""

        def __init__(self, *args, pad, **kwargs):
            super().__init__(*args, padding=0, **kwargs)
            self.pad = pad

        def forward(self, x):
            t, b, l, r = self.pad
            return super().forward(F.pad(x, (l, r, t, b)))

        def extra_repr(self):
            return super().extra_repr() + f", pad(t,b,l,r)={self.pad}"
    return AsymConv2d


@torch_class
def SameConv2d(torch, nn, F):
    class SameConv2d(nn.Conv2d):
        """A Conv2d with TensorFlow's padding='same' at any stride (PyTorch 1.13's 'same' is for
        stride 1 only), as timm's Conv2dSame: the padding computed from the input, then the
        unpadded convolution."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, padding=0, **kwargs)

        def forward(self, x):
            return super().forward(F.pad(x, same_padding(x, self.kernel_size, self.stride,
                                                         self.dilation)))

        def extra_repr(self):
            return super().extra_repr() + ", after TF 'same' padding"
    return SameConv2d


def conv2d_module(p, cin, cout, groups, bias):
    """The torch convolution of a Conv or DepthwiseConv: nn.Conv2d, padding='same' at stride 1,
    SameConv2d above, AsymConv2d for padding that differs per side."""
    nn = _nn()
    t, b, l, r = p["pad"]
    common = dict(kernel_size=p["k"], stride=p["stride"], dilation=p["dil"], groups=groups,
                  bias=bias)
    if p["same"]:
        if p["stride"] == (1, 1):
            return nn.Conv2d(cin, cout, padding="same", **common)
        return SameConv2d(cin, cout, **common)
    if t == b and l == r:
        return nn.Conv2d(cin, cout, padding=(t, l), **common)
    return AsymConv2d(cin, cout, pad=(t, b, l, r), **common)


@register
class Conv(LeafKind):
    """Conv<KH, KW, F, Options...>: kernels 1 to 7, any stride, padding, dilation, groups
    dividing the channels, bias or NoBias; nn.Conv2d (or AsymConv2d, SameConv2d)."""

    kinds = ("conv",)
    draws = {"map": Draw(30, rank=1)}

    def draw(self, rng, s, keep):
        p = {"k": _kernel(rng, keep), "order": option_order(rng)}
        _window_common(rng, p, keep, allow_same=True)
        g = 1
        if rng.random() < 0.25:
            ds = divisors(s.c)
            if ds:
                g = rng.choice(ds)
        p["groups"], p["write_groups"] = g, rng.random() < 0.05
        f = g * rng.randint(1, max(1, 32 // g))
        if keep and rng.random() < 0.5 and s.c % g == 0:
            f = s.c
        p["f"] = f
        p["bias"] = rng.random() < 0.7
        return Layer("conv", **p)

    def pointwise(self, f, bias, order, stride=(1, 1)):
        """A 1x1 convolution to f filters, no padding (the blocks' projections and
        SeparableConv's second step); draws nothing."""
        return Layer("conv", k=(1, 1), f=f, stride=stride, groups=1,
                     write_stride=stride != (1, 1), stride_form=1, pad=(0, 0, 0, 0),
                     write_pad=False, pad_form=1, dil=(1, 1), same=False, bias=bias,
                     order=order)

    def out(self, layer, s):
        p = layer.p
        h, w = _window(s, p)
        g = p["groups"]
        if s.c % g or p["f"] % g:
            raise Invalid("groups must divide the channels")
        return fmap(h, w, p["f"])

    def cpp(self, layer):
        p = layer.p
        opts = window_options(p, groups=_groups_text(p))
        return f"Conv<{cpp_args(*p['k'], p['f'], *opts)}>"

    def module(self, layer, s):
        p = layer.p
        return conv2d_module(p, s.c, p["f"], p["groups"], p["bias"])

    def features(self, layer):
        return _window_features("Conv", layer.p, by_stride=True)


# ---- DepthwiseConv ------------------------------------------------------------------------------

@register
class DepthwiseConv(LeafKind):
    """DepthwiseConv<KH, KW, Options...>: Conv's window options, Multiplier<M>; nn.Conv2d(C, C*M,
    groups=C). Also the first step of SeparableConv (netgen.py)."""

    kinds = ("dw",)
    draws = {"map": Draw(7, rank=2)}

    def draw(self, rng, s, keep):
        p = {"k": _kernel(rng, keep), "order": option_order(rng)}
        _window_common(rng, p, keep, allow_same=True)
        m = 1 if keep or rng.random() < 0.7 else rng.choice([2, 3])
        if s.c * m > MAX_CHANNELS:
            m = 1
        p["mult"], p["write_mult"] = m, rng.random() < 0.05
        p["bias"] = rng.random() < 0.6
        return Layer("dw", **p)

    def options(self, p):
        """The written options (SeparableConv writes them too, with its pointwise bias)."""
        mult = f"Multiplier<{p['mult']}>" if p["mult"] != 1 or p.get("write_mult") else None
        return window_options(p, mult=mult)

    def out(self, layer, s):
        h, w = _window(s, layer.p)
        return fmap(h, w, s.c * layer.p["mult"])

    def cpp(self, layer):
        return f"DepthwiseConv<{cpp_args(*layer.p['k'], *self.options(layer.p))}>"

    def module(self, layer, s):
        p = layer.p
        return conv2d_module(p, s.c, s.c * p["mult"], s.c, p["bias"])

    def features(self, layer):
        return _window_features("DepthwiseConv", layer.p, by_stride=True)


# ---- MaxPool and AvgPool ------------------------------------------------------------------------

@torch_class
def SameMaxPool2d(torch, nn, F):
    class SameMaxPool2d(nn.MaxPool2d):
        """MaxPool2d with TensorFlow's padding='same' (timm's MaxPool2dSame): -inf padding
        computed from the input, then the unpadded pooling."""

        def forward(self, x):
            pad = same_padding(x, _as_pair(self.kernel_size), _as_pair(self.stride),
                               _as_pair(self.dilation))
            return super().forward(F.pad(x, pad, value=float("-inf")))

        def extra_repr(self):
            return super().extra_repr() + ", after TF 'same' padding"
    return SameMaxPool2d


@torch_class
def SameAvgPool2d(torch, nn, F):
    class SameAvgPool2d(nn.AvgPool2d):
        """AvgPool2d with TensorFlow's padding='same' (the shape only: TensorFlow's average
        leaves the padding out, as count_include_pad=False would)."""

        def forward(self, x):
            pad = same_padding(x, _as_pair(self.kernel_size), _as_pair(self.stride), (1, 1))
            return super().forward(F.pad(x, pad))

        def extra_repr(self):
            return super().extra_repr() + ", after TF 'same' padding"
    return SameAvgPool2d


def _pool_pads(pad):
    """Pooling padding (top, bottom, left, right) that differs between the sides, as PyTorch's
    symmetric padding plus zero padding in front: along each axis the smaller side is the
    pooling's own padding when it is the end (so that ceil mode drops a window that would
    start in the end padding, as PyTorch does), else the whole padding goes in front and
    behind (floor mode only: Pool.out rejects the rest)."""
    t, b, l, r = pad
    (ft, fb, ph) = (t - b, 0, b) if t >= b else (t, b, 0)
    (fl, fr, pw) = (l - r, 0, r) if l >= r else (l, r, 0)
    return (fl, fr, ft, fb), (ph, pw)


@torch_class
def PaddedMaxPool2d(torch, nn, F):
    class PaddedMaxPool2d(nn.MaxPool2d):
        """MaxPool2d with padding (top, bottom, left, right) that differs between the sides."""

        def __init__(self, *args, pad, **kwargs):
            self.front, padding = _pool_pads(pad)
            super().__init__(*args, padding=padding, **kwargs)
            self.pad = pad

        def forward(self, x):
            return super().forward(F.pad(x, self.front, value=float("-inf")))

        def extra_repr(self):
            return super().extra_repr() + f", pad(t,b,l,r)={self.pad}"
    return PaddedMaxPool2d


@torch_class
def PaddedAvgPool2d(torch, nn, F):
    class PaddedAvgPool2d(nn.AvgPool2d):
        """AvgPool2d with padding (top, bottom, left, right) that differs between the sides."""

        def __init__(self, *args, pad, **kwargs):
            self.front, padding = _pool_pads(pad)
            super().__init__(*args, padding=padding, **kwargs)
            self.pad = pad

        def forward(self, x):
            return super().forward(F.pad(x, self.front))

        def extra_repr(self):
            return super().extra_repr() + f", pad(t,b,l,r)={self.pad}"
    return PaddedAvgPool2d


@register
class Pool(LeafKind):
    """MaxPool<KH, KW, Options...> (with dilation) and AvgPool<...>: stride by default the
    window, padding at most half the window (per side too), Same, CeilMode; nn.MaxPool2d and
    nn.AvgPool2d (or their Same and Padded variants)."""

    kinds = ("maxpool", "avgpool")
    draws = {"map": Draw(12, rank=3)}

    def draw(self, rng, s, keep):
        kind = "maxpool" if rng.random() < 0.6 else "avgpool"
        if keep:
            p = {"k": rng.choice([(3, 3), (3, 3), (1, 1), (5, 5), (3, 1)]),
                 "order": option_order(rng)}
        else:
            k = rng.choice([2, 2, 3, 3, 4, 5])
            p = {"k": (k, k) if rng.random() < 0.85 else (k, rng.choice([1, 2, 3])),
                 "order": option_order(rng)}
        p["dilates"] = kind == "maxpool"
        _window_common(rng, p, keep, allow_same=True, pool=True)
        t, b, l, r = p["pad"]
        p["ceil"] = not keep and not p["same"] and rng.random() < 0.4 and t >= b and l >= r
        return Layer(kind, **p)

    def out(self, layer, s):
        p = layer.p
        t, b, l, r = p["pad"]
        kh, kw = p["k"]
        if max(t, b) > kh // 2 or max(l, r) > kw // 2:
            raise Invalid("pooling padding: at most half the window")
        if p["ceil"] and (t < b or l < r):
            # the torch module pads the extra rows of the larger side in front
            # (PaddedMaxPool2d): exact for ceil mode only when that side is the start
            raise Invalid("ceil mode with more padding at the end")
        if p["ceil"] and p["same"]:
            raise Invalid("ceil mode with 'same'")
        h, w = _window(s, p, p["ceil"])
        return fmap(h, w, s.c)

    def _name(self, layer):
        """The ctnn name: MaxPool or AvgPool."""
        return "MaxPool" if layer.kind == "maxpool" else "AvgPool"

    def cpp(self, layer):
        return f"{self._name(layer)}<{cpp_args(*layer.p['k'], *window_options(layer.p))}>"

    def module(self, layer, s):
        nn = _nn()
        p = layer.p
        t, b, l, r = p["pad"]
        maxpool = layer.kind == "maxpool"
        common = dict(kernel_size=p["k"], stride=p["stride"], ceil_mode=p["ceil"])
        if maxpool:
            common["dilation"] = p["dil"]
        if p["same"]:
            return SameMaxPool2d(**common) if maxpool else SameAvgPool2d(**common)
        if t == b and l == r:
            return (nn.MaxPool2d if maxpool else nn.AvgPool2d)(padding=(t, l), **common)
        return (PaddedMaxPool2d if maxpool else PaddedAvgPool2d)(pad=(t, b, l, r), **common)

    def features(self, layer):
        return _window_features(self._name(layer), layer.p, by_stride=False)


# ---- BatchNorm ----------------------------------------------------------------------------------

@register
class BatchNorm(LeafKind):
    """BatchNorm, on maps and vectors: nn.BatchNorm2d(C) or nn.BatchNorm1d(N)."""

    kinds = ("bn",)
    draws = {"map": Draw(9, rank=4), "vector": Draw(8, rank=2)}

    def draw(self, rng, s, keep):
        return Layer("bn")

    def out(self, layer, s):
        return s

    def cpp(self, layer):
        return "BatchNorm"

    def module(self, layer, s):
        nn = _nn()
        return nn.BatchNorm1d(s.c) if s.flat else nn.BatchNorm2d(s.c)


# ---- the activations ----------------------------------------------------------------------------

@register
class Activation(LeafKind):
    """The 14 activations (and SiLU, Swish's other name), on maps and vectors: their nn
    modules, not in place (a residual's input must survive the body)."""

    kinds = ("act",)
    draws = {"map": Draw(12, rank=5), "vector": Draw(14, rank=3)}
    # ctnn's name -> the torch module's constructor
    TORCH = {
        "ReLU": lambda nn: nn.ReLU(), "ReLU6": lambda nn: nn.ReLU6(),
        "LeakyReLU": lambda nn: nn.LeakyReLU(0.1), "Sigmoid": lambda nn: nn.Sigmoid(),
        "Tanh": lambda nn: nn.Tanh(), "Softmax": lambda nn: nn.Softmax(dim=1),
        "GELU": lambda nn: nn.GELU(), "Swish": lambda nn: nn.SiLU(),
        "SiLU": lambda nn: nn.SiLU(), "HardSwish": lambda nn: nn.Hardswish(),
        "HardSigmoid": lambda nn: nn.Hardsigmoid(), "ELU": lambda nn: nn.ELU(),
        "SELU": lambda nn: nn.SELU(), "Mish": lambda nn: nn.Mish(),
        "Softplus": lambda nn: nn.Softplus(),
    }
    NAMES = list(TORCH)   # the order drawn from (a seed's networks depend on it)

    def make(self, rng):
        """A random activation (also the generator's fallback node)."""
        return Layer("act", name=rng.choice(self.NAMES))

    def draw(self, rng, s, keep):
        return self.make(rng)

    def out(self, layer, s):
        return s

    def cpp(self, layer):
        return layer.p["name"]

    def module(self, layer, s):
        return self.TORCH[layer.p["name"]](_nn())


# ---- Dropout, Identity ---------------------------------------------------------------------------

@register
class Dropout(LeafKind):
    """Dropout, on maps and vectors: nn.Dropout(0.5), a view in eval mode (still a row)."""

    kinds = ("dropout",)
    draws = {"map": Draw(3, rank=6), "vector": Draw(4, rank=4)}

    def draw(self, rng, s, keep):
        return Layer("dropout")

    def out(self, layer, s):
        return s

    def cpp(self, layer):
        return "Dropout"

    def module(self, layer, s):
        return _nn().Dropout(0.5)


@register
class Identity(LeafKind):
    """Identity, on maps and vectors (also a Residual's shortcut): nn.Identity."""

    kinds = ("identity",)
    draws = {"map": Draw(2, rank=7), "vector": Draw(2, rank=5)}

    def draw(self, rng, s, keep):
        return Layer("identity")

    def out(self, layer, s):
        return s

    def cpp(self, layer):
        return "Identity"

    def module(self, layer, s):
        return _nn().Identity()


# ---- LRN ----------------------------------------------------------------------------------------

@register
class LRN(LeafKind):
    """LRN, on maps: nn.LocalResponseNorm(5)."""

    kinds = ("lrn",)
    draws = {"map": Draw(1, rank=8)}

    def draw(self, rng, s, keep):
        return Layer("lrn")

    def out(self, layer, s):
        if s.flat:
            raise Invalid("needs a map")
        return s

    def cpp(self, layer):
        return "LRN"

    def module(self, layer, s):
        return _nn().LocalResponseNorm(5)


# ---- ZeroPad ------------------------------------------------------------------------------------

@register
class ZeroPad(LeafKind):
    """ZeroPad<P>, <PH, PW> or <T, B, L, R> (0 to 2), on maps, never inside a Repeat:
    nn.ZeroPad2d((L, R, T, B))."""

    kinds = ("zeropad",)
    draws = {"map": Draw(2, rank=9)}

    def draw(self, rng, s, keep):
        if keep:
            raise Invalid("ZeroPad grows the map")
        form = rng.choice([1, 2, 4])
        if form == 1:
            p = rng.randint(0, 2)
            pad = (p, p, p, p)
        elif form == 2:
            ph, pw = rng.randint(0, 2), rng.randint(0, 2)
            pad = (ph, ph, pw, pw)
        else:
            pad = tuple(rng.randint(0, 2) for _ in range(4))
        return Layer("zeropad", pad=pad, pad_form=form)

    def out(self, layer, s):
        if s.flat:
            raise Invalid("needs a map")
        t, b, l, r = layer.p["pad"]
        return fmap(s.h + t + b, s.w + l + r, s.c)

    def cpp(self, layer):
        return f"ZeroPad<{_pad_text(layer.p['pad'], layer.p['pad_form'])}>"

    def module(self, layer, s):
        t, b, l, r = layer.p["pad"]
        return _nn().ZeroPad2d((l, r, t, b))

    def features(self, layer):
        return ["ZeroPad<T, B, L, R>"] if _asymmetric(layer.p["pad"]) else []


# ---- ChannelShuffle -----------------------------------------------------------------------------

@register
class ChannelShuffle(LeafKind):
    """ChannelShuffle<G> (G up to 8, dividing the channels), on maps: nn.ChannelShuffle(G)."""

    kinds = ("shuffle",)
    draws = {"map": Draw(2, rank=10)}

    def draw(self, rng, s, keep):
        ds = [d for d in divisors(s.c) if d <= 8]
        return Layer("shuffle", g=rng.choice(ds) if ds else 1)

    def out(self, layer, s):
        if s.flat:
            raise Invalid("needs a map")
        if s.c % layer.p["g"]:
            raise Invalid("groups must divide the channels")
        return s

    def cpp(self, layer):
        return f"ChannelShuffle<{layer.p['g']}>"

    def module(self, layer, s):
        return _nn().ChannelShuffle(layer.p["g"])


# ---- ConvTranspose ------------------------------------------------------------------------------

def transposed_out(n, k, s, d, b, e, op, same):
    """Output length of a transposed convolution along one axis (PyTorch's ConvTranspose2d
    formula; Keras' in*s with 'same')."""
    if same:
        return n * s
    out = (n - 1) * s - (b + e) + d * (k - 1) + op + 1
    if out < 1:
        raise Invalid("transposed convolution output not positive")
    return out


@torch_class
def CroppedConvTranspose2d(torch, nn, F):
    class CroppedConvTranspose2d(nn.ConvTranspose2d):
        """A ConvTranspose2d whose full output (padding 0) is cropped by (top, bottom, left,
        right): padding that differs between the sides, which nn.ConvTranspose2d cannot
        express, and Keras' padding='same' (output in*s: the crop max(d*(k-1) + 1 - s, 0)
        split with the extra one at the end, and output padding s - d*(k-1) - 1 where the
        kernel is smaller than the stride)."""

        def __init__(self, *args, crop, note="", **kwargs):
            super().__init__(*args, padding=0, **kwargs)
            self.crop, self.note = crop, note

        def forward(self, x):
            y = super().forward(x)
            t, b, l, r = self.crop
            return y[:, :, t:y.shape[2] - b, l:y.shape[3] - r]

        def extra_repr(self):
            return super().extra_repr() + f", crop(t,b,l,r)={self.crop}{self.note}"
    return CroppedConvTranspose2d


@register
class ConvTranspose(LeafKind):
    """ConvTranspose<KH, KW, F, Options...>: in a Repeat (keep) stride 1 with the padding that
    keeps the size or Same; else strides up to 3, any padding (also per side, or Same), output
    padding, dilation, groups. nn.ConvTranspose2d, or CroppedConvTranspose2d where PyTorch's
    padding cannot express it."""

    kinds = ("convt",)
    draws = {"map": Draw(5, rank=11)}

    def draw(self, rng, s, keep):
        p = {"order": option_order(rng)}
        k = rng.choice([1, 3, 3, 5] if keep else [1, 2, 2, 3, 3, 4, 5])
        if rng.random() < 0.85:
            p["k"] = (k, k)
        else:
            p["k"] = (k, rng.choice([1, 3] if keep else [1, 2, 3]))
        kh, kw = p["k"]
        if keep:
            p["stride"] = (1, 1)
        else:
            r = rng.random()
            p["stride"] = ((1, 1) if r < 0.3 else (2, 2) if r < 0.75 else (3, 3) if r < 0.85
                           else (rng.choice([1, 2]), rng.choice([1, 2, 3])))
        p["write_stride"] = p["stride"] != (1, 1) or rng.random() < 0.2
        p["stride_form"] = rng.choice([1, 2])
        r = rng.random()
        dil = (1, 1) if r < 0.85 else (2, 2) if r < 0.95 else (1, 2)
        if keep and (kh % 2 == 0 or kw % 2 == 0):
            dil = (1, 1)
        p["dil"], p["dil_form"] = dil, rng.choice([1, 2])
        p["write_dil"] = dil != (1, 1) or rng.random() < 0.05
        p["same"] = rng.random() < (0.3 if keep else 0.15)
        p["op"], p["op_form"], p["write_op"] = (0, 0), 1, False
        if p["same"]:
            p["pad"], p["write_pad"], p["pad_form"] = (0, 0, 0, 0), False, 1
        elif keep:
            ph, pw = dil[0] * (kh - 1) // 2, dil[1] * (kw - 1) // 2
            p["pad"], p["pad_form"] = (ph, ph, pw, pw), rng.choice([1, 2, 4])
            p["write_pad"] = (ph, pw) != (0, 0) or rng.random() < 0.2
        else:
            r = rng.random()
            if r < 0.3:
                p["pad"], p["pad_form"], p["write_pad"] = (0, 0, 0, 0), 1, rng.random() < 0.3
            elif r < 0.5:
                q = rng.randint(0, 3)
                p["pad"], p["pad_form"] = (q, q, q, q), rng.choice([1, 2, 4])
                p["write_pad"] = True
            elif r < 0.7:
                ph, pw = rng.randint(0, 3), rng.randint(0, 3)
                p["pad"], p["pad_form"], p["write_pad"] = (ph, ph, pw, pw), rng.choice([2, 4]), True
            else:
                p["pad"] = tuple(rng.randint(0, 3) for _ in range(4))
                p["pad_form"], p["write_pad"] = 4, True
            lh, lw = max(p["stride"][0], dil[0]), max(p["stride"][1], dil[1])
            if (lh > 1 or lw > 1) and rng.random() < 0.5:
                p["op"] = (rng.randint(0, lh - 1), rng.randint(0, lw - 1))
                p["op_form"] = rng.choice([1, 2])
            p["write_op"] = rng.random() < 0.03
        g = 1
        if rng.random() < 0.2:
            ds = divisors(s.c)
            if ds:
                g = rng.choice(ds)
        p["groups"], p["write_groups"] = g, rng.random() < 0.05
        f = g * rng.randint(1, max(1, 32 // g))
        if keep and rng.random() < 0.5:
            f = s.c
        p["f"] = f
        p["bias"] = rng.random() < 0.7
        # keep torch quick: MACs (counted at the input) below 30 million
        if size(s) * (f // g) * kh * kw > 30_000_000:
            raise Invalid("transposed convolution too large for a quick test")
        return Layer("convt", **p)

    def out(self, layer, s):
        p = layer.p
        if s.flat:
            raise Invalid("needs a map")
        g = p["groups"]
        if s.c % g or p["f"] % g:
            raise Invalid("groups must divide the channels")
        (kh, kw), (sh, sw), (dh, dw), (oh, ow) = p["k"], p["stride"], p["dil"], p["op"]
        if oh >= max(sh, dh) or ow >= max(sw, dw):
            raise Invalid("output padding must be below the stride or the dilation")
        if p["same"] and (oh, ow) != (0, 0):
            raise Invalid("OutputPadding with Same")
        t, b, l, r = p["pad"]
        return fmap(transposed_out(s.h, kh, sh, dh, t, b, oh, p["same"]),
                    transposed_out(s.w, kw, sw, dw, l, r, ow, p["same"]), p["f"])

    def cpp(self, layer):
        p = layer.p
        opts = window_options(p, groups=_groups_text(p))
        return f"ConvTranspose<{cpp_args(*p['k'], p['f'], *opts)}>"

    def module(self, layer, s):
        p = layer.p
        cin = s.c
        (kh, kw), (sh, sw), (dh, dw) = p["k"], p["stride"], p["dil"]
        common = dict(kernel_size=p["k"], stride=p["stride"], dilation=p["dil"],
                      groups=p["groups"], bias=p["bias"])
        t, b, l, r = p["pad"]
        if p["same"]:
            # Keras: output in*s; the full output is (in - 1)*s + d*(k - 1) + 1
            excess_h, excess_w = dh * (kh - 1) + 1 - sh, dw * (kw - 1) + 1 - sw
            crop = (max(excess_h, 0) // 2, max(excess_h, 0) - max(excess_h, 0) // 2,
                    max(excess_w, 0) // 2, max(excess_w, 0) - max(excess_w, 0) // 2)
            return CroppedConvTranspose2d(cin, p["f"], crop=crop, note=", Keras 'same'",
                                          output_padding=(max(-excess_h, 0), max(-excess_w, 0)),
                                          **common)
        if t == b and l == r:
            return _nn().ConvTranspose2d(cin, p["f"], padding=(t, l), output_padding=p["op"],
                                         **common)
        return CroppedConvTranspose2d(cin, p["f"], crop=(t, b, l, r), output_padding=p["op"],
                                      **common)

    def features(self, layer):
        p = layer.p
        tags = _window_features("ConvTranspose", p, by_stride=False)
        if p["op"] != (0, 0):
            tags.append("ConvTranspose OutputPadding")
        if p["groups"] > 1:
            tags.append("ConvTranspose Groups")
        if p["dil"] != (1, 1):
            tags.append("ConvTranspose Dilation")
        if p["stride"] != (1, 1):
            tags.append("ConvTranspose stride > 1")
        return tags


# (rank 12 of the leaves on a map: SeparableConv, a block, in netgen.py)

# ---- PReLU and SharedPReLU ----------------------------------------------------------------------

@register
class PReLU(LeafKind):
    """PReLU (one slope per channel) and SharedPReLU (one slope), on maps and vectors:
    nn.PReLU(num_parameters=C) and nn.PReLU()."""

    kinds = ("prelu",)
    draws = {"map": Draw(2, rank=13), "vector": Draw(2, rank=7)}

    def draw(self, rng, s, keep):
        shared = rng.random() < 0.4
        return Layer("prelu", shared=shared, spelling="SharedPReLU" if shared else "PReLU")

    def out(self, layer, s):
        return s

    def cpp(self, layer):
        return layer.p["spelling"]

    def module(self, layer, s):
        nn = _nn()
        return nn.PReLU() if layer.p["shared"] else nn.PReLU(num_parameters=s.c)


# ---- the normalizations: LayerNorm, GroupNorm, BatchNormWith, InstanceNorm ---------------------

@register
class Normalization(LeafKind):
    """Not a layer: the generator's entry for the normalizations below. It draws one of them
    from the list "norm on map" or "norm on vector" (InstanceNorm is on maps only), then that
    one draws its options, starting with one rng.random() for its affine choice and spelling."""

    draws = {"map": Draw(8, rank=14), "vector": Draw(5, rank=8)}
    _on_map = Choices("norm on map", KINDS)
    _on_vector = Choices("norm on vector", KINDS)

    def draw(self, rng, s, keep):
        return (self._on_vector if s.flat else self._on_map).draw(rng, s, keep)


@torch_class
def ChannelLayerNorm(torch, nn, F):
    class ChannelLayerNorm(nn.LayerNorm):
        """LayerNorm over the channels of each position of an N x C x H x W map (channels
        last, as ConvNeXt's LayerNorm2d)."""

        def forward(self, x):
            return super().forward(x.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)
    return ChannelLayerNorm


@register
class LayerNorm(LeafKind):
    """LayerNorm / LayerNormWith<NoAffine> (also the spellings LayerNormWith<> and
    LayerNormWith<Affine>), over the channels of each position: ChannelLayerNorm on a map,
    nn.LayerNorm(N) on a vector."""

    kinds = ("layernorm",)
    draws = {"norm on map": Draw(3, rank=1), "norm on vector": Draw(3, rank=1)}

    def draw(self, rng, s, keep):
        r = rng.random()
        affine = r < 0.7
        spelling = ("LayerNormWith<NoAffine>" if not affine else
                    "LayerNorm" if r < 0.55 else
                    "LayerNormWith<>" if r < 0.62 else "LayerNormWith<Affine>")
        return Layer("layernorm", affine=affine, spelling=spelling)

    def out(self, layer, s):
        return s

    def cpp(self, layer):
        return layer.p["spelling"]

    def module(self, layer, s):
        norm = _nn().LayerNorm if s.flat else ChannelLayerNorm
        return norm(s.c, elementwise_affine=layer.p["affine"])


@register
class GroupNorm(LeafKind):
    """GroupNorm<G> / GroupNorm<G, NoAffine> (also GroupNorm<G, Affine>), G = 1 or a divisor of
    the channels, on maps and vectors: nn.GroupNorm(G, C, affine). Not where a group holds one
    value (torch raises "Expected more than 1 value per channel"; ctnn accepts it)."""

    kinds = ("groupnorm",)
    draws = {"norm on map": Draw(3, rank=2), "norm on vector": Draw(3, rank=2)}

    def draw(self, rng, s, keep):
        r = rng.random()
        g = rng.choice([1] + divisors(s.c))
        affine = r < 0.7
        spelling = (f"GroupNorm<{g}, NoAffine>" if not affine else
                    f"GroupNorm<{g}>" if r < 0.6 else f"GroupNorm<{g}, Affine>")
        return Layer("groupnorm", g=g, affine=affine, spelling=spelling)

    def out(self, layer, s):
        if s.c % layer.p["g"]:
            raise Invalid("groups must divide the channels")
        if s.c // layer.p["g"] * s.h * s.w == 1:
            # torch raises "Expected more than 1 value per channel" (ctnn accepts it)
            raise Invalid("a group of one value")
        return s

    def cpp(self, layer):
        return layer.p["spelling"]

    def module(self, layer, s):
        return _nn().GroupNorm(layer.p["g"], s.c, affine=layer.p["affine"])


class _PartialAffine:
    """BatchNorm with its running statistics and only one of its learned scale (weight) and
    shift (bias), or neither: built with affine=False, then the kept one registered as a
    Parameter of its usual name, which F.batch_norm applies (Keras' scale=False /
    center=False). A mixin before nn.BatchNorm2d or nn.BatchNorm1d."""

    def __init__(self, c, scale, center):
        super().__init__(c, affine=False)
        torch, nn, _ = _torch()
        if scale:
            self.weight = nn.Parameter(torch.ones(c))
        if center:
            self.bias = nn.Parameter(torch.zeros(c))

    def extra_repr(self):
        return (super().extra_repr() + f", scale={self.weight is not None}, "
                f"center={self.bias is not None}")


@torch_class
def BatchNorm2dWith(torch, nn, F):
    class BatchNorm2dWith(_PartialAffine, nn.BatchNorm2d):
        """BatchNormWith<...> on a map."""
    return BatchNorm2dWith


@torch_class
def BatchNorm1dWith(torch, nn, F):
    class BatchNorm1dWith(_PartialAffine, nn.BatchNorm1d):
        """BatchNormWith<...> on a vector."""
    return BatchNorm1dWith


@register
class BatchNormWith(LeafKind):
    """BatchNormWith<NoScale>, <NoCenter>, both (in either order) or <>, on maps and vectors:
    BatchNorm2dWith / BatchNorm1dWith (PyTorch has no such option)."""

    kinds = ("bnwith",)
    draws = {"norm on map": Draw(3, rank=3), "norm on vector": Draw(3, rank=3)}

    def draw(self, rng, s, keep):
        rng.random()   # drawn for every normalization; this one has no use for it
        options = weighted(rng, [(("NoScale",), 3), (("NoCenter",), 3),
                                 (("NoScale", "NoCenter"), 2), (("NoCenter", "NoScale"), 2),
                                 ((), 0.5)])
        return Layer("bnwith", scale="NoScale" not in options, center="NoCenter" not in options,
                     spelling=f"BatchNormWith<{', '.join(options)}>")

    def out(self, layer, s):
        return s

    def cpp(self, layer):
        return layer.p["spelling"]

    def module(self, layer, s):
        norm = BatchNorm1dWith if s.flat else BatchNorm2dWith
        return norm(s.c, layer.p["scale"], layer.p["center"])


@register
class InstanceNorm(LeafKind):
    """InstanceNorm / InstanceNormWith<Affine> (also InstanceNormWith<> and
    InstanceNormWith<NoAffine>), on maps: nn.InstanceNorm2d(C, affine). Not on a 1 x 1 map
    (torch raises "Expected more than 1 spatial element"; ctnn accepts it)."""

    kinds = ("instancenorm",)
    draws = {"norm on map": Draw(3, rank=4)}

    def draw(self, rng, s, keep):
        r = rng.random()
        affine = r < 0.45
        spelling = ("InstanceNormWith<Affine>" if affine else
                    "InstanceNorm" if r < 0.85 else
                    "InstanceNormWith<>" if r < 0.93 else "InstanceNormWith<NoAffine>")
        return Layer("instancenorm", affine=affine, spelling=spelling)

    def out(self, layer, s):
        if s.flat:
            raise Invalid("needs a map")
        if s.h * s.w == 1:
            # torch raises "Expected more than 1 spatial element" (ctnn accepts it)
            raise Invalid("one value per channel")
        return s

    def cpp(self, layer):
        return layer.p["spelling"]

    def module(self, layer, s):
        return _nn().InstanceNorm2d(s.c, affine=layer.p["affine"])


# ---- AdaptiveAvgPool and AdaptiveMaxPool --------------------------------------------------------

@register
class AdaptivePool(LeafKind):
    """AdaptiveAvgPool<S> / <H, W> and AdaptiveMaxPool, only shrinking (ctnn rejects growth),
    never inside a Repeat: nn.AdaptiveAvgPool2d((H, W)) / nn.AdaptiveMaxPool2d."""

    kinds = ("adaptive_avg", "adaptive_max")
    draws = {"map": Draw(3, rank=15, keep=False)}

    def draw(self, rng, s, keep):
        kind = "adaptive_avg" if rng.random() < 0.7 else "adaptive_max"
        if rng.random() < 0.5:
            n = rng.randint(1, min(s.h, s.w))
            return Layer(kind, hw=(n, n), form=rng.choice([1, 2]))
        return Layer(kind, hw=(rng.randint(1, s.h), rng.randint(1, s.w)), form=2)

    def out(self, layer, s):
        hw = layer.p["hw"]
        if s.flat or hw[0] > s.h or hw[1] > s.w:
            raise Invalid("adaptive pooling may not grow")
        return fmap(hw[0], hw[1], s.c)

    def cpp(self, layer):
        name = "AdaptiveAvgPool" if layer.kind == "adaptive_avg" else "AdaptiveMaxPool"
        h, w = layer.p["hw"]
        return f"{name}<{h}>" if h == w and layer.p["form"] == 1 else f"{name}<{h}, {w}>"

    def module(self, layer, s):
        nn = _nn()
        pool = nn.AdaptiveAvgPool2d if layer.kind == "adaptive_avg" else nn.AdaptiveMaxPool2d
        return pool(layer.p["hw"])


# ---- Upsample and UpsampleBilinear --------------------------------------------------------------

@register
class Upsample(LeafKind):
    """Upsample<S> / <SH, SW> (nearest) and UpsampleBilinear, factors 1 to 4, never inside a
    Repeat: nn.Upsample(scale_factor, mode='nearest' or 'bilinear', align_corners=False)."""

    kinds = ("upsample",)
    draws = {"map": Draw(3, rank=16, keep=False)}

    def draw(self, rng, s, keep):
        if rng.random() < 0.75:
            f = rng.choice([1, 2, 2, 2, 3, 4])
            factors, form = (f, f), rng.choice([1, 1, 2])
        else:
            factors, form = (rng.choice([1, 2, 3]), rng.choice([1, 2, 3])), 2
        return Layer("upsample", s=factors, form=form,
                     mode="nearest" if rng.random() < 0.55 else "bilinear")

    def out(self, layer, s):
        if s.flat:
            raise Invalid("needs a map")
        return fmap(s.h * layer.p["s"][0], s.w * layer.p["s"][1], s.c)

    def cpp(self, layer):
        name = "Upsample" if layer.p["mode"] == "nearest" else "UpsampleBilinear"
        return f"{name}<{_pair(layer.p['s'], layer.p['form'])}>"

    def module(self, layer, s):
        p = layer.p
        return _nn().Upsample(scale_factor=p["s"], mode=p["mode"],
                              align_corners=False if p["mode"] == "bilinear" else None)


# ---- CenterCrop ---------------------------------------------------------------------------------

@torch_class
def CenterCropModule(torch, nn, F):
    class CenterCrop(nn.Module):
        """ctnn's CenterCrop<H, W>: the central H x W, floor((in - H) / 2) rows off the top and
        floor((in - W) / 2) columns off the left."""

        def __init__(self, hw):
            super().__init__()
            self.hw = hw

        def forward(self, x):
            h, w = self.hw
            t, l = (x.shape[2] - h) // 2, (x.shape[3] - w) // 2
            return x[:, :, t:t + h, l:l + w]

        def extra_repr(self):
            return f"size={self.hw}"
    return CenterCrop


@register
class CenterCrop(LeafKind):
    """CenterCrop<S> / <H, W>: a small margin (as U-Net's skips) or any size, never inside a
    Repeat; also where a Concat's branches end at different sizes (netgen.py). The torch
    module CenterCrop slices the central H x W."""

    kinds = ("crop",)
    draws = {"map": Draw(1.5, rank=17, keep=False)}

    def draw(self, rng, s, keep):
        if rng.random() < 0.7:   # a small margin, as U-Net's skips
            h, w = rng.randint(max(1, s.h - 8), s.h), rng.randint(max(1, s.w - 8), s.w)
        else:
            h, w = rng.randint(1, s.h), rng.randint(1, s.w)
        if s.h == s.w and rng.random() < 0.6:
            w = h
        return Layer("crop", hw=(h, w), form=rng.choice([1, 2]))

    def out(self, layer, s):
        hw = layer.p["hw"]
        if s.flat or hw[0] > s.h or hw[1] > s.w:
            raise Invalid("crop larger than the map")
        return fmap(hw[0], hw[1], s.c)

    def cpp(self, layer):
        return f"CenterCrop<{_pair(layer.p['hw'], layer.p['form'])}>"

    def module(self, layer, s):
        return CenterCropModule(layer.p["hw"])


# ---- GlobalAvgPool and GlobalMaxPool ------------------------------------------------------------

@torch_class
def GlobalAvgPoolModule(torch, nn, F):
    class GlobalAvgPool(nn.Module):
        """ctnn's GlobalAvgPool: adaptive average pooling to 1 x 1, then flatten (N x C)."""

        def forward(self, x):
            return torch.flatten(F.adaptive_avg_pool2d(x, 1), 1)
    return GlobalAvgPool


@torch_class
def GlobalMaxPoolModule(torch, nn, F):
    class GlobalMaxPool(nn.Module):
        """ctnn's GlobalMaxPool: adaptive max pooling to 1 x 1, then flatten (N x C)."""

        def forward(self, x):
            return torch.flatten(F.adaptive_max_pool2d(x, 1), 1)
    return GlobalMaxPool


@register
class GlobalPool(LeafKind):
    """GlobalAvgPool and GlobalMaxPool, on maps, where a vector may follow: a flat vector of
    C, not 1 x 1 x C (the torch modules GlobalAvgPool and GlobalMaxPool)."""

    kinds = ("gap", "gmp")
    draws = {"map": Draw(3, rank=18, keep=False, flat=True)}

    def draw(self, rng, s, keep):
        return Layer("gap" if rng.random() < 0.65 else "gmp")

    def out(self, layer, s):
        if s.flat:
            raise Invalid("needs a map")
        return vec(s.c)

    def cpp(self, layer):
        return "GlobalAvgPool" if layer.kind == "gap" else "GlobalMaxPool"

    def module(self, layer, s):
        return GlobalAvgPoolModule() if layer.kind == "gap" else GlobalMaxPoolModule()


# ---- Flatten ------------------------------------------------------------------------------------

@register
class Flatten(LeafKind):
    """Flatten, on maps (where a vector may follow) and vectors: nn.Flatten, a view (still a
    row)."""

    kinds = ("flatten",)
    draws = {"map": Draw(2, rank=19, keep=False, flat=True), "vector": Draw(2, rank=6)}

    def draw(self, rng, s, keep):
        return Layer("flatten")

    def out(self, layer, s):
        return vec(size(s))

    def cpp(self, layer):
        return "Flatten"

    def module(self, layer, s):
        return _nn().Flatten()


# ---- FC / Dense ---------------------------------------------------------------------------------

@torch_class
def FlatLinear(torch, nn, F):
    class FlatLinear(nn.Linear):
        """ctnn's FC on a map: Linear on the flattened map (the flatten inside the same
        leaf)."""

        def forward(self, x):
            return super().forward(torch.flatten(x, 1))
    return FlatLinear


@register
class FC(LeafKind):
    """FC<U> (Dense<U> one time in ten), bias or NoBias, on vectors and directly on maps of at
    most MAX_FC_INPUT values: nn.Linear, or FlatLinear on a map (ctnn flattens implicitly)."""

    kinds = ("fc",)
    draws = {"map": Draw(2, rank=20, keep=False, flat=True), "vector": Draw(30, rank=1)}

    def make(self, rng, units=None):
        """An FC of `units` units (random when None), as the blocks' heads and shortcuts use."""
        return Layer("fc", units=units or rng.randint(1, 64), bias=rng.random() < 0.8,
                     spelling="FC" if rng.random() < 0.9 else "Dense")

    def draw(self, rng, s, keep):
        if not s.flat and size(s) > MAX_FC_INPUT:
            raise Invalid("FC input too large for a quick test")
        return self.make(rng)

    def out(self, layer, s):
        return vec(layer.p["units"])

    def cpp(self, layer):
        p = layer.p
        return f"{p['spelling']}<{p['units']}{'' if p['bias'] else ', NoBias'}>"

    def module(self, layer, s):
        linear = _nn().Linear if s.flat else FlatLinear
        return linear(size(s), layer.p["units"], bias=layer.p["bias"])
