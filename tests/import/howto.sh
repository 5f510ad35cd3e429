#!/bin/sh
# The commands of docs/howto-import.md, run by the test import.howto in the folder of
# make_models.py's small.onnx (16 x 16 x 3 in, 10 classes out) with ctnn-import on the PATH.
set -e
ctnn-import small.onnx --name SmallNet -o small_net.hpp
ctnn-import small.onnx --name SmallNet --namespace models > small_net_in_models.hpp
ctnn-import small.onnx --report --format markdown --depth 1 --dtype int8
