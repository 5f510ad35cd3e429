#!/usr/bin/env python3
"""ctnn-report's drawings of the arena plan (--format plan-svg) are valid, self-contained SVG.

    report_plan_svg.py <ctnn-report> [committed.svg ...]

Each drawing, fresh from ctnn-report for a few models and options and each committed one (the
docs' diagrams), must parse with xml.etree, be an <svg> of the SVG namespace with a size and a
viewBox, load nothing (no href, script, style, foreignObject or font), have one rectangle with
a <title> per buffer the headline counts (fewer with concatenation in place: the parts are
inside their concatenation's rectangle), every rectangle inside the plot, and mark the peak."""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
RUNS = [
    ["resnet50"],
    ["densenet121"],
    ["lenet5", "--dtype", "int8"],
    ["unet", "--concat-in-place", "--alignment", "64"],
    ["googlenet-aux", "--dtype", "float16", "--concat-in-place"],
]


def check(name, text, in_place):
    root = ET.fromstring(text)
    assert root.tag == SVG + "svg", f"{name}: the root is {root.tag}"
    for attribute in ("width", "height", "viewBox"):
        assert root.get(attribute), f"{name}: no {attribute}"
    for element in root.iter():
        tag = element.tag.replace(SVG, "")
        assert tag in {"svg", "title", "rect", "text", "line", "g"}, f"{name}: <{tag}>"
        for attribute in element.attrib:
            assert "href" not in attribute, f"{name}: <{tag} {attribute}> links outside"
    headline = root.find(SVG + "text[2]").text
    buffers = int(re.match(r"(\d+) buffers over \d+ steps", headline).group(1))
    rects = [r for r in root.iter(SVG + "rect") if r.find(SVG + "title") is not None]
    titles = [r.find(SVG + "title").text for r in rects]
    assert all(t.startswith("buffer ") for t in titles), f"{name}: a rectangle without its buffer"
    if in_place:
        assert 0 < len(rects) <= buffers, f"{name}: {len(rects)} rectangles for {buffers} buffers"
    else:
        assert len(rects) == buffers, f"{name}: {len(rects)} rectangles for {buffers} buffers"
    frame = [r for r in root.iter(SVG + "rect") if r.get("fill") == "none"][0]
    left, top = float(frame.get("x")), float(frame.get("y"))
    right, bottom = left + float(frame.get("width")), top + float(frame.get("height"))
    for r in rects:
        x, y = float(r.get("x")), float(r.get("y"))
        w, h = float(r.get("width")), float(r.get("height"))
        assert w > 0 and h > 0, f"{name}: an empty rectangle"
        assert left - 0.1 <= x and x + w <= right + 0.2, f"{name}: {r.find(SVG + 'title').text} leaves the plot"
        assert top - 0.2 <= y and y + h <= bottom + 0.2, f"{name}: {r.find(SVG + 'title').text} leaves the plot"
    texts = [t.text or "" for t in root.iter(SVG + "text")]
    assert any(t.startswith("peak: step ") for t in texts), f"{name}: no peak marked"
    assert any(t.startswith("arena") for t in texts), f"{name}: no line at the arena"
    return len(rects)


def main():
    program, committed = sys.argv[1], sys.argv[2:]
    for args in RUNS:
        text = subprocess.run([program, *args, "--format", "plan-svg"], check=True,
                              capture_output=True, text=True).stdout
        n = check(" ".join(args), text, "--concat-in-place" in args)
        print(f"ctnn-report {' '.join(args)} --format plan-svg: valid, {n} buffers drawn")
    for path in committed:
        with open(path, encoding="utf-8") as f:
            n = check(path, f.read(), False)
        print(f"{path}: valid, {n} buffers drawn")


if __name__ == "__main__":
    main()
