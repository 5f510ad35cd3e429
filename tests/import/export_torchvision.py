#!/usr/bin/python3
"""export_torchvision.py: exports torchvision's classification models to ONNX, once per build tree.

For each model of MODELS: builds it with weights=None, randomizes every parameter and buffer
(the exporter merges equal initializers, such as fresh BatchNorm scales of ones, which would
then be counted once), and exports it twice with torch.onnx.export at batch 1:
  <cache>/<model>.eval.onnx   model.eval(): the exporter folds each BatchNorm that follows a
                              convolution into it (the file has fewer parameters than the module)
  <cache>/<model>.bn.onnx     the BatchNorm modules in training mode and
                              training=torch.onnx.TrainingMode.PRESERVE: every BatchNorm kept
(a model without BatchNorm is exported once: both modes are the same file). Then measures the
module itself, in eval mode, with tests/differential/torch_side.py's forward hooks, into
<cache>/<model>.json: learnable parameters, BatchNorm buffers, MACs of every Conv2d and Linear,
the output shape, and what the eval export must hold (the module's counts less each BatchNorm
that directly follows a Conv2d, plus the bias such a convolution gains).
Files already in the cache are kept (delete the folder to export again).

Run with Debian's /usr/bin/python3 (torch 1.13, torchvision 0.14).
"""

import argparse
import json
import pathlib
import sys
import time
import warnings

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "differential"))
sys.dont_write_bytecode = True

# torchvision model -> (constructor arguments beyond weights=None, input side, the zoo's model
# of the same network, or None). The zoo models compared are those tests/differential/zoo.py
# pairs with torchvision; VGG is listed with None (the zoo's VGGs follow the paper's table, with
# a softmax and without torchvision's AdaptiveAvgPool2d(7): see README.md).
MODELS = {
    "alexnet": ({}, 224, "AlexNetTorchvision"),
    "vgg11": ({}, 224, None),
    "resnet18": ({}, 224, "ResNet18"),
    "resnet34": ({}, 224, "ResNet34"),
    "resnet50": ({}, 224, "ResNet50"),
    "resnet101": ({}, 224, "ResNet101"),
    "resnet152": ({}, 224, "ResNet152"),
    "resnext50_32x4d": ({}, 224, None),
    "wide_resnet50_2": ({}, 224, None),
    "densenet121": ({}, 224, "DenseNet121"),
    "densenet161": ({}, 224, None),
    "densenet169": ({}, 224, None),
    "densenet201": ({}, 224, "DenseNet201"),
    "squeezenet1_0": ({}, 224, None),
    "squeezenet1_1": ({}, 224, "SqueezeNet11"),
    "googlenet": (dict(aux_logits=False, init_weights=False), 224, "GoogLeNet<ctnn::models::AuxHeads::excluded>"),
    "inception_v3": (dict(aux_logits=False, init_weights=False), 299, "InceptionV3<ctnn::models::AuxHeads::excluded>"),
    "mobilenet_v2": ({}, 224, "MobileNetV2"),
    "mobilenet_v3_large": ({}, 224, "MobileNetV3Large"),
    "mobilenet_v3_small": ({}, 224, None),
    "mnasnet1_0": ({}, 224, None),
    "shufflenet_v2_x1_0": ({}, 224, "ShuffleNetV2x1_0"),
    "efficientnet_b0": ({}, 224, "EfficientNetB0"),
    "regnet_x_400mf": ({}, 224, None),
    "regnet_y_400mf": ({}, 224, None),
}
# With --all (CMake: -DCTNN_IMPORT_ALL_TORCHVISION=ON), also these: the same architectures again,
# left out by default for their cost (each VGG export is 0.5 GB and takes about a minute here).
MORE_MODELS = {
    "vgg13": ({}, 224, None),
    "vgg16": ({}, 224, None),
    "vgg19": ({}, 224, None),
    "vgg11_bn": ({}, 224, None),
    "vgg16_bn": ({}, 224, None),
    "resnext101_32x8d": ({}, 224, None),
    "wide_resnet101_2": ({}, 224, None),
    "efficientnet_b1": ({}, 224, None),
    "regnet_y_800mf": ({}, 224, None),
}


def randomize(model, seed):
    """Every floating-point parameter and buffer drawn from U(0.5, 1.5): distinct values (no
    initializers merged), positive variances."""
    import torch
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for t in list(model.parameters()) + list(model.buffers()):
            if t.dtype.is_floating_point:
                t.copy_(torch.rand(t.shape, generator=g) + 0.5)


def measure(model, side):
    """The module's counts, measured by torch (eval mode, hooks on every leaf)."""
    import torch
    import torch.nn as nn
    import torch_side
    model.eval()
    produced_by_conv = {}
    folded_params = folded_stats = 0
    calls = []
    handles = []

    def hook(module, inputs, output):
        nonlocal folded_params, folded_stats
        calls.append((module, inputs, output))
        if isinstance(module, nn.Conv2d):
            produced_by_conv[id(output)] = module
        if isinstance(module, nn.BatchNorm2d) and id(inputs[0]) in produced_by_conv:
            conv = produced_by_conv[id(inputs[0])]
            c = module.num_features
            folded_params += 2 * c - (0 if conv.bias is not None else c)
            folded_stats += 2 * c

    for m in model.modules():
        if next(m.children(), None) is None:
            handles.append(m.register_forward_hook(hook))
    with torch.no_grad():
        out = model(torch.zeros(1, 3, side, side))
    for h in handles:
        h.remove()
    params = sum(p.numel() for p in model.parameters())
    buffers = sum(torch_side.buffers_of(m) for m in model.modules())
    macs = sum(torch_side.macs_of(m, i, o) for m, i, o in calls
               if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d, nn.Linear)))
    has_bn = any(isinstance(m, nn.modules.batchnorm._BatchNorm) for m in model.modules())
    return {"params": params, "buffers": buffers, "macs": macs,
            "output": torch_side.shape_of(out), "has_batchnorm": has_bn,
            "eval_params": params - folded_params, "eval_non_trainable": buffers - folded_stats}


def export(model, side, path, keep_batchnorm):
    import torch
    import torch.nn as nn
    model.eval()
    kwargs = {}
    if keep_batchnorm:
        for m in model.modules():
            if isinstance(m, nn.modules.batchnorm._BatchNorm):
                m.train()
        kwargs["training"] = torch.onnx.TrainingMode.PRESERVE
    tmp = path.with_suffix(".partial")
    torch.onnx.export(model, torch.zeros(1, 3, side, side), str(tmp), opset_version=14, **kwargs)
    tmp.rename(path)
    model.eval()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", required=True, help="folder of the exported files")
    parser.add_argument("--only", nargs="*", help="these models only")
    parser.add_argument("--all", action="store_true", help="MORE_MODELS too")
    args = parser.parse_args()
    cache = pathlib.Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    warnings.filterwarnings("ignore")
    import torch
    import torchvision
    torch.set_num_threads(1)
    started = time.monotonic()
    models = dict(MODELS, **(MORE_MODELS if args.all else {}))
    for i, (name, (extra, side, zoo)) in enumerate(models.items()):
        if args.only and name not in args.only:
            continue
        meta = cache / f"{name}.json"
        if meta.exists():
            continue
        t = time.monotonic()
        model = getattr(torchvision.models, name)(weights=None, **extra)
        randomize(model, seed=i)
        info = measure(model, side)
        info.update(name=name, side=side, zoo=zoo,
                    measured="torch 1.13 forward hooks on the module (tests/differential/torch_side.py)")
        export(model, side, cache / f"{name}.eval.onnx", keep_batchnorm=False)
        if info["has_batchnorm"]:
            export(model, side, cache / f"{name}.bn.onnx", keep_batchnorm=True)
            info["files"] = {"eval": f"{name}.eval.onnx", "bn": f"{name}.bn.onnx"}
        else:  # no BatchNorm: the two exports are the same file
            info["files"] = {"eval": f"{name}.eval.onnx", "bn": f"{name}.eval.onnx"}
        meta.write_text(json.dumps(info, indent=1))
        print(f"exported {name} in {time.monotonic() - t:.1f} s", flush=True)
    print(f"export_torchvision: done in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
