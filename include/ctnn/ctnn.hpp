#pragma once
// ctnn/ctnn.hpp: the library (core, layers, compose, analysis, report). The model zoo is
// <ctnn/models.hpp> or one family at a time (<ctnn/models/vgg.hpp>), left out of the umbrella:
// a model header holds its published figures as data (`published`), checked against ctnn's
// counts by the tests (tests/static/models/zoo.cpp), so including it costs nothing until a
// model is queried, and analysing a family's models costs 0.1-0.2 s.
//
// ctnn computes the shapes, parameter counts and memory of a convolutional network written as a
// C++ type, at compile time. Finer headers: ctnn/core.hpp, ctnn/layers.hpp, ctnn/compose.hpp,
// ctnn/analysis.hpp, ctnn/report.hpp, or any single header below them.
#include <ctnn/version.hpp>
#include <ctnn/core.hpp>
#include <ctnn/layers.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/analysis.hpp>
#include <ctnn/report.hpp>
