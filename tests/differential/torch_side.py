"""torch_side.py: the PyTorch half of ctnn's differential tests.

`build` turns a netgen description into a torch.nn.Module whose leaf modules run in ctnn's
pre-order of leaf rows (a branch before the next, a residual's body before its shortcut), one
leaf module per ctnn leaf row. `record` runs a module on a zero input of batch 1 in eval mode
and returns, for every leaf module in the order it ran, what it produced and what it holds,
measured from torch itself: the shape of the real output, the numel of its own parameters (and
of those that do not require grad: frozen) and BatchNorm buffers, and its multiply-accumulates
from the input, the output and the module's attributes.

This file is generic: the module of each leaf, and the module classes torch lacks for some of
them (AsymConv2d, SameConv2d, CenterCrop, ...), are their kind's, in leaves.py. zoo.py and
tests/import use `record` and the measures on modules of their own.
"""

import torch
import torch.nn as nn

import leaves
import netgen


# ---- blocks --------------------------------------------------------------------------------

class ResidualSum(nn.Module):
    """body(x) + shortcut(x), the body first."""

    def __init__(self, body, shortcut):
        super().__init__()
        self.body, self.shortcut = body, shortcut

    def forward(self, x):
        y = self.body(x)
        return y + self.shortcut(x)


class ConcatChannels(nn.Module):
    """Every branch on x, in order, concatenated along the channels (dim 1)."""

    def __init__(self, branches):
        super().__init__()
        self.branches = nn.ModuleList(branches)

    def forward(self, x):
        return torch.cat([b(x) for b in self.branches], 1)


class ChannelSplitCat(nn.Module):
    """Branch k on the k-th of K equal channel groups, concatenated along the channels."""

    def __init__(self, branches):
        super().__init__()
        self.branches = nn.ModuleList(branches)

    def forward(self, x):
        parts = torch.chunk(x, len(self.branches), 1)
        return torch.cat([b(p) for b, p in zip(self.branches, parts)], 1)


class GateMul(nn.Module):
    """x * g(x), g giving N x C x 1 x 1 or N x C (broadcast over H x W)."""

    def __init__(self, g):
        super().__init__()
        self.g = g

    def forward(self, x):
        g = self.g(x)
        if g.dim() == 2:
            g = g[:, :, None, None]
        return x * g


class FrozenSequential(nn.Sequential):
    """ctnn's Frozen: a Sequential whose parameters do not require grad."""

    def __init__(self, *modules):
        super().__init__(*modules)
        self.requires_grad_(False)


class AuxSide(nn.Module):
    """A side branch: runs on x, its result dropped; x passes on."""

    def __init__(self, side):
        super().__init__()
        self.side = side

    def forward(self, x):
        self.side(x)
        return x


# ---- building a description ------------------------------------------------------------------

def build_leaf(layer, s):
    """The torch module of a leaf on input shape s (its kind's, leaves.py). A kind with a MAC
    rule of its own hands it to `macs_of` through the module's `ctnn_macs`."""
    kind = leaves.kind_of(layer)
    module = kind.module(layer, s)
    if kind.macs is not None:
        module.ctnn_macs = kind.macs
    return module


def build_chain(nodes, s):
    """The nn.Sequential of a chain of nodes on input shape s, and its output shape."""
    mods = []
    for node in nodes:
        m, s = build_node(node, s)
        mods.append(m)
    return nn.Sequential(*mods), s


def build_node(node, s):
    """The module of a node on input shape s, and its output shape."""
    if isinstance(node, netgen.Layer):
        return build_leaf(node, s), netgen.leaf_out(node, s)
    k = node.kind
    if k == "seq":
        return build_chain(node.children, s)
    if k == "residual":
        body, t = build_node(node.children[0], s)
        shortcut, _ = build_node(node.children[1], s)
        return ResidualSum(body, shortcut), t
    if k == "concat":
        built = [build_node(b, s) for b in node.children]
        return ConcatChannels([m for m, _ in built]), netgen.join([t for _, t in built])
    if k == "split":
        part = netgen.fmap(s.h, s.w, s.c // len(node.children))
        built = [build_node(b, part) for b in node.children]
        return ChannelSplitCat([m for m, _ in built]), netgen.join([t for _, t in built])
    if k == "repeat":
        copies = []
        for _ in range(node.n):
            if len(node.children) == 1:
                m, s = build_node(node.children[0], s)   # Repeat<N, L>: copies of L itself
            else:
                m, s = build_chain(node.children, s)
            copies.append(m)
        return nn.Sequential(*copies), s
    if k == "gate":
        g, _ = build_chain(node.children, s)
        return GateMul(g), s
    if k == "aux":
        side, _ = build_chain(node.children, s)
        return AuxSide(side), s
    if k == "frozen":
        seq, t = build_chain(node.children, s)
        return FrozenSequential(*seq), t
    if k == "separable":
        return build_chain(node.children, s)   # the depthwise and the pointwise Conv2d
    raise AssertionError(k)


def build(net):
    """The torch.nn.Module of a netgen.Network, and the shape of its input (N, C, H, W)."""
    module, _ = build_chain(net.nodes, net.input)
    s = net.input
    return module, ((1, s.c) if s.flat else (1, s.c, s.h, s.w))


# ---- measuring -----------------------------------------------------------------------------

def shape_of(t):
    """ctnn's printed shape of a batch-1 tensor: N x C x H x W -> HxWxC, N x F -> F."""
    if t.dim() == 4 and t.shape[0] == 1:
        return f"{t.shape[2]}x{t.shape[3]}x{t.shape[1]}"
    if t.dim() == 2 and t.shape[0] == 1:
        return f"{t.shape[1]}"
    raise ValueError(f"unexpected output shape {tuple(t.shape)}")


def macs_of(module, inputs, output):
    """Multiply-accumulates, from the real input and output and the module's attributes (or by
    the rule of the leaf kind that built the module, if it has one)."""
    own = getattr(module, "ctnn_macs", None)
    if own is not None:
        return own(module, inputs, output)
    if isinstance(module, nn.ConvTranspose2d):
        # at the input positions: every input value meets the kh x kw taps of each of its
        # group's out_channels / groups kernels once (as ptflops and mmcv count it)
        kh, kw = module.kernel_size
        return inputs[0].numel() * (module.out_channels // module.groups) * kh * kw
    if isinstance(module, nn.Conv2d):
        kh, kw = module.kernel_size
        return output.numel() * (module.in_channels // module.groups) * kh * kw
    if isinstance(module, nn.Linear):
        return module.in_features * module.out_features
    return 0


def buffers_of(module):
    """BatchNorm's running mean and variance (not num_batches_tracked)."""
    return sum(b.numel() for name, b in module.named_buffers(recurse=False)
               if name in ("running_mean", "running_var"))


class Leaf:
    """One leaf module's call: what the comparison reads."""

    __slots__ = ("module", "shape", "params", "frozen", "buffers", "macs")

    def __init__(self, module, inputs, output):
        self.module = module
        self.shape = shape_of(output)
        self.params = sum(p.numel() for p in module.parameters(recurse=False))
        self.frozen = sum(p.numel() for p in module.parameters(recurse=False)
                          if not p.requires_grad)
        self.buffers = buffers_of(module)
        self.macs = macs_of(module, inputs, output)

    def type_name(self):
        return type(self.module).__name__


def is_leaf(module):
    """A module that computes itself: no children (an empty nn.Sequential, ctnn's
    Sequential<>, is a container all the same)."""
    return next(module.children(), None) is None and not isinstance(module, nn.Sequential)


def record(module, input_size, leaf_filter=None):
    """Runs `module` on zeros of `input_size` in eval mode. Returns the Leaf of every leaf
    module (or of those that `leaf_filter` keeps) in the order they ran, and the error torch
    raised (None when the whole forward pass ran)."""
    module.eval()
    calls = []
    handles = []
    for m in module.modules():
        if is_leaf(m) and (leaf_filter is None or leaf_filter(m)):
            handles.append(m.register_forward_hook(
                lambda mod, inputs, out: calls.append(Leaf(mod, inputs, out))))
    error = None
    try:
        with torch.no_grad():
            module(torch.zeros(input_size))
    except (RuntimeError, ValueError) as e:  # torch rejects what ctnn accepted: a mismatch
        error = f"{type(e).__name__}: {str(e).splitlines()[0]}"
    finally:
        for h in handles:
            h.remove()
    return calls, error


def totals(module):
    """A whole module's (params, trainable, frozen, non-trainable): every parameter, those that
    require grad, those that do not, and the BatchNorm buffers plus the frozen parameters
    (Keras' non-trainable, as ctnn counts it)."""
    params = list(module.parameters())
    frozen = sum(p.numel() for p in params if not p.requires_grad)
    buffers = sum(buffers_of(m) for m in module.modules())
    return (sum(p.numel() for p in params), sum(p.numel() for p in params if p.requires_grad),
            frozen, buffers + frozen)
