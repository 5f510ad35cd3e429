#pragma once
// ctnn/report.hpp: printing at run time, every format of the layer-by-layer report. The arena
// plan's formats (text, SVG, C header) are in <ctnn/report/plan.hpp>, included on its own: it
// would cost every includer of <ctnn/ctnn.hpp> about 50 ms of compile time (docs/performance.md).
#include <ctnn/report/csv.hpp>
#include <ctnn/report/data.hpp>
#include <ctnn/report/dot.hpp>
#include <ctnn/report/format.hpp>
#include <ctnn/report/json.hpp>
#include <ctnn/report/markdown.hpp>
#include <ctnn/report/summary.hpp>
#include <ctnn/report/table.hpp>
