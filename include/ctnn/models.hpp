#pragma once
// ctnn/models.hpp: the model zoo, every family. Not part of <ctnn/ctnn.hpp>: include the
// families you use, e.g. <ctnn/models/resnet.hpp>. Each model keeps its published figures as
// data (ctnn/models/published.hpp), checked by tests/static/models/zoo.cpp.
#include <ctnn/models/alexnet.hpp>
#include <ctnn/models/densenet.hpp>
#include <ctnn/models/efficientnet.hpp>
#include <ctnn/models/googlenet.hpp>
#include <ctnn/models/inception.hpp>
#include <ctnn/models/lenet.hpp>
#include <ctnn/models/mobilenet.hpp>
#include <ctnn/models/resnet.hpp>
#include <ctnn/models/shufflenet.hpp>
#include <ctnn/models/squeezenet.hpp>
#include <ctnn/models/unet.hpp>
#include <ctnn/models/vgg.hpp>
#include <ctnn/models/xception.hpp>
