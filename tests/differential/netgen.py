"""netgen.py: random valid networks for ctnn's differential tests against PyTorch.

One intermediate description (a tree of Layer and Block nodes) is written out twice: as a ctnn
type (`cpp_type`) and as a torch.nn.Module (`torch_side.build`). The generator proposes nodes at
random and keeps those that `out_shape` accepts; `out_shape` encodes the validity rules that ctnn
and PyTorch 1.13 share (a window must fit in the padded input, pooling padding at most half the
window, adaptive pooling never growing, a transposed convolution's output padding below its
stride or dilation, a normalization never over a single value, ...). It only decides what is
generated: the test compares what ctnn computes with what torch actually does.

This file holds what is generic: the blocks (their shapes, spellings and drawing), the
generator's driver, the ctnn type of a network and its truncation. Everything about one kind of
leaf (how it is drawn, its shape, its spelling, its torch module) is its class in leaves.py;
this file reaches it through `leaves.kind_of` and draws leaves from `leaves.Choices`.

Every network is drawn from its own random.Random, seeded by the run's seed and the network's
index, so network i is the same whatever the count of a run.
"""

import random

import leaves
# The vocabulary of leaves.py, also for this file's users (run.py, torch_side.py, tests/import),
# which know it as netgen.Layer, netgen.fmap, netgen.size, ...
from leaves import Invalid, Layer, Shape, fmap, shape_text, size, vec  # noqa: F401
from leaves import MAX_CHANNELS, MAX_FC_INPUT


# ---- the description -----------------------------------------------------------------------

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
    """A generated network: its index in the run, its input shape and its top-level nodes."""

    def __init__(self, index, input_shape, nodes):
        self.index = index
        self.input = input_shape
        self.nodes = nodes


# ---- validity and shapes ---------------------------------------------------------------------

def leaf_out(layer, s):
    """The output shape of a leaf on input shape s (its kind's rule); Invalid if it does not
    accept s."""
    return leaves.kind_of(layer).out(layer, s)


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


def features(node, counts, copies=1, frozen=False, repeated=False):
    """Adds to `counts` the leaf rows (Repeat's copies included) that use the options worth
    counting (each kind's `features`: asymmetric padding, Same, a transposed convolution's
    options), the leaves in Frozen, and the Frozen blocks inside a Frozen or a Repeat."""
    def add(tag, n=copies):
        counts[tag] = counts.get(tag, 0) + n
    if isinstance(node, Layer):
        if frozen:
            add("leaves in Frozen")
        for tag in leaves.kind_of(node).features(node):
            add(tag)
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

def leaf_cpp(layer):
    """The ctnn spelling of a leaf (its kind's)."""
    return leaves.kind_of(layer).cpp(layer)


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
        opts = leaves.DepthwiseConv.options(dict(dw.p, bias=pw.p["bias"]))
        text = f"SeparableConv<{leaves.cpp_args(*dw.p['k'], pw.p['f'], *opts)}>"
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
MAX_SIDE = 64        # a node that grows the map (ConvTranspose, Upsample) stops at 64 x 64 ...
MAX_GROWN = 64 * 64 * 24  # ... and at this many values
# (leaves.py has the limits the leaves use: MAX_CHANNELS, MAX_FC_INPUT)


def make_separable(rng, s, keep=False):
    """SeparableConv: a depthwise convolution without bias (window options and multiplier),
    then a 1x1 convolution to F filters with bias unless NoBias."""
    dw = leaves.DepthwiseConv.draw(rng, s, keep)
    dw.p["bias"] = False
    f = s.c if keep and rng.random() < 0.5 else rng.randint(1, 48)
    pw = leaves.Conv.pointwise(f, bias=rng.random() < 0.75, order=dw.p["order"])
    return Block("separable", [dw, pw], named=rng.random() < 0.05)


class SeparableEntry:
    """SeparableConv in the generator's list of leaves on a map: a block (two leaf rows), drawn
    among the leaves at rank 12 (the leaf kinds' ranks are in leaves.py)."""

    draws = {"map": leaves.Draw(3, rank=12)}

    def draw(self, rng, s, keep):
        """A random SeparableConv on input shape s."""
        return make_separable(rng, s, keep)


# The generator's lists of leaves: every leaf kind, and SeparableConv among those on a map.
LEAVES_ON_MAP = leaves.Choices("map", leaves.KINDS + [SeparableEntry()])
LEAVES_ON_VECTOR = leaves.Choices("vector", leaves.KINDS)


class Generator:
    """Draws random nodes for shapes; each proposal is checked by out_shape and redrawn if it
    does not fit."""

    def __init__(self, rng):
        self.rng = rng

    # -- leaves --------------------------------------------------------------------------------
    def leaf_for_map(self, s, keep, allow_flat):
        """A random leaf (or SeparableConv) on map s, from the list LEAVES_ON_MAP."""
        return LEAVES_ON_MAP.draw(self.rng, s, keep, allow_flat)

    def leaf_for_vector(self, s, keep, allow_flat):
        """A random leaf on vector s, from the list LEAVES_ON_VECTOR."""
        return LEAVES_ON_VECTOR.draw(self.rng, s, keep, allow_flat)

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
                    node = self.leaf_for_vector(s, keep, allow_flat)
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
        return leaves.Activation.make(rng)

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
        block = self.block_of_kind(leaves.weighted(rng, kinds), s, depth + 1, allow_flat, keep)
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
            return leaves.FC.make(rng, t.c)
        if s == t and rng.random() < 0.7:
            return Layer("identity")
        for sh in range(1, 5):
            for sw in range(1, 5):
                if (s.h - 1) // sh + 1 == t.h and (s.w - 1) // sw + 1 == t.w:
                    conv = leaves.Conv.pointwise(t.c, bias=rng.random() < 0.5,
                                                 order=leaves.option_order(rng), stride=(sh, sw))
                    return Block("seq", [conv, Layer("bn")]) if rng.random() < 0.5 else conv
        path = []
        if t.h > s.h or t.w > s.w:
            gh, gw = max(t.h - s.h, 0), max(t.w - s.w, 0)
            path.append(Layer("zeropad", pad=(gh // 2, gh - gh // 2, gw // 2, gw - gw // 2),
                              pad_form=4))
        if t.h < s.h or t.w < s.w:
            path.append(Layer("adaptive_avg", hw=(t.h, t.w), form=2))
        path.append(leaves.Conv.pointwise(t.c, bias=True, order=leaves.option_order(rng)))
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
                head = Layer("gap") if rng.random() < 0.6 else leaves.FC.make(rng)
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
            layers = [Layer("gap"), leaves.FC.make(rng, r), leaves.Activation.make(rng),
                      leaves.FC.make(rng, c), Layer("act", name="Sigmoid")]
        elif variant == 1:
            layers = [Layer("adaptive_avg", hw=(1, 1), form=1),
                      leaves.Conv.pointwise(r, bias=True, order=leaves.option_order(rng)),
                      Layer("act", name="ReLU"),
                      leaves.Conv.pointwise(c, bias=True, order=leaves.option_order(rng)),
                      Layer("act", name="HardSigmoid")]
        else:
            layers = [Layer("adaptive_max", hw=(1, 1), form=2), Layer("flatten"),
                      leaves.FC.make(rng, c), Layer("act", name="Sigmoid")]
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
            nodes += head + [leaves.FC.make(rng)]
        return Network(index, s, nodes)


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
