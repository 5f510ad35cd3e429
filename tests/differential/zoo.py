#!/usr/bin/python3
"""zoo.py: ctnn's zoo against torchvision, and U-Net (tests/differential/README.md).

Compiles and runs zoo.cpp, which prints ctnn's table of every zoo model torchvision has and of
the two U-Nets, then builds each as a torch module (torchvision's with weights=None; the U-Nets
written here), runs a zero input of the model's input size in eval mode with forward hooks on
its Conv2d, ConvTranspose2d, Linear and BatchNorm2d modules, and compares them in the order they
ran with ctnn's leaf rows that have parameters or MACs: output shape, learnable parameters,
BatchNorm buffers (ctnn's non-trainable) and multiply-accumulates; then the totals (parameters
= sum(p.numel()), buffers, MACs). Exit status 0 only when all agree.

Run it with Debian's /usr/bin/python3, which has torch and torchvision.
"""

import argparse
import pathlib
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree

# torchvision's constructor arguments beyond weights=None: the auxiliary classifiers are not
# part of the ctnn models compared (GoogLeNet<AuxHeads::excluded>, InceptionV3<...excluded>).
EXTRA_ARGUMENTS = {
    "googlenet": dict(aux_logits=False, init_weights=False),
    "inception_v3": dict(aux_logits=False, init_weights=False),
}
# (channels, height = width) of the input; every other model: 3 x 224 x 224
INPUT_SIZE = {"inception_v3": (3, 299), "unet": (1, 572), "unet_padded": (1, 512)}


# ---- U-Net (Ronneberger et al. 2015, Figure 1), as PyTorch re-implementations write it -------

def unet(padding):
    """The paper's U-Net (padding 0: 572x572x1 -> 388x388x2) or its padded variant (padding 1:
    the same size out as in). Each level: two 3x3 convolutions with ReLU, then the level below
    (2x2 max pooling, ..., a 2x2 up-convolution with stride 2 halving the channels), the
    level's map center-cropped to the up-convolution's size and concatenated before it, and two
    3x3 convolutions; a final 1x1 convolution to 2 classes."""
    import torch
    import torch.nn as nn

    def double_conv(cin, f):
        return nn.Sequential(nn.Conv2d(cin, f, 3, padding=padding), nn.ReLU(inplace=True),
                             nn.Conv2d(f, f, 3, padding=padding), nn.ReLU(inplace=True))

    class Level(nn.Module):
        def __init__(self, cin, f, inner):
            super().__init__()
            self.down = double_conv(cin, f)
            self.pool = nn.MaxPool2d(2)
            self.inner = inner
            self.up = nn.ConvTranspose2d(2 * f, f, kernel_size=2, stride=2)
            self.conv = double_conv(2 * f, f)

        def forward(self, x):
            x = self.down(x)
            y = self.up(self.inner(self.pool(x)))
            h, w = y.shape[2:]
            top, left = (x.shape[2] - h) // 2, (x.shape[3] - w) // 2   # "copy and crop"
            return self.conv(torch.cat([x[:, :, top:top + h, left:left + w], y], 1))

    inner = double_conv(512, 1024)
    for f, cin in ((512, 256), (256, 128), (128, 64), (64, 1)):
        inner = Level(cin, f, inner)
    return nn.Sequential(inner, nn.Conv2d(64, 2, kernel_size=1))


MODULES = {"unet": lambda: unet(0), "unet_padded": lambda: unet(1)}  # not in torchvision
# (params, buffers, MACs) the U-Nets must have, on both sides (include/ctnn/models/unet.hpp)
EXPECTED_TOTALS = {"unet": (31_030_658, 0, 150_428_424_448),
                   "unet_padded": (31_030_658, 0, 192_384_335_872)}


def parse(text):
    """[(name, input shape, totals (params, non-trainable, macs), leaf rows)] from zoo.cpp."""
    models = []
    for line in text.splitlines():
        kind, rest = line.split(" ", 1)
        if kind == "M":
            name, shape, params, nt, macs = rest.split()
            models.append((name, shape, (int(params), int(nt), int(macs)), []))
        else:
            shape, params, nt, macs, row_name = rest.split(" ", 4)
            models[-1][3].append((shape, int(params), int(nt), int(macs), row_name))
    return models


def torch_leaves(name):
    import torch.nn as nn
    import torchvision.models
    import torch_side
    if name in MODULES:
        model = MODULES[name]()
    else:
        model = getattr(torchvision.models, name)(weights=None, **EXTRA_ARGUMENTS.get(name, {}))
    channels, size = INPUT_SIZE.get(name, (3, 224))
    counted = (nn.Conv2d, nn.ConvTranspose2d, nn.Linear, nn.BatchNorm2d)
    leaves, error = torch_side.record(model, (1, channels, size, size),
                                      lambda m: isinstance(m, counted))
    if error:
        raise RuntimeError(f"torch's {name} did not run: {error}")
    totals = (sum(p.numel() for p in model.parameters()),
              sum(torch_side.buffers_of(m) for m in model.modules()),
              sum(leaf.macs for leaf in leaves))
    return f"{size}x{size}x{channels}", leaves, totals


def compare_model(name, shape, totals, rows):
    """Mismatch messages for one model (empty when all agree), and the layers compared."""
    torch_shape, leaves, torch_totals = torch_leaves(name)
    problems = []
    if shape != torch_shape:
        problems.append(f"{name}: input: ctnn {shape}, torch {torch_shape}")
    counted = [r for r in rows if r[1] > 0 or r[3] > 0]
    for i, (row, leaf) in enumerate(zip(counted, leaves)):
        for field, a, b in (("shape", row[0], leaf.shape), ("params", row[1], leaf.params),
                            ("non-trainable", row[2], leaf.buffers), ("macs", row[3], leaf.macs)):
            if a != b:
                problems.append(f"{name}: layer {i} (ctnn row '{row[4]}', torch "
                                f"{leaf.type_name()}): {field}: ctnn {a}, torch {b}")
                break
        if problems:
            break
    if len(counted) != len(leaves):
        problems.append(f"{name}: ctnn has {len(counted)} rows with parameters or MACs, "
                        f"torch {len(leaves)} Conv2d/ConvTranspose2d/Linear/BatchNorm2d calls")
    for field, a, b in zip(("total params", "total non-trainable", "total macs"), totals,
                           torch_totals):
        if a != b:
            problems.append(f"{name}: {field}: ctnn {a}, torch {b}")
    for side, values in (("ctnn", totals), ("torch", torch_totals)):
        if name in EXPECTED_TOTALS and values != EXPECTED_TOTALS[name]:
            problems.append(f"{name}: {side}'s totals (params, non-trainable, MACs) {values}, "
                            f"expected {EXPECTED_TOTALS[name]}")
    return problems, min(len(counted), len(leaves))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cxx", default="g++", help="C++ compiler")
    parser.add_argument("--include", action="append", default=[],
                        help="include directory (ctnn's include, Boost's); repeatable")
    parser.add_argument("--workdir", default="differential-work",
                        help="where the compiled program goes")
    args = parser.parse_args()
    if not args.include:
        args.include = [str(HERE.parent.parent / "include")]
    workdir = pathlib.Path(args.workdir).resolve()
    workdir.mkdir(parents=True, exist_ok=True)

    t = time.monotonic()
    exe = workdir / "zoo"
    cmd = [args.cxx, "-std=c++20", "-O0"] + [f"-I{d}" for d in args.include] + \
        [str(HERE / "zoo.cpp"), "-o", str(exe)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        print("zoo.cpp does not compile:\n" + proc.stderr)
        return 1
    models = parse(subprocess.run([str(exe)], capture_output=True, text=True,
                                  check=True).stdout)
    time_compile = time.monotonic() - t

    import torch
    torch.set_num_threads(1)  # faster than 2 threads for batch-1 inference here
    t = time.monotonic()
    failures, layers = [], 0
    for name, shape, totals, rows in models:
        problems, compared = compare_model(name, shape, totals, rows)
        layers += compared
        for p in problems:
            print("MISMATCH " + p)
        print(f"  {name}: {compared} layers, {'MISMATCH' if problems else 'ok'} "
              f"(params {totals[0]}, non-trainable {totals[1]}, MACs {totals[2]})")
        failures += problems
    time_torch = time.monotonic() - t

    print(f"ctnn's zoo vs torchvision and U-Net: compiler {args.cxx}")
    print(f"  models: {len(models)}; layers compared: {layers}; mismatches: {len(failures)}")
    print(f"  time: compile and run {time_compile:.1f} s, torch and compare "
          f"{time_torch:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
