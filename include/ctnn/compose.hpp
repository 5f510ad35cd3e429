#pragma once
// ctnn/compose.hpp: Net and the walk over it.
#include <ctnn/compose/net.hpp>
#include <ctnn/compose/walk.hpp>
