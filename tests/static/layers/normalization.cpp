// Static tests of ctnn/layers/normalization.hpp.
// The samples of this header's layers that tests/static/laws.cpp holds to the laws of every
// layer (collected by tests/CMakeLists.txt from the "// laws:" lines of tests/static/layers):
// laws: BatchNorm, LRN, BatchNormWith<NoScale>, BatchNormWith<NoCenter>, LayerNorm
// laws: LayerNormWith<NoAffine>, GroupNorm<4>, GroupNorm<2, NoAffine>, InstanceNorm
// laws: InstanceNormWith<Affine>
#include <ctnn/core/diagnostics.hpp>
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

// ---- the other normalizations (PyTorch 1.13's parameter shapes) ------------------------------
namespace {
using namespace ctnn;
constexpr Shape m256 = Shape::hwc(14, 14, 256);

// BatchNorm without scale or shift (Keras scale=False / center=False): one learned vector
// fewer each, the moving statistics unchanged; BatchNormWith<> is BatchNorm.
static_assert(BatchNormWith<NoScale>::weights(m256) == 0 && BatchNormWith<NoScale>::biases(m256) == 256);
static_assert(BatchNormWith<NoCenter>::weights(m256) == 256 && BatchNormWith<NoCenter>::biases(m256) == 0);
static_assert(BatchNormWith<NoScale, NoCenter>::weights(m256) + BatchNormWith<NoScale, NoCenter>::biases(m256) == 0);
static_assert(BatchNormWith<NoScale>::non_trainable_params(m256) == 512);
static_assert(BatchNormWith<>::weights(m256) == BatchNorm::weights(m256));
static_assert(BatchNormWith<NoScale>::name == "BatchNorm, no scale");
static_assert(BatchNormWith<NoScale, NoCenter>::name == "BatchNorm, no scale, no center");

// GroupNorm(32, 256): weight 256, bias 256, no buffers.
static_assert(GroupNorm<32>::weights(m256) == 256 && GroupNorm<32>::biases(m256) == 256);
static_assert(detail::non_trainable_of<GroupNorm<32>>(m256) == 0);
static_assert(GroupNorm<32, NoAffine>::weights(m256) + GroupNorm<32, NoAffine>::biases(m256) == 0);
static_assert(GroupNorm<32>::name == "GroupNorm 32" && GroupNorm<8, NoAffine>::name == "GroupNorm 8, no affine");
static_assert(detail::check_of<GroupNorm<32>>(Shape::hwc(4, 4, 48)).is<error::norm_groups_must_divide_channels>());
static_assert(detail::check_of<GroupNorm<0>>(m256).is<error::norm_groups_must_divide_channels>());
static_assert(!detail::check_of<GroupNorm<256>>(m256));

// LayerNorm(C) over the channels: weight C, bias C.
static_assert(LayerNorm::weights(m256) == 256 && LayerNorm::biases(m256) == 256);
static_assert(LayerNorm::weights(Shape::vector(768)) == 768);
static_assert(LayerNormWith<NoAffine>::weights(m256) == 0 && LayerNormWith<>::biases(m256) == 256);
static_assert(LayerNormWith<NoAffine>::name == "LayerNorm, no affine");

// InstanceNorm2d(C): no parameters, no running statistics by default; affine=True: 2C.
static_assert(InstanceNorm::weights(m256) == 0 && InstanceNorm::biases(m256) == 0);
static_assert(InstanceNormWith<Affine>::weights(m256) == 256 && InstanceNormWith<Affine>::biases(m256) == 256);
static_assert(InstanceNormWith<Affine>::name == "InstanceNorm, affine");
static_assert(detail::check_of<InstanceNorm>(Shape::vector(8)).is<error::layer_needs_a_feature_map>());

// Operations per value (docs/conventions.md): 4 for the statistics and the normalization, 2
// more with a learned scale and shift; a new buffer, unlike BatchNorm at inference.
static_assert(GroupNorm<32>::ops(m256).normalization == 6 * m256.size());
static_assert(InstanceNorm::ops(m256).normalization == 4 * m256.size());
static_assert(!detail::in_place_of<LayerNorm>() && !detail::in_place_of<GroupNorm<4>>());
}  // namespace

// A single value per statistic is an error, as in PyTorch (GroupNorm: "Expected more than 1
// value per channel", InstanceNorm: "Expected more than 1 spatial element"); LayerNorm and
// BatchNorm (learned statistics) accept a 1x1 map.
namespace {
using namespace ctnn;
constexpr Shape dot = Shape::hwc(1, 1, 6);
static_assert(detail::check_of<InstanceNorm>(dot).is<error::normalization_needs_more_than_one_value>());
static_assert(detail::check_of<GroupNorm<6>>(dot).is<error::normalization_needs_more_than_one_value>());
static_assert(!detail::check_of<GroupNorm<3>>(dot));  // 2 values per group
static_assert(!detail::check_of<GroupNorm<6>>(Shape::hwc(2, 1, 6)));
static_assert(!detail::check_of<LayerNorm>(dot));
static_assert(!detail::check_of<InstanceNorm>(Shape::hwc(1, 2, 6)));
}  // namespace
