"""netgen.py: random valid networks for ctnn's differential tests against PyTorch.

One intermediate description (a tree of Layer and Block nodes) is written out twice: as a ctnn
type (`cpp_type`) and as a torch.nn.Module (`torch_side.build`). The generator proposes nodes at
random and keeps those that `out_shape` accepts; `out_shape` encodes the validity rules that ctnn
and PyTorch 1.13 share (a window must fit in the padded input, pooling padding at most half the
window, adaptive pooling never growing, a transposed convolution's output padding below its
stride or dilation, a normalization never over a single value, ...). It only decides what is
generated: the test compares what ctnn computes with what torch actually does.

Every network is drawn from its own random.Random, seeded by the run's seed and the network's
index, so network i is the same whatever the count of a run.
"""

import random
from collections import namedtuple


class Invalid(Exception):
    """A proposed node does not accept its input (the generator draws another)."""


# A tensor of one sample: an H x W x C map (flat False) or a vector of c values (flat True,
# h = w = 1), ctnn's Shape.
Shape = namedtuple("Shape", "h w c flat")


def fmap(h, w, c):
    return Shape(h, w, c, False)


def vec(n):
    return Shape(1, 1, n, True)


def shape_text(s):
    """ctnn's printed form: 12x12x8 for a map, 256 for a vector."""
    return str(s.c) if s.flat else f"{s.h}x{s.w}x{s.c}"


def size(s):
    return s.h * s.w * s.c


# ---- the description -----------------------------------------------------------------------

class Layer:
    """A leaf: one row of ctnn's table, one leaf module in torch. `p` holds its arguments."""

    def __init__(self, kind, **p):
        self.kind = kind
        self.p = p

    def __repr__(self):
        return f"Layer({self.kind!r}, {self.p!r})"


class Block:
    """A combinator: seq, residual ([body, shortcut]), concat, split (ChannelSplit), repeat
    (n copies of the chain `children`), gate, aux and frozen (a chain `children`), and
    separable (SeparableConv: its two convolutions as `children`, [depthwise without bias,
    1x1 pointwise], from which its spelling is written)."""

    def __init__(self, kind, children, n=0, implicit_shortcut=False, named=False):
        self.kind = kind
        self.children = children
        self.n = n
        self.implicit_shortcut = implicit_shortcut  # Residual<Body>: the default Identity
        self.named = named  # written as a named block, struct B final : Sequential<...> {};

    def __repr__(self):
        return f"Block({self.kind!r}, {self.children!r}, n={self.n})"


class Network:
    def __init__(self, index, input_shape, nodes):
        self.index = index
        self.input = input_shape
        self.nodes = nodes


ACTIVATIONS = ["ReLU", "ReLU6", "LeakyReLU", "Sigmoid", "Tanh", "Softmax", "GELU", "Swish",
               "SiLU", "HardSwish", "HardSigmoid", "ELU", "SELU", "Mish", "Softplus"]


# ---- validity and shapes ---------------------------------------------------------------------

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


def transposed_out(n, k, s, d, b, e, op, same):
    """Output length of a transposed convolution along one axis (PyTorch's ConvTranspose2d
    formula; Keras' in*s with 'same')."""
    if same:
        return n * s
    out = (n - 1) * s - (b + e) + d * (k - 1) + op + 1
    if out < 1:
        raise Invalid("transposed convolution output not positive")
    return out


def leaf_out(layer, s):
    k, p = layer.kind, layer.p
    if k == "conv":
        h, w = _window(s, p)
        g = p["groups"]
        if s.c % g or p["f"] % g:
            raise Invalid("groups must divide the channels")
        return fmap(h, w, p["f"])
    if k == "dw":
        h, w = _window(s, p)
        return fmap(h, w, s.c * p["mult"])
    if k in ("maxpool", "avgpool"):
        t, b, l, r = p["pad"]
        kh, kw = p["k"]
        if max(t, b) > kh // 2 or max(l, r) > kw // 2:
            raise Invalid("pooling padding: at most half the window")
        if p["ceil"] and (t < b or l < r):
            # torch_side pads the extra rows of the larger side in front (PaddedMaxPool2d):
            # exact for ceil mode only when that side is the start
            raise Invalid("ceil mode with more padding at the end")
        if p["ceil"] and p["same"]:
            raise Invalid("ceil mode with 'same'")
        h, w = _window(s, p, p["ceil"])
        return fmap(h, w, s.c)
    if k == "convt":
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
    if k == "upsample":
        if s.flat:
            raise Invalid("needs a map")
        return fmap(s.h * p["s"][0], s.w * p["s"][1], s.c)
    if k == "crop":
        if s.flat or p["hw"][0] > s.h or p["hw"][1] > s.w:
            raise Invalid("crop larger than the map")
        return fmap(p["hw"][0], p["hw"][1], s.c)
    if k == "groupnorm":
        if s.c % p["g"]:
            raise Invalid("groups must divide the channels")
        if s.c // p["g"] * s.h * s.w == 1:
            # torch raises "Expected more than 1 value per channel" (ctnn accepts it)
            raise Invalid("a group of one value")
        return s
    if k == "instancenorm":
        if s.flat:
            raise Invalid("needs a map")
        if s.h * s.w == 1:
            # torch raises "Expected more than 1 spatial element" (ctnn accepts it)
            raise Invalid("one value per channel")
        return s
    if k in ("prelu", "layernorm", "bnwith"):
        return s
    if k in ("gap", "gmp"):
        if s.flat:
            raise Invalid("needs a map")
        return vec(s.c)
    if k in ("adaptive_avg", "adaptive_max"):
        if s.flat or p["hw"][0] > s.h or p["hw"][1] > s.w:
            raise Invalid("adaptive pooling may not grow")
        return fmap(p["hw"][0], p["hw"][1], s.c)
    if k == "fc":
        return vec(p["units"])
    if k == "flatten":
        return vec(size(s))
    if k in ("lrn", "zeropad", "shuffle") and s.flat:
        raise Invalid("needs a map")
    if k == "zeropad":
        t, b, l, r = p["pad"]
        return fmap(s.h + t + b, s.w + l + r, s.c)
    if k == "shuffle" and s.c % p["g"]:
        raise Invalid("groups must divide the channels")
    if k in ("bn", "lrn", "dropout", "identity", "act", "shuffle"):
        return s
    raise AssertionError(k)


def chain_out(nodes, s):
    for node in nodes:
        s = out_shape(node, s)
    return s


def join(outs):
    """Concat's and ChannelSplit's join: equal H x W (or all vectors), channels summed."""
    first = outs[0]
    for o in outs[1:]:
        if o.flat != first.flat or o.h != first.h or o.w != first.w:
            raise Invalid("branches differ in H x W")
    c = sum(o.c for o in outs)
    return vec(c) if first.flat else fmap(first.h, first.w, c)


def out_shape(node, s):
    if isinstance(node, Layer):
        return leaf_out(node, s)
    k = node.kind
    if k == "seq":
        return chain_out(node.children, s)
    if k == "residual":
        body, shortcut = node.children
        a, b = out_shape(body, s), out_shape(shortcut, s)
        if a != b:
            raise Invalid("residual paths differ")
        return a
    if k == "concat":
        return join([out_shape(b, s) for b in node.children])
    if k == "split":
        parts = len(node.children)
        if s.flat or s.c % parts:
            raise Invalid("split needs a map whose channels divide evenly")
        part = fmap(s.h, s.w, s.c // parts)
        return join([out_shape(b, part) for b in node.children])
    if k == "repeat":
        for _ in range(node.n):
            s = chain_out(node.children, s)
        return s
    if k == "gate":
        g = chain_out(node.children, s)
        if s.flat or g.c != s.c or g.h != 1 or g.w != 1:
            raise Invalid("a gate needs one factor per channel")
        return s
    if k == "aux":
        chain_out(node.children, s)
        return s
    if k in ("frozen", "separable"):
        return chain_out(node.children, s)
    raise AssertionError(k)


BLOCK_NAMES = {"seq": "Sequential", "residual": "Residual", "concat": "Concat",
               "split": "ChannelSplit", "repeat": "Repeat", "gate": "Gate", "aux": "Aux",
               "frozen": "Frozen", "separable": "SeparableConv"}


def block_kinds(node, counts):
    """Adds the blocks of a node to `counts` ({ctnn combinator name: number})."""
    if isinstance(node, Layer):
        return
    name = BLOCK_NAMES[node.kind]
    counts[name] = counts.get(name, 0) + 1
    for child in node.children:
        block_kinds(child, counts)


def leaf_count(node):
    """Rows of ctnn's table that are leaves (every Layer, Repeat's copies included)."""
    if isinstance(node, Layer):
        return 1
    n = sum(leaf_count(c) for c in node.children)
    return n * node.n if node.kind == "repeat" else n


LEAF_NAMES = {"conv": "Conv", "dw": "DepthwiseConv", "maxpool": "MaxPool", "avgpool": "AvgPool",
              "convt": "ConvTranspose", "zeropad": "ZeroPad"}


def features(node, counts, copies=1, frozen=False, repeated=False):
    """Adds to `counts` the leaf rows (Repeat's copies included) that use the options worth
    counting: asymmetric padding, Same, a transposed convolution's options, leaves in Frozen;
    and the Frozen blocks inside a Frozen or a Repeat."""
    def add(tag, n=copies):
        counts[tag] = counts.get(tag, 0) + n
    if isinstance(node, Layer):
        k, p = node.kind, node.p
        name = LEAF_NAMES.get(k)
        if frozen:
            add("leaves in Frozen")
        if name is None:
            return
        pad = p["pad"]
        if not p.get("same", False) and (pad[0] != pad[1] or pad[2] != pad[3]):
            add("ZeroPad<T, B, L, R>" if k == "zeropad" else f"{name} Pad<T, B, L, R>")
        if p.get("same"):
            add(f"{name} Same" + ("" if k in ("maxpool", "avgpool", "convt")
                                  else (" stride 1" if p["stride"] == (1, 1) else " stride > 1")))
        if k == "convt":
            if p["op"] != (0, 0):
                add("ConvTranspose OutputPadding")
            if p["groups"] > 1:
                add("ConvTranspose Groups")
            if p["dil"] != (1, 1):
                add("ConvTranspose Dilation")
            if p["stride"] != (1, 1):
                add("ConvTranspose stride > 1")
        return
    if node.kind == "frozen" and frozen:
        add("Frozen blocks in a Frozen")
    if node.kind == "frozen" and repeated:
        add("Frozen blocks in a Repeat")
    copies *= node.n if node.kind == "repeat" else 1
    for child in node.children:
        features(child, counts, copies, frozen or node.kind == "frozen",
                 repeated or node.kind == "repeat")


# ---- the ctnn side ---------------------------------------------------------------------------

def _pair(v, form):
    """Stride<2> / Stride<2, 2>: the written form of a (row, column) pair."""
    a, b = v
    return f"{a}" if a == b and form == 1 else f"{a}, {b}"


def _pad_text(pad, form):
    t, b, l, r = pad
    if form == 1 and t == b == l == r:
        return f"{t}"
    if form <= 2 and t == b and l == r:
        return f"{t}, {l}"
    return f"{t}, {b}, {l}, {r}"


def _options(p, kind):
    """The options of a window layer, in the order the generator drew (any order is valid)."""
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
    if kind in ("conv", "convt") and (p["groups"] != 1 or p.get("write_groups")):
        opts["groups"] = f"Groups<{p['groups']}>"
    if kind == "dw" and (p["mult"] != 1 or p.get("write_mult")):
        opts["mult"] = f"Multiplier<{p['mult']}>"
    if not p.get("bias", True):
        opts["bias"] = "NoBias"
    if p.get("ceil"):
        opts["ceil"] = "CeilMode"
    return [opts[o] for o in p["order"] if o in opts]


def _args(*parts):
    return ", ".join(str(x) for x in parts)


def leaf_cpp(layer):
    k, p = layer.kind, layer.p
    if k == "conv":
        return f"Conv<{_args(*p['k'], p['f'], *_options(p, k))}>"
    if k == "dw":
        return f"DepthwiseConv<{_args(*p['k'], *_options(p, k))}>"
    if k in ("maxpool", "avgpool"):
        name = "MaxPool" if k == "maxpool" else "AvgPool"
        return f"{name}<{_args(*p['k'], *_options(p, k))}>"
    if k == "convt":
        return f"ConvTranspose<{_args(*p['k'], p['f'], *_options(p, k))}>"
    if k == "upsample":
        name = "Upsample" if p["mode"] == "nearest" else "UpsampleBilinear"
        return f"{name}<{_pair(p['s'], p['form'])}>"
    if k == "crop":
        return f"CenterCrop<{_pair(p['hw'], p['form'])}>"
    if k in ("prelu", "layernorm", "groupnorm", "instancenorm", "bnwith"):
        return p["spelling"]
    if k == "gap":
        return "GlobalAvgPool"
    if k == "gmp":
        return "GlobalMaxPool"
    if k in ("adaptive_avg", "adaptive_max"):
        name = "AdaptiveAvgPool" if k == "adaptive_avg" else "AdaptiveMaxPool"
        h, w = p["hw"]
        return f"{name}<{h}>" if h == w and p["form"] == 1 else f"{name}<{h}, {w}>"
    if k == "fc":
        return f"{p['spelling']}<{p['units']}{'' if p['bias'] else ', NoBias'}>"
    if k == "zeropad":
        return f"ZeroPad<{_pad_text(p['pad'], p['pad_form'])}>"
    if k == "shuffle":
        return f"ChannelShuffle<{p['g']}>"
    if k == "act":
        return p["name"]
    return {"flatten": "Flatten", "bn": "BatchNorm", "lrn": "LRN", "dropout": "Dropout",
            "identity": "Identity"}[k]


def cpp_node(node, indent, named):
    """The ctnn type of a node; blocks are broken over lines, one child per line. A named
    block is defined in `named` (a list of struct definitions, inner ones first) and referred
    to by its name."""
    if isinstance(node, Layer):
        return leaf_cpp(node)
    k = node.kind
    children = node.children
    if k == "residual" and node.implicit_shortcut:
        children = children[:1]
    name = BLOCK_NAMES[k]
    head = f"Repeat<{node.n}, " if k == "repeat" else f"{name}<"
    if node.named:
        indent = 6
    if k == "separable":
        # the depthwise step's window options and multiplier, the pointwise step's bias
        dw, pw = children
        opts = _options(dict(dw.p, bias=pw.p["bias"]), "dw")
        text = f"SeparableConv<{_args(*dw.p['k'], pw.p['f'], *opts)}>"
    else:
        pad = " " * (indent + len(head))
        parts = [cpp_node(c, indent + len(head), named) for c in children]
        if k == "residual" and len(parts) == 2:
            parts[1] = f"Shortcut<{parts[1]}>"  # Residual<Body, Shortcut<...>>
        inner = f",\n{pad}".join(parts)
        text = f"{head}{inner}>"
    if not node.named:
        return text
    block_name = f"{named[0]}_block{len(named)}"
    named.append(f"struct {block_name} final\n    : {text} {{}};\n")
    return block_name


def cpp_type(net, name):
    """`struct name final : Net<Input<...>, ...> {};`, one element per line, after the
    definitions of its named blocks."""
    s = net.input
    dims = f"{s.c}" if s.flat else f"{s.h}, {s.w}, {s.c}"
    pad = " " * 10
    named = [name]
    elements = [f"Input<{dims}>"] + [cpp_node(n, 10, named) for n in net.nodes]
    body = f",\n{pad}".join(elements)
    return "".join(named[1:]) + f"struct {name} final\n    : Net<{body}> {{}};\n"


# ---- the generator ---------------------------------------------------------------------------

MAX_DEPTH = 3       # nesting of blocks
MAX_CHANNELS = 48
MAX_FC_INPUT = 6000  # keeps Linear layers small
MAX_SIDE = 64        # a node that grows the map (ConvTranspose, Upsample) stops at 64 x 64 ...
MAX_GROWN = 64 * 64 * 24  # ... and at this many values


def _divisors(n):
    return [d for d in range(2, n + 1) if n % d == 0]


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
        # any stride: TensorFlow's 'same' (torch_side: padding='same' at stride 1, else the
        # padding computed from the input and applied before, as timm's Conv2dSame)
        p["same"], p["pad"], p["write_pad"], p["pad_form"] = True, (0, 0, 0, 0), False, 1
    elif keep:
        ph, pw = dil[0] * (kh - 1) // 2, dil[1] * (kw - 1) // 2
        p["pad"], p["pad_form"] = (ph, ph, pw, pw), rng.choice([1, 2, 4])
        p["write_pad"] = (ph, pw) != (0, 0) or rng.random() < 0.2
    elif pool and rng.random() < 0.3:
        # different on each side (torch_side pads the difference in front)
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
    kh = rng.choice([1, 1, 3, 3, 3, 5, 7] if keep else [1, 1, 2, 3, 3, 3, 4, 5, 7])
    if rng.random() < 0.8:
        return (kh, kh)
    return (kh, rng.choice([1, 3, 5] if keep else [1, 2, 3, 5]))


def _order(rng):
    order = ["stride", "pad", "dil", "op", "groups", "mult", "bias", "ceil"]
    if rng.random() < 0.3:
        rng.shuffle(order)
    return order


def make_conv(rng, s, keep=False):
    p = {"k": _kernel(rng, keep), "order": _order(rng)}
    _window_common(rng, p, keep, allow_same=True)
    g = 1
    if rng.random() < 0.25:
        ds = _divisors(s.c)
        if ds:
            g = rng.choice(ds)
    p["groups"], p["write_groups"] = g, rng.random() < 0.05
    f = g * rng.randint(1, max(1, 32 // g))
    if keep and rng.random() < 0.5 and s.c % g == 0:
        f = s.c
    p["f"] = f
    p["bias"] = rng.random() < 0.7
    return Layer("conv", **p)


def make_dw(rng, s, keep=False):
    p = {"k": _kernel(rng, keep), "order": _order(rng)}
    _window_common(rng, p, keep, allow_same=True)
    m = 1 if keep or rng.random() < 0.7 else rng.choice([2, 3])
    if s.c * m > MAX_CHANNELS:
        m = 1
    p["mult"], p["write_mult"] = m, rng.random() < 0.05
    p["bias"] = rng.random() < 0.6
    return Layer("dw", **p)


def make_pool(rng, s, keep=False):
    kind = "maxpool" if rng.random() < 0.6 else "avgpool"
    if keep:
        p = {"k": rng.choice([(3, 3), (3, 3), (1, 1), (5, 5), (3, 1)]), "order": _order(rng)}
    else:
        k = rng.choice([2, 2, 3, 3, 4, 5])
        p = {"k": (k, k) if rng.random() < 0.85 else (k, rng.choice([1, 2, 3])),
             "order": _order(rng)}
    p["dilates"] = kind == "maxpool"
    _window_common(rng, p, keep, allow_same=True, pool=True)
    t, b, l, r = p["pad"]
    p["ceil"] = not keep and not p["same"] and rng.random() < 0.4 and t >= b and l >= r
    return Layer(kind, **p)


def make_convt(rng, s, keep=False):
    """ConvTranspose: in a Repeat (keep) stride 1 with the padding that keeps the size or Same;
    else strides up to 3, any padding (also per side, or Same), output padding, dilation,
    groups."""
    p = {"order": _order(rng)}
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
            p["pad"], p["pad_form"], p["write_pad"] = (q, q, q, q), rng.choice([1, 2, 4]), True
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
        ds = _divisors(s.c)
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


def make_upsample(rng, s):
    if rng.random() < 0.75:
        f = rng.choice([1, 2, 2, 2, 3, 4])
        factors, form = (f, f), rng.choice([1, 1, 2])
    else:
        factors, form = (rng.choice([1, 2, 3]), rng.choice([1, 2, 3])), 2
    return Layer("upsample", s=factors, form=form,
                 mode="nearest" if rng.random() < 0.55 else "bilinear")


def make_crop(rng, s):
    if rng.random() < 0.7:   # a small margin, as U-Net's skips
        h, w = rng.randint(max(1, s.h - 8), s.h), rng.randint(max(1, s.w - 8), s.w)
    else:
        h, w = rng.randint(1, s.h), rng.randint(1, s.w)
    if s.h == s.w and rng.random() < 0.6:
        w = h
    return Layer("crop", hw=(h, w), form=rng.choice([1, 2]))


def make_prelu(rng):
    shared = rng.random() < 0.4
    return Layer("prelu", shared=shared, spelling="SharedPReLU" if shared else "PReLU")


def make_norm(rng, s):
    """LayerNorm, GroupNorm, InstanceNorm (maps only) or BatchNormWith, in their spellings."""
    kinds = [("layernorm", 3), ("groupnorm", 3), ("bnwith", 3)]
    if not s.flat:
        kinds.append(("instancenorm", 3))
    kind = _weighted(rng, kinds)
    r = rng.random()
    if kind == "layernorm":
        affine = r < 0.7
        spelling = ("LayerNormWith<NoAffine>" if not affine else
                    "LayerNorm" if r < 0.55 else
                    "LayerNormWith<>" if r < 0.62 else "LayerNormWith<Affine>")
        return Layer(kind, affine=affine, spelling=spelling)
    if kind == "groupnorm":
        g = rng.choice([1] + _divisors(s.c))
        affine = r < 0.7
        spelling = (f"GroupNorm<{g}, NoAffine>" if not affine else
                    f"GroupNorm<{g}>" if r < 0.6 else f"GroupNorm<{g}, Affine>")
        return Layer(kind, g=g, affine=affine, spelling=spelling)
    if kind == "instancenorm":
        affine = r < 0.45
        spelling = ("InstanceNormWith<Affine>" if affine else
                    "InstanceNorm" if r < 0.85 else
                    "InstanceNormWith<>" if r < 0.93 else "InstanceNormWith<NoAffine>")
        return Layer(kind, affine=affine, spelling=spelling)
    options = _weighted(rng, [(("NoScale",), 3), (("NoCenter",), 3), (("NoScale", "NoCenter"), 2),
                              (("NoCenter", "NoScale"), 2), ((), 0.5)])
    return Layer("bnwith", scale="NoScale" not in options, center="NoCenter" not in options,
                 spelling=f"BatchNormWith<{', '.join(options)}>")


def make_separable(rng, s, keep=False):
    """SeparableConv: a depthwise convolution without bias (window options and multiplier),
    then a 1x1 convolution to F filters with bias unless NoBias."""
    dw = make_dw(rng, s, keep)
    dw.p["bias"] = False
    f = s.c if keep and rng.random() < 0.5 else rng.randint(1, 48)
    pw = Layer("conv", k=(1, 1), f=f, stride=(1, 1), groups=1, write_stride=False,
               stride_form=1, pad=(0, 0, 0, 0), write_pad=False, pad_form=1, dil=(1, 1),
               same=False, bias=rng.random() < 0.75, order=dw.p["order"])
    return Block("separable", [dw, pw], named=rng.random() < 0.05)


def make_adaptive(rng, s):
    kind = "adaptive_avg" if rng.random() < 0.7 else "adaptive_max"
    if rng.random() < 0.5:
        n = rng.randint(1, min(s.h, s.w))
        return Layer(kind, hw=(n, n), form=rng.choice([1, 2]))
    return Layer(kind, hw=(rng.randint(1, s.h), rng.randint(1, s.w)), form=2)


def make_fc(rng, units=None):
    return Layer("fc", units=units or rng.randint(1, 64), bias=rng.random() < 0.8,
                 spelling="FC" if rng.random() < 0.9 else "Dense")


def make_act(rng):
    return Layer("act", name=rng.choice(ACTIVATIONS))


def make_zeropad(rng):
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


def make_shuffle(rng, s):
    ds = [d for d in _divisors(s.c) if d <= 8]
    return Layer("shuffle", g=rng.choice(ds) if ds else 1)


class Generator:
    """Draws random nodes for shapes; each proposal is checked by out_shape and redrawn if it
    does not fit."""

    def __init__(self, rng):
        self.rng = rng

    # -- leaves --------------------------------------------------------------------------------
    def leaf_for_map(self, s, keep, allow_flat):
        rng = self.rng
        choices = [("conv", 30), ("dw", 7), ("pool", 12), ("bn", 9), ("act", 12), ("dropout", 3),
                   ("identity", 2), ("lrn", 1), ("zeropad", 2), ("shuffle", 2), ("convt", 5),
                   ("separable", 3), ("prelu", 2), ("norm", 8)]
        if not keep:
            choices += [("adaptive", 3), ("upsample", 3), ("crop", 1.5)]
            if allow_flat:
                choices += [("gap", 3), ("flatten", 2), ("fc", 2)]
        kind = _weighted(rng, choices)
        if kind == "conv":
            return make_conv(rng, s, keep)
        if kind == "dw":
            return make_dw(rng, s, keep)
        if kind == "pool":
            return make_pool(rng, s, keep)
        if kind == "adaptive":
            return make_adaptive(rng, s)
        if kind == "gap":
            return Layer("gap" if rng.random() < 0.65 else "gmp")
        if kind == "flatten":
            return Layer("flatten")
        if kind == "fc":
            if size(s) > MAX_FC_INPUT:
                raise Invalid("FC input too large for a quick test")
            return make_fc(rng)
        if kind == "act":
            return make_act(rng)
        if kind == "zeropad":
            if keep:
                raise Invalid("ZeroPad grows the map")
            return make_zeropad(rng)
        if kind == "shuffle":
            return make_shuffle(rng, s)
        if kind == "convt":
            return make_convt(rng, s, keep)
        if kind == "separable":
            return make_separable(rng, s, keep)
        if kind == "upsample":
            return make_upsample(rng, s)
        if kind == "crop":
            return make_crop(rng, s)
        if kind == "prelu":
            return make_prelu(rng)
        if kind == "norm":
            return make_norm(rng, s)
        return Layer(kind)

    def leaf_for_vector(self, s):
        rng = self.rng
        kind = _weighted(rng, [("fc", 30), ("bn", 8), ("act", 14), ("dropout", 4),
                               ("identity", 2), ("flatten", 2), ("prelu", 2), ("norm", 5)])
        if kind == "fc":
            return make_fc(rng)
        if kind == "act":
            return make_act(rng)
        if kind == "prelu":
            return make_prelu(rng)
        if kind == "norm":
            return make_norm(rng, s)
        return Layer(kind)

    # -- any node -----------------------------------------------------------------------------
    def node(self, s, depth, allow_flat=True, keep=False):
        """One valid node on input s: a leaf or (while depth allows) a block. With `keep`,
        nodes that keep H x W (for Repeat)."""
        rng = self.rng
        for _ in range(40):
            try:
                if depth < MAX_DEPTH and rng.random() < (0.22 if depth == 0 else 0.12):
                    node = self.block(s, depth, allow_flat, keep)
                elif s.flat:
                    node = self.leaf_for_vector(s)
                else:
                    node = self.leaf_for_map(s, keep, allow_flat)
                out = out_shape(node, s)
                if not out.flat and out.c > 4 * MAX_CHANNELS:
                    raise Invalid("too many channels")
                if not out.flat and not s.flat and out.h * out.w > s.h * s.w and (
                        max(out.h, out.w) > MAX_SIDE or size(out) > MAX_GROWN):
                    raise Invalid("map grown too large for a quick test")
                if out.flat and out.c > 4 * MAX_FC_INPUT:
                    raise Invalid("vector too long")
                if out.flat and not s.flat and not allow_flat:
                    raise Invalid("a map is needed here")
                return node
            except Invalid:
                continue
        return make_act(rng)

    def chain(self, s, length, depth, allow_flat=True, keep=False):
        nodes = []
        for _ in range(length):
            node = self.node(s, depth, allow_flat, keep)
            nodes.append(node)
            s = out_shape(node, s)
        return nodes, s

    # -- blocks -------------------------------------------------------------------------------
    def block(self, s, depth, allow_flat, keep):
        rng = self.rng
        if s.flat:
            kinds = [("seq", 2), ("residual", 4), ("concat", 3), ("repeat", 3), ("aux", 1),
                     ("frozen", 1.5)]
        else:
            kinds = [("seq", 2), ("residual", 6), ("concat", 5), ("split", 3), ("repeat", 4),
                     ("gate", 3), ("aux", 2), ("frozen", 2)]
        block = self.block_of_kind(_weighted(rng, kinds), s, depth + 1, allow_flat, keep)
        block.named = rng.random() < 0.1
        return block

    def block_of_kind(self, kind, s, d, allow_flat, keep):
        rng = self.rng
        if kind == "seq":
            if rng.random() < 0.04:
                return Block("seq", [])   # Sequential<>: a block row, no leaves
            nodes, _ = self.chain(s, rng.randint(1, 3), d, allow_flat and not keep, keep)
            return Block("seq", nodes)
        if kind == "residual":
            return self.residual(s, d, keep)
        if kind == "concat":
            return self.concat(s, d, keep)
        if kind == "split":
            return self.split(s, d, keep)
        if kind == "repeat":
            return self.repeat(s, d)
        if kind == "gate":
            return self.gate(s)
        if kind == "frozen":
            if rng.random() < 0.04:
                return Block("frozen", [])   # Frozen<>: a block row, no leaves
            nodes, _ = self.chain(s, rng.randint(1, 3), d, allow_flat and not keep, keep)
            if rng.random() < 0.15:   # Frozen inside Frozen: frozen once
                i = rng.randrange(len(nodes))
                j = rng.randint(i + 1, len(nodes))
                nodes = nodes[:i] + [Block("frozen", nodes[i:j])] + nodes[j:]
            return Block("frozen", nodes)
        return Block("aux", self.chain(s, rng.randint(1, 3), d, True)[0])

    def wrap(self, nodes):
        return nodes[0] if len(nodes) == 1 and self.rng.random() < 0.8 else Block("seq", nodes)

    def shortcut(self, s, t):
        """A path from shape s to shape t: padding or pooling to t's H x W, then a 1x1
        convolution (stride when it lands exactly) to t's channels; FC for vectors."""
        rng = self.rng
        if s.flat:
            if s.c * t.c > MAX_FC_INPUT * 64:   # a long vector: no huge Linear
                if s == t:
                    return Layer("identity")
                raise Invalid("projection shortcut too large for a quick test")
            return make_fc(rng, t.c)
        if s == t and rng.random() < 0.7:
            return Layer("identity")
        for sh in range(1, 5):
            for sw in range(1, 5):
                if (s.h - 1) // sh + 1 == t.h and (s.w - 1) // sw + 1 == t.w:
                    conv = Layer("conv", k=(1, 1), f=t.c, stride=(sh, sw), groups=1,
                                 write_stride=(sh, sw) != (1, 1), stride_form=1,
                                 pad=(0, 0, 0, 0), write_pad=False, pad_form=1, dil=(1, 1),
                                 same=False, bias=rng.random() < 0.5, order=_order(rng))
                    return Block("seq", [conv, Layer("bn")]) if rng.random() < 0.5 else conv
        path = []
        if t.h > s.h or t.w > s.w:
            gh, gw = max(t.h - s.h, 0), max(t.w - s.w, 0)
            path.append(Layer("zeropad", pad=(gh // 2, gh - gh // 2, gw // 2, gw - gw // 2),
                              pad_form=4))
        if t.h < s.h or t.w < s.w:
            path.append(Layer("adaptive_avg", hw=(t.h, t.w), form=2))
        path.append(Layer("conv", k=(1, 1), f=t.c, stride=(1, 1), groups=1, write_stride=False,
                          stride_form=1, pad=(0, 0, 0, 0), write_pad=False, pad_form=1,
                          dil=(1, 1), same=False, bias=True, order=_order(rng)))
        return Block("seq", path)

    def residual(self, s, d, keep):
        rng = self.rng
        body_nodes, t = self.chain(s, rng.randint(1, 3), d, False, keep)
        body = self.wrap(body_nodes)
        if s == t and rng.random() < 0.5:
            return Block("residual", [body, Layer("identity")],
                         implicit_shortcut=rng.random() < 0.8)
        if keep and t != s:
            raise Invalid("a projection inside a Repeat")
        return Block("residual", [body, self.shortcut(s, t)])

    def branches(self, s, count, d, keep):
        """`count` branches on s, padded with adaptive pooling to a common H x W."""
        rng = self.rng
        heads = not keep and rng.random() < 0.12 and not s.flat
        outs, branches = [], []
        for _ in range(count):
            nodes, t = self.chain(s, rng.randint(1, 3), d, s.flat, keep)
            if heads and not t.flat:
                head = Layer("gap") if rng.random() < 0.6 else make_fc(rng)
                if head.kind == "fc" and size(t) > MAX_FC_INPUT:
                    head = Layer("gap")
                nodes.append(head)
                t = out_shape(head, t)
            branches.append(nodes)
            outs.append(t)
        if not all(o.flat for o in outs):
            if any(o.flat for o in outs):
                raise Invalid("vectors and maps")
            th, tw = min(o.h for o in outs), min(o.w for o in outs)
            for nodes, o in zip(branches, outs):
                if (o.h, o.w) != (th, tw):
                    r = rng.random()
                    if r < 0.35:   # U-Net's "copy and crop"
                        nodes.append(Layer("crop", hw=(th, tw), form=2))
                    else:
                        kind = "adaptive_avg" if r < 0.8 else "adaptive_max"
                        nodes.append(Layer(kind, hw=(th, tw), form=2))
        return [self.wrap(b) for b in branches]

    def concat(self, s, d, keep):
        block = Block("concat", self.branches(s, self.rng.choice([2, 2, 3, 4]), d, keep))
        if keep:
            raise Invalid("Concat grows the channels")
        return block

    def split(self, s, d, keep):
        parts = [k for k in (2, 3, 4) if s.c % k == 0]
        if not parts:
            raise Invalid("channels do not split")
        k = self.rng.choice(parts)
        part = fmap(s.h, s.w, s.c // k)
        branches = self.branches(part, k, d, keep)
        if self.rng.random() < 0.4:
            branches[0] = Layer("identity")   # ShuffleNet v2's unit
            out_shape(Block("split", branches), s)
        return Block("split", branches)

    def repeat(self, s, d):
        """Repeat<N, ...> of a block that keeps its shape, or reaches one it keeps."""
        rng = self.rng
        for _ in range(20):
            nodes, t = self.chain(s, rng.randint(1, 3), d, False, keep=True)
            try:
                if chain_out(nodes, t) == t:
                    if rng.random() < 0.08:   # Repeat<N, Frozen<...>>: N frozen copies
                        nodes = [Block("frozen", nodes)]
                    return Block("repeat", nodes, n=rng.randint(1, 4))
            except Invalid:
                pass
        raise Invalid("no repeatable block")

    def gate(self, s):
        rng = self.rng
        c = s.c
        r = rng.randint(1, max(1, c // 2))
        variant = rng.randint(0, 2)
        if variant == 0:
            layers = [Layer("gap"), make_fc(rng, r), make_act(rng), make_fc(rng, c),
                      Layer("act", name="Sigmoid")]
        elif variant == 1:
            layers = [Layer("adaptive_avg", hw=(1, 1), form=1),
                      Layer("conv", k=(1, 1), f=r, stride=(1, 1), groups=1, write_stride=False,
                            stride_form=1, pad=(0, 0, 0, 0), write_pad=False, pad_form=1,
                            dil=(1, 1), same=False, bias=True, order=_order(rng)),
                      Layer("act", name="ReLU"),
                      Layer("conv", k=(1, 1), f=c, stride=(1, 1), groups=1, write_stride=False,
                            stride_form=1, pad=(0, 0, 0, 0), write_pad=False, pad_form=1,
                            dil=(1, 1), same=False, bias=True, order=_order(rng)),
                      Layer("act", name="HardSigmoid")]
        else:
            layers = [Layer("adaptive_max", hw=(1, 1), form=2), Layer("flatten"),
                      make_fc(rng, c), Layer("act", name="Sigmoid")]
        return Block("gate", layers)

    # -- a network ----------------------------------------------------------------------------
    def network(self, index):
        rng = self.rng
        if rng.random() < 0.1:
            s = vec(rng.randint(1, 64))
        else:
            h = rng.randint(8, 40)
            w = h if rng.random() < 0.5 else rng.randint(8, 40)
            s = fmap(h, w, rng.randint(1, 16))
        nodes, t = self.chain(s, rng.randint(2, 12), 0)
        if not t.flat and rng.random() < 0.5:
            # a classifier head, as most networks end
            head = ([Layer("gap")] if rng.random() < 0.5 or size(t) > MAX_FC_INPUT
                    else [Layer("flatten")])
            nodes += head + [make_fc(rng)]
        return Network(index, s, nodes)


def _weighted(rng, choices):
    total = sum(w for _, w in choices)
    x = rng.uniform(0, total)
    for name, w in choices:
        x -= w
        if x <= 0:
            return name
    return choices[-1][0]


def network(seed, index):
    """Network `index` of the run with `seed`: the same whatever else the run generates."""
    return Generator(random.Random(f"ctnn-differential:{seed}:{index}")).network(index)


# ---- truncation: the smallest prefix that still shows a mismatch ---------------------------

def truncate(net, k):
    """The network cut right after its leaf k (0-based, ctnn's pre-order of leaf rows): every
    leaf before k keeps its input, and nothing after k runs. Inside a Residual or Concat whose
    later part is cut, the completed paths become Aux side branches (they read the same input,
    and their output is dropped) and the cut path continues inline; a ChannelSplit is kept
    whole, since its parts read slices of the input."""
    nodes, _ = _cut_list(net.nodes, k)
    return Network(net.index, net.input, nodes)


def _cut_list(nodes, k):
    out = []
    for node in nodes:
        n = leaf_count(node)
        if k < n:
            out.extend(_cut_node(node, k))
            return out, True
        out.append(node)
        k -= n
    return out, False


def _cut_node(node, k):
    if isinstance(node, Layer):
        return [node]
    kind = node.kind
    if kind == "seq":
        return [Block("seq", _cut_list(node.children, k)[0])]
    if kind == "repeat":
        per = sum(leaf_count(c) for c in node.children)
        done, rest = divmod(k, per)
        before = [Block("repeat", node.children, n=done)] if done else []
        return before + _cut_list(node.children, rest)[0]
    if kind in ("residual", "concat"):
        out = []
        for child in node.children:
            n = leaf_count(child)
            if k < n:
                return out + _cut_node(child, k)
            out.append(Block("aux", [child]))
            k -= n
        raise AssertionError("leaf index beyond the block")
    if kind == "gate":
        return _cut_list(node.children, k)[0]
    if kind in ("aux", "frozen"):
        return [Block(kind, _cut_list(node.children, k)[0])]
    if kind == "separable":
        return [node.children[0]] if k == 0 else [node]
    return [node]  # split
