#pragma once
// ctnn/models.hpp: the model zoo.
#include <ctnn/models/alexnet.hpp>
#include <ctnn/models/lenet.hpp>
#include <ctnn/models/vgg.hpp>
