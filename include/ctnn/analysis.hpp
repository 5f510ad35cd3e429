#pragma once
// ctnn/analysis.hpp: every compile-time query.
#include <ctnn/analysis/memory.hpp>
#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/analysis/table.hpp>
