#!/usr/bin/python3
"""zoo.py: ctnn's zoo against torchvision (tests/differential/README.md).

Compiles and runs zoo.cpp, which prints ctnn's table of every zoo model torchvision has, then
builds each torchvision model (weights=None, eval mode), runs a zero input of the model's input
size with forward hooks on its Conv2d, Linear and BatchNorm2d modules, and compares them in the
order they ran with ctnn's leaf rows that have parameters or MACs: output shape, learnable
parameters, BatchNorm buffers (ctnn's non-trainable) and multiply-accumulates; then the
totals (parameters = sum(p.numel()), buffers, MACs). Exit status 0 only when all agree.

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
INPUT_SIZE = {"inception_v3": 299}  # every other model: 224


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


def torchvision_leaves(name):
    import torch.nn as nn
    import torchvision.models
    import torch_side
    model = getattr(torchvision.models, name)(weights=None, **EXTRA_ARGUMENTS.get(name, {}))
    size = INPUT_SIZE.get(name, 224)
    counted = (nn.Conv2d, nn.Linear, nn.BatchNorm2d)
    leaves, error = torch_side.record(model, (1, 3, size, size),
                                      lambda m: isinstance(m, counted))
    if error:
        raise RuntimeError(f"torchvision's {name} did not run: {error}")
    totals = (sum(p.numel() for p in model.parameters()),
              sum(torch_side.buffers_of(m) for m in model.modules()),
              sum(leaf.macs for leaf in leaves))
    return size, leaves, totals


def compare_model(name, shape, totals, rows):
    """Mismatch messages for one model (empty when all agree), and the layers compared."""
    size, leaves, torch_totals = torchvision_leaves(name)
    problems = []
    if shape != f"{size}x{size}x3":
        problems.append(f"{name}: input: ctnn {shape}, torchvision {size}x{size}x3")
    counted = [r for r in rows if r[1] > 0 or r[3] > 0]
    for i, (row, leaf) in enumerate(zip(counted, leaves)):
        for field, a, b in (("shape", row[0], leaf.shape), ("params", row[1], leaf.params),
                            ("non-trainable", row[2], leaf.buffers), ("macs", row[3], leaf.macs)):
            if a != b:
                problems.append(f"{name}: layer {i} (ctnn row '{row[4]}', torchvision "
                                f"{leaf.type_name()}): {field}: ctnn {a}, torchvision {b}")
                break
        if problems:
            break
    if len(counted) != len(leaves):
        problems.append(f"{name}: ctnn has {len(counted)} rows with parameters or MACs, "
                        f"torchvision {len(leaves)} Conv2d/Linear/BatchNorm2d calls")
    for field, a, b in zip(("total params", "total non-trainable", "total macs"), totals,
                           torch_totals):
        if a != b:
            problems.append(f"{name}: {field}: ctnn {a}, torchvision {b}")
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

    print(f"ctnn's zoo vs torchvision: compiler {args.cxx}")
    print(f"  models: {len(models)}; layers compared: {layers}; mismatches: {len(failures)}")
    print(f"  time: compile and run {time_compile:.1f} s, torchvision and compare "
          f"{time_torch:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
