#!/usr/bin/python3
"""check_node_tests.py: ONNX's own backend node tests (Debian's libonnx-testdata), imported.

Each test under data/node/ is one operator applied to inputs, with the output its reference
implementation computes (test_data_set_0/output_0.pb). Every test of an operator ctnn-import
takes whose first input is a 2-D map (N x C x H x W) is tried: its other inputs (weights, pads,
sizes, ...) become initializers with the values of test_data_set_0/input_k.pb, its batch becomes
1, and it is imported and compiled; ctnn's output shape must equal the expected output's
(C x H x W, or its length). The tests in SKIPPED are refused on purpose, each for the reason
given; the test fails if one of them imports after all (the list would be out of date), or if
any other test does not import or mismatches.
Run with Debian's /usr/bin/python3 (python3-onnx).
"""

import argparse
import pathlib
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import common  # noqa: E402

OPERATORS = {"Conv", "ConvTranspose", "MaxPool", "AveragePool", "GlobalAveragePool",
             "GlobalMaxPool", "ReduceMean", "ReduceMax", "Gemm", "MatMul", "Flatten",
             "BatchNormalization", "Relu", "Clip", "LeakyRelu", "PRelu", "Sigmoid", "Tanh",
             "Softmax", "Elu", "Selu", "Softplus", "HardSigmoid", "HardSwish", "Mish", "Dropout",
             "Identity", "Resize", "Upsample", "Pad", "LRN", "InstanceNormalization", "Split",
             "Slice", "Concat", "Add", "Mul", "Reshape", "Squeeze", "Unsqueeze", "Transpose"}

# Tests refused on purpose: test -> why (and the part of ctnn-import's message that says so).
SKIPPED = {
    "test_batchnorm_epsilon_training_mode": ("three graph outputs (the running mean and variance "
                                             "too); training-mode BatchNorm itself is imported from "
                                             "the torchvision exports", "outputs"),
    "test_batchnorm_example_training_mode": ("three graph outputs, as above", "outputs"),
    "test_maxpool_with_argmax_2d_precomputed_pads": ("two graph outputs (the argmax indices)", "outputs"),
    "test_maxpool_with_argmax_2d_precomputed_strides": ("two graph outputs (the argmax indices)", "outputs"),
    "test_constant_pad": ("pads with the value 1.2; ctnn's ZeroPad pads with zeros", "ZeroPad"),
    "test_edge_pad": ("edge padding; ctnn's ZeroPad pads with zeros", "ZeroPad"),
    "test_reflect_pad": ("reflect padding; ctnn's ZeroPad pads with zeros", "ZeroPad"),
    "test_flatten_axis2": ("flattens into 3 rows (batch 1): not one vector", "reshapes"),
    "test_flatten_axis3": ("flattens into 12 rows: not one vector", "reshapes"),
    "test_flatten_negative_axis1": ("flattens into 3 rows: not one vector", "reshapes"),
    "test_flatten_negative_axis2": ("flattens into 12 rows: not one vector", "reshapes"),
    "test_matmul_4d": ("a product of two 4-D tensors, not an FC layer", "MatMul"),
    "test_squeeze": ("a 3-D result (C x H x W without the batch): not a ctnn shape", "reshapes"),
    "test_squeeze_negative_axes": ("a 3-D result: not a ctnn shape", "reshapes"),
    "test_unsqueeze_negative_axes": ("a 5-D result: not a ctnn shape", "reshapes"),
    "test_resize_tf_crop_and_resize": ("crops a region of interest before resizing", "whole factors"),
}
for _name in ("downsample_scales_cubic", "downsample_scales_cubic_A_n0p5_exclude_outside",
              "downsample_scales_cubic_align_corners", "downsample_sizes_cubic",
              "upsample_scales_cubic", "upsample_scales_cubic_A_n0p5_exclude_outside",
              "upsample_scales_cubic_align_corners", "upsample_scales_cubic_asymmetric",
              "upsample_sizes_cubic"):
    SKIPPED[f"test_resize_{_name}"] = ("cubic interpolation; ctnn has nearest and bilinear", "cubic")
for _name in ("downsample_scales_linear", "downsample_scales_linear_align_corners",
              "downsample_scales_nearest", "downsample_sizes_linear_pytorch_half_pixel",
              "downsample_sizes_nearest"):
    SKIPPED[f"test_resize_{_name}"] = ("downsampling (a factor below 1); ctnn's Upsample takes "
                                       "whole factors", "whole factors")
SKIPPED["test_resize_upsample_sizes_nearest"] = ("sizes 2x2 to 7x8, not whole multiples; "
                                               "ctnn's Upsample takes whole factors", "whole factors")


def frozen_model(test_dir, out_path):
    """The test's model with its inputs after the first as initializers (their values from
    test_data_set_0), batch 1; and the expected output's dims. None if not a 2-D test."""
    import onnx
    from onnx import numpy_helper
    m = onnx.load(str(test_dir / "model.onnx"))
    if not {n.op_type for n in m.graph.node} <= OPERATORS:
        return None
    initialized = {i.name for i in m.graph.initializer}
    inputs = [i for i in m.graph.input if i.name not in initialized]
    if not inputs or len(inputs[0].type.tensor_type.shape.dim) != 4:
        return None
    data = test_dir / "test_data_set_0"
    for k, i in enumerate(inputs[1:], start=1):
        t = onnx.TensorProto()
        t.ParseFromString((data / f"input_{k}.pb").read_bytes())
        t.name = i.name
        m.graph.initializer.append(t)  # (still listed as an input: IR 3 files need that)
    batch = inputs[0].type.tensor_type.shape.dim[0].dim_value or 1
    inputs[0].type.tensor_type.shape.dim[0].dim_value = 1
    for o in m.graph.output:  # declared for the original batch: ONNX infers them again
        o.type.tensor_type.ClearField("shape")
    out = onnx.TensorProto()
    out.ParseFromString((data / "output_0.pb").read_bytes())
    onnx.save(m, str(out_path))
    return list(out.dims), batch


def expected_shape(dims, batch):
    """ctnn's printed shape of one sample of the reference output (computed for `batch`)."""
    if len(dims) == 4 and dims[0] == batch:
        return f"{dims[2]}x{dims[3]}x{dims[1]}"
    if len(dims) == 2:
        return str(dims[0] * dims[1] // batch)  # Flatten(axis=0) puts the batch in the vector
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tool", required=True)
    parser.add_argument("--data", required=True, help="libonnx-testdata's data/node folder")
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--cxx", default="g++")
    parser.add_argument("--include", action="append", default=[])
    args = parser.parse_args()
    started = time.monotonic()
    work = pathlib.Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    problems, imported, skipped = [], [], []
    for test_dir in sorted(pathlib.Path(args.data).glob("test_*")):
        name = test_dir.name
        model = work / f"{name}.onnx"
        frozen = frozen_model(test_dir, model)
        if frozen is None:
            continue
        dims, batch = frozen
        _, proc = common.run_import(args.tool, model, name, work / f"{name}.hpp")
        if name in SKIPPED:
            why, says = SKIPPED[name]
            if proc.returncode == 0:
                problems.append(f"{name} is listed as refused ({why}), but imports")
            elif says not in proc.stderr:
                problems.append(f"{name}: refused, but not for the reason listed ({why}): {proc.stderr.strip()}")
            else:
                skipped.append(name)
            continue
        if proc.returncode != 0:
            problems.append(f"{name}: ctnn-import refuses it: {proc.stderr.strip()}")
            continue
        imported.append((name, expected_shape(dims, batch)))
    if imported:
        source = work / "node_tests.cpp"
        common.write_program(source, [f"{n}.hpp" for n, _ in imported], [(n, n) for n, _ in imported])
        out, error = common.compile_and_run(args.cxx, args.include + [str(work)], source)
        if error:
            problems.append(f"the imported node tests do not compile:\n{error}")
        else:
            got = common.parse(out)
            for name, want in imported:
                if got[name]["output"] != want:
                    problems.append(f"{name}: ctnn's output {got[name]['output']}, ONNX's expected "
                                    f"output (one sample) {want}")
    for p in problems:
        print("MISMATCH " + p)
    print(f"ONNX node tests: {len(imported)} imported with the expected output shape checked, "
          f"{len(skipped)} refused as listed, problems: {len(problems)}; "
          f"{time.monotonic() - started:.1f} s")
    print("  imported: " + ", ".join(n for n, _ in imported))
    for name in skipped:
        print(f"  refused on purpose: {name}: {SKIPPED[name][0]}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
