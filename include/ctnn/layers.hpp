#pragma once
// ctnn/layers.hpp: every built-in layer and option.
#include <ctnn/layers/activation.hpp>
#include <ctnn/layers/conv.hpp>
#include <ctnn/layers/dense.hpp>
#include <ctnn/layers/identity.hpp>
#include <ctnn/layers/input.hpp>
#include <ctnn/layers/normalization.hpp>
#include <ctnn/layers/options.hpp>
#include <ctnn/layers/padding.hpp>
#include <ctnn/layers/pool.hpp>
#include <ctnn/layers/regularization.hpp>
#include <ctnn/layers/resize.hpp>
#include <ctnn/layers/shuffle.hpp>
#include <ctnn/layers/transposed.hpp>
