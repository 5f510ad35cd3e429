"""torch_side.py: the PyTorch half of ctnn's differential tests.

`build` turns a netgen description into a torch.nn.Module whose leaf modules run in ctnn's
pre-order of leaf rows (a branch before the next, a residual's body before its shortcut), one
leaf module per ctnn leaf row. `record` runs a module on a zero input of batch 1 in eval mode
and returns, for every leaf module in the order it ran, what it produced and what it holds,
measured from torch itself: the shape of the real output, the numel of its own parameters and
BatchNorm buffers, and its multiply-accumulates from the output and the module's attributes.
"""

import torch
import torch.nn as nn
import torch.nn.functional as F

import netgen


# ---- leaf modules torch lacks as one module ---------------------------------------------------

class GlobalAvgPool(nn.Module):
    """ctnn's GlobalAvgPool: adaptive average pooling to 1 x 1, then flatten (N x C)."""

    def forward(self, x):
        return torch.flatten(F.adaptive_avg_pool2d(x, 1), 1)


class GlobalMaxPool(nn.Module):
    """ctnn's GlobalMaxPool: adaptive max pooling to 1 x 1, then flatten (N x C)."""

    def forward(self, x):
        return torch.flatten(F.adaptive_max_pool2d(x, 1), 1)


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


class FlatLinear(nn.Linear):
    """ctnn's FC on a map: Linear on the flattened map (the flatten inside the same leaf)."""

    def forward(self, x):
        return super().forward(torch.flatten(x, 1))


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


class AuxSide(nn.Module):
    """A side branch: runs on x, its result dropped; x passes on."""

    def __init__(self, side):
        super().__init__()
        self.side = side

    def forward(self, x):
        self.side(x)
        return x


ACTIVATIONS = {
    "ReLU": nn.ReLU, "ReLU6": nn.ReLU6, "LeakyReLU": lambda: nn.LeakyReLU(0.1),
    "Sigmoid": nn.Sigmoid, "Tanh": nn.Tanh, "Softmax": lambda: nn.Softmax(dim=1),
    "GELU": nn.GELU, "Swish": nn.SiLU, "SiLU": nn.SiLU, "HardSwish": nn.Hardswish,
    "HardSigmoid": nn.Hardsigmoid, "ELU": nn.ELU, "SELU": nn.SELU, "Mish": nn.Mish,
    "Softplus": nn.Softplus,
}


def _conv(p, cin, cout, groups, bias):
    t, b, l, r = p["pad"]
    common = dict(kernel_size=p["k"], stride=p["stride"], dilation=p["dil"], groups=groups,
                  bias=bias)
    if p["same"]:
        return nn.Conv2d(cin, cout, padding="same", **common)
    if t == b and l == r:
        return nn.Conv2d(cin, cout, padding=(t, l), **common)
    return AsymConv2d(cin, cout, pad=(t, b, l, r), **common)


def build_leaf(layer, s):
    k, p = layer.kind, layer.p
    if k == "conv":
        return _conv(p, s.c, p["f"], p["groups"], p["bias"])
    if k == "dw":
        return _conv(p, s.c, s.c * p["mult"], s.c, p["bias"])
    if k == "maxpool":
        return nn.MaxPool2d(p["k"], stride=p["stride"], padding=(p["pad"][0], p["pad"][2]),
                            dilation=p["dil"], ceil_mode=p["ceil"])
    if k == "avgpool":
        return nn.AvgPool2d(p["k"], stride=p["stride"], padding=(p["pad"][0], p["pad"][2]),
                            ceil_mode=p["ceil"])
    if k == "gap":
        return GlobalAvgPool()
    if k == "gmp":
        return GlobalMaxPool()
    if k == "adaptive_avg":
        return nn.AdaptiveAvgPool2d(p["hw"])
    if k == "adaptive_max":
        return nn.AdaptiveMaxPool2d(p["hw"])
    if k == "fc":
        linear = nn.Linear if s.flat else FlatLinear
        return linear(netgen.size(s), p["units"], bias=p["bias"])
    if k == "flatten":
        return nn.Flatten()
    if k == "bn":
        return nn.BatchNorm1d(s.c) if s.flat else nn.BatchNorm2d(s.c)
    if k == "lrn":
        return nn.LocalResponseNorm(5)
    if k == "dropout":
        return nn.Dropout(0.5)
    if k == "identity":
        return nn.Identity()
    if k == "zeropad":
        t, b, l, r = p["pad"]
        return nn.ZeroPad2d((l, r, t, b))
    if k == "shuffle":
        return nn.ChannelShuffle(p["g"])
    if k == "act":
        return ACTIVATIONS[p["name"]]()
    raise AssertionError(k)


def build_chain(nodes, s):
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


def macs_of(module, output):
    """Multiply-accumulates, from the real output and the module's attributes."""
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

    __slots__ = ("module", "shape", "params", "buffers", "macs")

    def __init__(self, module, output):
        self.module = module
        self.shape = shape_of(output)
        self.params = sum(p.numel() for p in module.parameters(recurse=False))
        self.buffers = buffers_of(module)
        self.macs = macs_of(module, output)

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
                lambda mod, _inputs, out: calls.append(Leaf(mod, out))))
    error = None
    try:
        with torch.no_grad():
            module(torch.zeros(input_size))
    except RuntimeError as e:  # torch rejects what ctnn accepted: reported as a mismatch
        error = str(e).splitlines()[0]
    finally:
        for h in handles:
            h.remove()
    return calls, error
