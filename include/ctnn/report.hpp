#pragma once
// ctnn/report.hpp: printing at run time.
#include <ctnn/report/format.hpp>
#include <ctnn/report/summary.hpp>
