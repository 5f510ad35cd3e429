// Static tests of ctnn/layers/normalization.hpp.
#include <ctnn/core/layer.hpp>
#include <ctnn/layers/normalization.hpp>

namespace {
using namespace ctnn;

// BatchNorm on C channels: 2C learnable (gamma, beta) and 2C non-trainable (moving mean and
// variance), as PyTorch's BatchNorm2d parameters/buffers and Keras' trainable/non-trainable.
constexpr Shape map = Shape::hwc(56, 56, 64);
static_assert(BatchNorm::weights(map) == 64 && BatchNorm::biases(map) == 64);
static_assert(BatchNorm::non_trainable_params(map) == 128);
static_assert(BatchNorm::output_shape(map) == map && BatchNorm::in_place);
// On a flat vector (BatchNorm1d), C is its length.
static_assert(BatchNorm::weights(Shape::vector(4096)) == 4096);

static_assert(LRN::output_shape(map) == map && !detail::in_place_of<LRN>());
}  // namespace
