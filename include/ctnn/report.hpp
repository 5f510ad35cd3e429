#pragma once
// ctnn/report.hpp: printing at run time, every format.
#include <ctnn/report/csv.hpp>
#include <ctnn/report/data.hpp>
#include <ctnn/report/dot.hpp>
#include <ctnn/report/format.hpp>
#include <ctnn/report/json.hpp>
#include <ctnn/report/markdown.hpp>
#include <ctnn/report/plan.hpp>
#include <ctnn/report/summary.hpp>
#include <ctnn/report/table.hpp>
