#!/usr/bin/python3
"""check_random.py: the random networks of tests/differential, exported to ONNX and imported.

Network i of the seed (netgen.py) is written as a torch module (torch_side.py), its parameters
and buffers randomized, exported with torch.onnx.export (opset 14, batch 1, every BatchNorm kept:
the BatchNorm modules in training mode, training=TrainingMode.PRESERVE), imported by ctnn-import
and compiled beside the ctnn type netgen writes for the same network. Both must agree on
learnable parameters, non-trainable ones (BatchNorm statistics: a file has no notion of frozen
parameters, so the ctnn type's frozen ones are left out), MACs and the output shape.

Networks with what an ONNX file cannot carry, or that ctnn-import refuses by design, are not
drawn into the comparison (FEATURES_LEFT_OUT says which and why); a network torch cannot export
is counted and skipped. Every other network must import and agree.
"""

import argparse
import pathlib
import sys
import time
import warnings

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "differential"))
sys.dont_write_bytecode = True

import common  # noqa: E402
import netgen  # noqa: E402

# netgen features left out, and why.
FEATURES_LEFT_OUT = {
    "aux": "Aux: the exporter drops a side branch whose output is unused (its layers are not in the file)",
    "bnwith": "BatchNormWith<NoScale/NoCenter>: exported with a constant scale or shift, counted as parameters",
    "layernorm": "LayerNorm over channels: exported with Transpose (channels last)",
    "groupnorm": "GroupNorm: exported as Reshape, InstanceNormalization, Reshape, Mul, Add",
    "shuffle": "ChannelShuffle: torch 1.13 cannot export nn.ChannelShuffle (aten::channel_shuffle); "
               "torchvision's ShuffleNetV2 (view, transpose, view) covers the pattern",
    "maxpool-pad": "MaxPool with 'same' or uneven padding: exported as a Pad with -inf (not zeros)",
    "convt-crop": "ConvTranspose with uneven padding or 'same': exported as a Slice that is not a center crop",
    "lrn": "LRN: PyTorch exports LocalResponseNorm as Unsqueeze, Pad and a 3-D AveragePool",
    "same-stride": "'same' padding at a stride above 1 (tests/differential/leaves.py's SameConv2d and SameAvgPool2d): the "
                   "padding is computed from the traced shape with //, which torch 1.13 rounds "
                   "toward zero while tracing, so the file pads other than the module",
}
# Refusals by design that depend on shapes (counted, not failures): part of ctnn-import's message.
REFUSED_BY_DESIGN = {
    "ceil_mode": "pooling in ceil mode whose last window would start in the padding (ONNX 1.12's "
                 "shape inference keeps the window, PyTorch drops it)",
}


def left_out(node, found):
    """Adds to `found` the FEATURES_LEFT_OUT keys a node uses."""
    if isinstance(node, netgen.Layer):
        k, p = node.kind, node.p
        if k in ("bnwith", "layernorm", "groupnorm", "shuffle", "lrn"):
            found.add(k)
        if k == "maxpool" and (p["same"] or p["pad"][0] != p["pad"][1] or p["pad"][2] != p["pad"][3]):
            found.add("maxpool-pad")
        if k in ("conv", "dw", "avgpool", "maxpool") and p.get("same") and tuple(p["stride"]) != (1, 1):
            found.add("same-stride")
        if k == "convt" and (p["same"] or p["pad"][0] != p["pad"][1] or p["pad"][2] != p["pad"][3]):
            found.add("convt-crop")
        return
    if node.kind == "aux":
        found.add("aux")
    for c in node.children:
        left_out(c, found)


def export(net, path):
    """Exports network `net` to `path`; None, or torch's error."""
    import torch
    import torch.nn as nn
    import torch_side
    module, size = torch_side.build(net)
    g = torch.Generator().manual_seed(net.index)
    with torch.no_grad():
        for t in list(module.parameters()) + list(module.buffers()):
            if t.dtype.is_floating_point:
                t.copy_(torch.rand(t.shape, generator=g) + 0.5)
    module.eval()
    for m in module.modules():
        if isinstance(m, nn.modules.batchnorm._BatchNorm):
            m.train()
    try:
        torch.onnx.export(module, torch.zeros(size), str(path), opset_version=14,
                          training=torch.onnx.TrainingMode.PRESERVE)
    except Exception as e:  # noqa: BLE001 - torch's exporter raises many kinds
        return f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tool", required=True)
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--cxx", default="g++")
    parser.add_argument("--include", action="append", default=[])
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--count", type=int, default=150)
    parser.add_argument("--per-program", type=int, default=40)
    parser.add_argument("--jobs", type=int, default=common.jobs())
    args = parser.parse_args()
    started = time.monotonic()
    warnings.filterwarnings("ignore")
    import torch
    torch.set_num_threads(1)
    work = pathlib.Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    problems, skipped, not_exported, imported = [], {}, [], []
    for i in range(args.count):
        net = netgen.network(args.seed, i)
        found = set()
        for node in net.nodes:
            left_out(node, found)
        if found:
            for f in found:
                skipped[f] = skipped.get(f, 0) + 1
            continue
        model = work / f"net_{i}.onnx"
        error = export(net, model)
        if error:
            not_exported.append((i, error))
            continue
        _, proc = common.run_import(args.tool, model, f"imported_{i}", work / f"net_{i}.hpp")
        reason = next((r for r in REFUSED_BY_DESIGN if r in proc.stderr), None)
        if proc.returncode != 0 and reason:
            skipped[reason] = skipped.get(reason, 0) + 1
            continue
        if proc.returncode != 0:
            problems.append(f"network {i}: ctnn-import refuses it: {proc.stderr.strip()}\n"
                            + netgen.cpp_type(net, f"net_{i}"))
            continue
        imported.append(net)
    groups = [imported[k:k + args.per_program] for k in range(0, len(imported), args.per_program)]
    sources = []
    for k, group in enumerate(groups):
        code = "namespace generated {\nusing namespace ctnn;\n" + "".join(
            netgen.cpp_type(n, f"net_{n.index}") for n in group) + "}  // namespace generated\n"
        entries = []
        for n in group:
            entries += [(f"imported_{n.index}", f"imported {n.index}"),
                        (f"generated::net_{n.index}", f"generated {n.index}")]
        source = work / f"random_{k}.cpp"
        common.write_program(source, [f"net_{n.index}.hpp" for n in group], entries, code=code)
        sources.append(source)
    results = common.parallel(args.jobs, lambda s: common.compile_and_run(args.cxx, args.include + [str(work)], s),
                              sources)
    printed = {}
    for source, (out, error) in zip(sources, results):
        if error:
            problems.append(f"{source.name} does not compile or run:\n{error}")
        else:
            printed.update(common.parse(out))
    compared = 0
    for net in imported:
        a, b = printed.get(f"imported {net.index}"), printed.get(f"generated {net.index}")
        if a is None or b is None:
            continue
        pa, nta, _, ma, _, _, _ = a["totals"]
        pb, ntb, _, mb, _, _, frozen = b["totals"]
        for field, x, y in (("params", pa, pb), ("non-trainable", nta, ntb - frozen),
                            ("macs", ma, mb), ("output", a["output"], b["output"])):
            if x != y:
                problems.append(f"network {net.index}: {field}: imported {x}, generated {y}\n"
                                + netgen.cpp_type(net, f"net_{net.index}"))
                break
        compared += 1
    for p in problems:
        print("MISMATCH " + p)
    print(f"ctnn-import vs netgen: seed {args.seed}, networks 0..{args.count - 1}: {compared} "
          f"imported and compared, {len(not_exported)} torch cannot export, "
          f"{sum(1 for _ in range(args.count)) - compared - len(not_exported) - len(problems)} "
          f"left out; problems: {len(problems)}; {time.monotonic() - started:.1f} s")
    for f, n in sorted(skipped.items()):
        print(f"  left out: {n} using {FEATURES_LEFT_OUT.get(f) or REFUSED_BY_DESIGN[f]}")
    for i, e in not_exported:
        print(f"  torch cannot export network {i}: {e}")
    return 1 if problems or compared == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
