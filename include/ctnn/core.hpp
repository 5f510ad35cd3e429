#pragma once
// ctnn/core.hpp: Shape, the layer and block protocols, checked counts and the diagnostics.
#include <ctnn/core/block.hpp>
#include <ctnn/core/checked.hpp>
#include <ctnn/core/costs.hpp>
#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/core/shape.hpp>
