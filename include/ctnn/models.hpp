#pragma once
// ctnn/models.hpp: the model zoo, every family. Not part of <ctnn/ctnn.hpp>: each model header
// checks its published numbers with static_asserts, which costs about 0.1-0.2 s of compile
// time per model family; include the families you use, e.g. <ctnn/models/resnet.hpp>.
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
#include <ctnn/models/vgg.hpp>
