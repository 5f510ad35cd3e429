"""torch_side.py: the PyTorch half of ctnn's differential tests.

`build` turns a netgen description into a torch.nn.Module whose leaf modules run in ctnn's
pre-order of leaf rows (a branch before the next, a residual's body before its shortcut), one
leaf module per ctnn leaf row. `record` runs a module on a zero input of batch 1 in eval mode
and returns, for every leaf module in the order it ran, what it produced and what it holds,
measured from torch itself: the shape of the real output, the numel of its own parameters (and
of those that do not require grad: frozen) and BatchNorm buffers, and its multiply-accumulates
from the input, the output and the module's attributes.
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


def _pair(v):
    return v if isinstance(v, tuple) else (v, v)


class SameMaxPool2d(nn.MaxPool2d):
    """MaxPool2d with TensorFlow's padding='same' (timm's MaxPool2dSame): -inf padding computed
    from the input, then the unpadded pooling."""

    def forward(self, x):
        pad = same_padding(x, _pair(self.kernel_size), _pair(self.stride), _pair(self.dilation))
        return super().forward(F.pad(x, pad, value=float("-inf")))

    def extra_repr(self):
        return super().extra_repr() + ", after TF 'same' padding"


class SameAvgPool2d(nn.AvgPool2d):
    """AvgPool2d with TensorFlow's padding='same' (the shape only: TensorFlow's average leaves
    the padding out, as count_include_pad=False would)."""

    def forward(self, x):
        pad = same_padding(x, _pair(self.kernel_size), _pair(self.stride), (1, 1))
        return super().forward(F.pad(x, pad))

    def extra_repr(self):
        return super().extra_repr() + ", after TF 'same' padding"


def _pool_pads(pad):
    """Pooling padding (top, bottom, left, right) that differs between the sides, as PyTorch's
    symmetric padding plus zero padding in front: along each axis the smaller side is the
    pooling's own padding when it is the end (so that ceil mode drops a window that would
    start in the end padding, as PyTorch does), else the whole padding goes in front and
    behind (floor mode only: netgen generates nothing else)."""
    t, b, l, r = pad
    (ft, fb, ph) = (t - b, 0, b) if t >= b else (t, b, 0)
    (fl, fr, pw) = (l - r, 0, r) if l >= r else (l, r, 0)
    return (fl, fr, ft, fb), (ph, pw)


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


class CroppedConvTranspose2d(nn.ConvTranspose2d):
    """A ConvTranspose2d whose full output (padding 0) is cropped by (top, bottom, left,
    right): padding that differs between the sides, which nn.ConvTranspose2d cannot express,
    and Keras' padding='same' (output in*s: the crop max(d*(k-1) + 1 - s, 0) split with the
    extra one at the end, and output padding s - d*(k-1) - 1 where the kernel is smaller than
    the stride)."""

    def __init__(self, *args, crop, note="", **kwargs):
        super().__init__(*args, padding=0, **kwargs)
        self.crop, self.note = crop, note

    def forward(self, x):
        y = super().forward(x)
        t, b, l, r = self.crop
        return y[:, :, t:y.shape[2] - b, l:y.shape[3] - r]

    def extra_repr(self):
        return super().extra_repr() + f", crop(t,b,l,r)={self.crop}{self.note}"


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


class ChannelLayerNorm(nn.LayerNorm):
    """LayerNorm over the channels of each position of an N x C x H x W map (channels last, as
    ConvNeXt's LayerNorm2d)."""

    def forward(self, x):
        return super().forward(x.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)


class _PartialAffine:
    """BatchNorm with its running statistics and only one of its learned scale (weight) and
    shift (bias), or neither: built with affine=False, then the kept one registered as a
    Parameter of its usual name, which F.batch_norm applies (Keras' scale=False /
    center=False)."""

    def __init__(self, c, scale, center):
        super().__init__(c, affine=False)
        if scale:
            self.weight = nn.Parameter(torch.ones(c))
        if center:
            self.bias = nn.Parameter(torch.zeros(c))

    def extra_repr(self):
        return (super().extra_repr() + f", scale={self.weight is not None}, "
                f"center={self.bias is not None}")


class BatchNorm2dWith(_PartialAffine, nn.BatchNorm2d):
    pass


class BatchNorm1dWith(_PartialAffine, nn.BatchNorm1d):
    pass


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
        if p["stride"] == (1, 1):
            return nn.Conv2d(cin, cout, padding="same", **common)
        return SameConv2d(cin, cout, **common)
    if t == b and l == r:
        return nn.Conv2d(cin, cout, padding=(t, l), **common)
    return AsymConv2d(cin, cout, pad=(t, b, l, r), **common)


def _pool(p):
    t, b, l, r = p["pad"]
    maxpool = p.get("kind") == "maxpool"
    common = dict(kernel_size=p["k"], stride=p["stride"], ceil_mode=p["ceil"])
    if maxpool:
        common["dilation"] = p["dil"]
    if p["same"]:
        return SameMaxPool2d(**common) if maxpool else SameAvgPool2d(**common)
    if t == b and l == r:
        return (nn.MaxPool2d if maxpool else nn.AvgPool2d)(padding=(t, l), **common)
    return (PaddedMaxPool2d if maxpool else PaddedAvgPool2d)(pad=(t, b, l, r), **common)


def _conv_transpose(p, cin):
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
        return nn.ConvTranspose2d(cin, p["f"], padding=(t, l), output_padding=p["op"], **common)
    return CroppedConvTranspose2d(cin, p["f"], crop=(t, b, l, r), output_padding=p["op"],
                                  **common)


def build_leaf(layer, s):
    k, p = layer.kind, layer.p
    if k == "conv":
        return _conv(p, s.c, p["f"], p["groups"], p["bias"])
    if k == "dw":
        return _conv(p, s.c, s.c * p["mult"], s.c, p["bias"])
    if k in ("maxpool", "avgpool"):
        return _pool(dict(p, kind=k))
    if k == "convt":
        return _conv_transpose(p, s.c)
    if k == "upsample":
        return nn.Upsample(scale_factor=p["s"], mode=p["mode"],
                           align_corners=False if p["mode"] == "bilinear" else None)
    if k == "crop":
        return CenterCrop(p["hw"])
    if k == "prelu":
        return nn.PReLU() if p["shared"] else nn.PReLU(num_parameters=s.c)
    if k == "layernorm":
        return (nn.LayerNorm if s.flat else ChannelLayerNorm)(s.c, elementwise_affine=p["affine"])
    if k == "groupnorm":
        return nn.GroupNorm(p["g"], s.c, affine=p["affine"])
    if k == "instancenorm":
        return nn.InstanceNorm2d(s.c, affine=p["affine"])
    if k == "bnwith":
        return (BatchNorm1dWith if s.flat else BatchNorm2dWith)(s.c, p["scale"], p["center"])
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
    """Multiply-accumulates, from the real input and output and the module's attributes."""
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
