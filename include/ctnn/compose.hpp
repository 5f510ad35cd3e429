#pragma once
// ctnn/compose.hpp: Net and the combinators (the block protocol is core/block.hpp).
#include <ctnn/compose/concat.hpp>
#include <ctnn/compose/frozen.hpp>
#include <ctnn/compose/gate.hpp>
#include <ctnn/compose/net.hpp>
#include <ctnn/compose/repeat.hpp>
#include <ctnn/compose/residual.hpp>
#include <ctnn/compose/separable.hpp>
#include <ctnn/compose/sequential.hpp>
