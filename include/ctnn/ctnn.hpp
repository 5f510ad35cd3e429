#pragma once
// ctnn/ctnn.hpp: the whole library (core, layers, compose, analysis, report, models).
//
// ctnn computes the shapes, parameter counts and memory of a convolutional network written as a
// C++ type, at compile time. Finer headers: ctnn/core.hpp, ctnn/layers.hpp, ctnn/compose.hpp,
// ctnn/analysis.hpp, ctnn/report.hpp, ctnn/models.hpp, or any single header below them.
#include <ctnn/version.hpp>
#include <ctnn/core.hpp>
#include <ctnn/layers.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/analysis.hpp>
#include <ctnn/report.hpp>
#include <ctnn/models.hpp>
