#!/usr/bin/python3
"""make_models.py: small ONNX files for the tests of ctnn-import's messages, written with ONNX's
own helpers (python3-onnx) into the given folder:
  small.onnx        a valid network: Conv, BatchNormalization, Relu, MaxPool, a residual Add,
                    GlobalAveragePool, Flatten, Gemm (for --report and the header's self-check)
  not_onnx.onnx     a text file
  truncated.onnx    small.onnx cut in half
  unsupported.onnx  a Conv then a Sin (an operator ctnn-import does not take)
  dynamic.onnx      small.onnx with height and width dynamic
  two_inputs.onnx   Add of two inputs
  two_outputs.onnx  a Relu whose input is an output too
  nhwc.onnx         an N x H x W x C input transposed to N x C x H x W
  batch4.onnx       small.onnx with a fixed batch of 4
  crossing.onnx     branches that cross: s = y + z, out = s + y (not series-parallel)
  shared.onnx       two 1x1 convolutions of 3 channels reading one weight tensor, the second
                    through an Identity node (as exporters write equal initializers): 2 x 9
                    parameters, counted per layer
"""

import pathlib
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def weights(name, *shape, seed=[0]):
    seed[0] += 1
    return numpy_helper.from_array(
        np.random.default_rng(seed[0]).random(shape, dtype=np.float32) + 0.5, name)


def model(nodes, inputs, outputs, initializers=(), opset=14):
    g = helper.make_graph(nodes, "test", inputs, outputs, list(initializers))
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", opset)], producer_name="make_models.py")
    return m


def small(dims=(1, 3, 16, 16)):
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, list(dims))
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
    nodes = [
        helper.make_node("Conv", ["x", "w1", "b1"], ["c1"], name="conv1", pads=[1, 1, 1, 1]),
        helper.make_node("BatchNormalization", ["c1", "g", "beta", "mean", "var"], ["n1"], name="bn1"),
        helper.make_node("Relu", ["n1"], ["r1"], name="relu1"),
        helper.make_node("MaxPool", ["r1"], ["p1"], name="pool1", kernel_shape=[2, 2], strides=[2, 2]),
        helper.make_node("Conv", ["p1", "w2"], ["c2"], name="conv2", pads=[1, 1, 1, 1]),
        helper.make_node("Add", ["c2", "p1"], ["s"], name="add"),
        helper.make_node("GlobalAveragePool", ["s"], ["gap"], name="gap"),
        helper.make_node("Flatten", ["gap"], ["f"], name="flatten"),
        helper.make_node("Gemm", ["f", "w3", "b3"], ["y"], name="fc", transB=1),
    ]
    init = [weights("w1", 8, 3, 3, 3), weights("b1", 8), weights("g", 8), weights("beta", 8),
            weights("mean", 8), weights("var", 8), weights("w2", 8, 8, 3, 3), weights("w3", 10, 8),
            weights("b3", 10)]
    return model(nodes, [x], [y], init)


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    m = small()
    onnx.save(m, str(out / "small.onnx"))
    data = (out / "small.onnx").read_bytes()
    (out / "truncated.onnx").write_bytes(data[: len(data) // 2])
    (out / "not_onnx.onnx").write_text("this is a text file, not an ONNX model\n")
    onnx.save(small(("N", 3, "height", "width")), str(out / "dynamic.onnx"))
    onnx.save(small((4, 3, 16, 16)), str(out / "batch4.onnx"))
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 8, 8])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
    onnx.save(model([helper.make_node("Conv", ["x", "w"], ["c"], name="conv"),
                     helper.make_node("Sin", ["c"], ["y"], name="the_sine")],
                    [x], [y], [weights("w", 4, 3, 1, 1)]), str(out / "unsupported.onnx"))
    x2 = helper.make_tensor_value_info("x2", TensorProto.FLOAT, [1, 3, 8, 8])
    onnx.save(model([helper.make_node("Add", ["x", "x2"], ["y"], name="add")], [x, x2], [y]),
              str(out / "two_inputs.onnx"))
    r = helper.make_tensor_value_info("r", TensorProto.FLOAT, None)
    onnx.save(model([helper.make_node("Relu", ["x"], ["r"], name="relu"),
                     helper.make_node("Sigmoid", ["r"], ["y"], name="sigmoid")], [x], [y, r]),
              str(out / "two_outputs.onnx"))
    xl = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 8, 8, 3])
    onnx.save(model([helper.make_node("Transpose", ["x"], ["t"], name="to_nchw", perm=[0, 3, 1, 2]),
                     helper.make_node("Conv", ["t", "w"], ["y"], name="conv")],
                    [xl], [y], [weights("w", 4, 3, 1, 1)]), str(out / "nhwc.onnx"))
    onnx.save(model([helper.make_node("Conv", ["x", "wa"], ["a"], name="conv_a"),
                     helper.make_node("Conv", ["x", "wb"], ["b"], name="conv_b"),
                     helper.make_node("Add", ["a", "b"], ["s"], name="first_sum"),
                     helper.make_node("Add", ["s", "a"], ["y"], name="second_sum")],
                    [x], [y], [weights("wa", 3, 3, 1, 1), weights("wb", 3, 3, 1, 1)]),
              str(out / "crossing.onnx"))
    onnx.save(model([helper.make_node("Identity", ["w"], ["w_again"], name="shared_weight"),
                     helper.make_node("Conv", ["x", "w"], ["a"], name="conv_a"),
                     helper.make_node("Conv", ["a", "w_again"], ["y"], name="conv_b")],
                    [x], [y], [weights("w", 3, 3, 1, 1)]), str(out / "shared.onnx"))


if __name__ == "__main__":
    main()
