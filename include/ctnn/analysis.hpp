#pragma once
// ctnn/analysis.hpp: every compile-time query.
#include <ctnn/analysis/arena.hpp>
#include <ctnn/analysis/budget.hpp>
#include <ctnn/analysis/expect.hpp>
#include <ctnn/analysis/memory.hpp>
#include <ctnn/analysis/ops.hpp>
#include <ctnn/analysis/params.hpp>
#include <ctnn/analysis/shapes.hpp>
#include <ctnn/analysis/receptive_field.hpp>
#include <ctnn/analysis/row.hpp>
#include <ctnn/analysis/table.hpp>
#include <ctnn/analysis/walk.hpp>
#include <ctnn/analysis/weights.hpp>
