"""tests/report_json_schema.py: every committed JSON report (tests/expected/reports/*.json)
parses with Python's json module and follows schema ctnn-report/1 (ctnn/report/json.hpp)."""
import json
import pathlib
import sys

SHAPE = {"h", "w", "c", "flat"}
LAYER = {"index", "path", "depth", "position", "kind", "family", "name", "input", "output",
         "in_place", "activations", "weights", "biases", "params", "non_trainable", "frozen", "macs",
         "ops",
         "live", "receptive_field"}
TOTALS = {"layers", "rows", "params", "weights", "biases", "trainable", "frozen",
          "non_trainable", "total_params",
          "activations", "peak_activations", "macs", "flops", "total_ops", "ops",
          "receptive_field", "bytes"}
KINDS = {"input", "layer", "sequential", "residual", "concat", "split", "repeat", "gate", "aux", "frozen"}


def check(path):
    report = json.loads(path.read_text())
    assert report["schema"] == "ctnn-report/1", "schema"
    assert set(report["network"]) == {"name", "input", "output"}, "network"
    assert set(report["network"]["input"]) == SHAPE, "shape"
    layers = report["layers"]
    assert layers and layers[0]["kind"] == "input", "the input comes first"
    for layer in layers:
        assert set(layer) == LAYER, f"layer fields: {set(layer) ^ LAYER}"
        assert layer["kind"] in KINDS, layer["kind"]
        assert layer["params"] == layer["weights"] + layer["biases"], layer["name"]
        assert layer["macs"] == layer["ops"]["macs"], layer["name"]
    totals = report["totals"]
    assert set(totals) == TOTALS, f"totals fields: {set(totals) ^ TOTALS}"
    assert totals["trainable"] == totals["params"] - totals["frozen"]
    assert totals["total_params"] == totals["trainable"] + totals["non_trainable"]
    assert totals["flops"] == 2 * totals["macs"]
    # The Net's own rows (depth 0) add up to the totals.
    top = [layer for layer in layers if layer["depth"] == 0]
    assert len(top) == totals["layers"] + 1, "one depth-0 row per element"
    assert sum(layer["params"] for layer in top) == totals["params"]
    assert sum(layer["macs"] for layer in top) == totals["macs"]
    assert sum(layer["activations"] for layer in top) == totals["activations"]


def main():
    files = sorted(pathlib.Path(sys.argv[1]).glob("*.json"))
    assert files, "no JSON reports found"
    for f in files:
        try:
            check(f)
        except (AssertionError, KeyError, ValueError) as e:
            print(f"{f.name}: {e!r}")
            return 1
    print(f"{len(files)} JSON reports parse and follow schema ctnn-report/1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
