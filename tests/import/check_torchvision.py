#!/usr/bin/python3
"""check_torchvision.py: torchvision's models, exported to ONNX, imported and compiled.

Reads the exports and measurements of export_torchvision.py (its cache folder), imports every
file with ctnn-import (eval and BatchNorm-kept exports), compiles the headers (their
static_asserts check ctnn against the counts read from the file) in programs that print ctnn's
numbers, and compares:
  - every import with the module, as torch measured it: MACs and output shape; parameters and
    BatchNorm buffers (the BatchNorm-kept export), or the module's counts less the BatchNorms
    the exporter folds into the convolution before them (the eval export);
  - the BatchNorm-kept import with the zoo's model of the same network, where there is one:
    params, non-trainable, total, MACs, activations and peak, and the output shape of every
    block and layer in pre-order (Residual, Concat, ChannelSplit and Gate rows, and layer rows
    other than Dropout and Identity, which the exporter drops; Sequential and Repeat rows only
    group, so they are left out of the sequence).
Exit status 0 only when every number agrees.
"""

import argparse
import json
import pathlib
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import common  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tool", required=True, help="ctnn-import")
    parser.add_argument("--cache", required=True, help="export_torchvision.py's folder")
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--cxx", default="g++")
    parser.add_argument("--include", action="append", default=[])
    parser.add_argument("--per-program", type=int, default=6)
    parser.add_argument("--jobs", type=int, default=common.jobs())
    args = parser.parse_args()
    cache, work = pathlib.Path(args.cache), pathlib.Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    metas = [json.loads(p.read_text()) for p in sorted(cache.glob("*.json"))]
    if not metas:
        print(f"no exports in {cache}")
        return 1
    problems = []
    networks = []  # (meta, mode, C++ name, header)
    import_times = {}
    for meta in metas:
        for mode in ("eval", "bn"):
            name = f"tv_{meta['name']}_{mode}"
            header = work / f"{meta['name']}.{mode}.hpp"
            seconds, proc = common.run_import(args.tool, cache / meta["files"][mode], name, header)
            import_times[f"{meta['name']}.{mode}"] = seconds
            if proc.returncode != 0:
                problems.append(f"{meta['name']} ({mode}): ctnn-import failed: {proc.stderr.strip()}")
                continue
            networks.append((meta, mode, name, header))
    groups = [networks[i:i + args.per_program] for i in range(0, len(networks), args.per_program)]
    sources = []
    for k, group in enumerate(groups):
        source = work / f"torchvision_{k}.cpp"
        entries = [(name, f"{meta['name']}.{mode}") for meta, mode, name, _ in group]
        zoos = sorted({meta["zoo"] for meta, mode, _, _ in group if meta["zoo"] and mode == "bn"})
        entries += [(f"ctnn::models::{z}", f"zoo:{z}") for z in zoos]
        common.write_program(source, [h.name for _, _, _, h in group], entries,
                             ["ctnn/models.hpp"] if zoos else [])
        sources.append(source)
    results = common.parallel(args.jobs, lambda s: common.compile_and_run(args.cxx, args.include, s), sources)
    printed = {}
    for source, (out, error) in zip(sources, results):
        if error:
            problems.append(f"{source.name} does not compile or run:\n{error}")
            continue
        printed.update(common.parse(out))
    compared = 0
    for meta, mode, name, _ in networks:
        got = printed.get(f"{meta['name']}.{mode}")
        if got is None:
            continue
        params, non_trainable, _, macs, _, _, _ = got["totals"]
        want = {"params": meta["params"] if mode == "bn" else meta["eval_params"],
                "non-trainable": meta["buffers"] if mode == "bn" else meta["eval_non_trainable"],
                "macs": meta["macs"], "output": meta["output"]}
        have = {"params": params, "non-trainable": non_trainable, "macs": macs, "output": got["output"]}
        for field in want:
            if want[field] != have[field]:
                problems.append(f"{meta['name']} ({mode}): {field}: ctnn {have[field]}, "
                                f"torch {want[field]}")
        compared += 1
        if mode != "bn" or not meta["zoo"]:
            continue
        zoo = printed.get(f"zoo:{meta['zoo']}")
        fields = ("params", "non_trainable", "total", "macs", "activations", "peak")
        for field, a, b in zip(fields, got["totals"], zoo["totals"]):
            if a != b:
                problems.append(f"{meta['name']} against the zoo's {meta['zoo']}: {field}: "
                                f"import {a}, zoo {b}")
        if got["output"] != zoo["output"]:
            problems.append(f"{meta['name']} against the zoo: output {got['output']}, zoo {zoo['output']}")
        for i, (a, b) in enumerate(zip(got["rows"], zoo["rows"])):
            if a != b:
                problems.append(f"{meta['name']} against the zoo's {meta['zoo']}: row {i} of the "
                                f"pre-order: import {a}, zoo {b}")
                break
        if len(got["rows"]) != len(zoo["rows"]):
            problems.append(f"{meta['name']} against the zoo: {len(got['rows'])} rows, zoo "
                            f"{len(zoo['rows'])}")
    for p in problems:
        print("MISMATCH " + p)
    slowest = max(import_times, key=import_times.get) if import_times else "-"
    print(f"ctnn-import vs torchvision: {len(metas)} models, {compared} imports compared "
          f"({sum(1 for m in metas if m['zoo'])} against the zoo); problems: {len(problems)}")
    print(f"  import times: longest {slowest} {import_times.get(slowest, 0):.2f} s; "
          + ", ".join(f"{k} {v:.2f} s" for k, v in import_times.items() if k.startswith("resnet152")))
    print(f"  time: {time.monotonic() - started:.1f} s with {args.jobs} jobs")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
