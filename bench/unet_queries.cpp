// bench: U-Net from the zoo (transposed convolutions, crops, four nested levels of skip
// connections) with every query asserted (see bench/run.sh).
#include <cstdint>

#include <ctnn/ctnn.hpp>
#include <ctnn/models/unet.hpp>

using namespace ctnn;
using N = models::UNet;

static_assert(params<N> == N::published.params);
static_assert(macs<N> == N::published.macs);
static_assert(trainable_params<N> == params<N> && frozen_params<N> == 0);
static_assert(non_trainable_params<N> == 0 && total_params<N> == params<N>);
static_assert(weights<N> + biases<N> == params<N>);
static_assert(layer_count<N> == 2);
static_assert(output_shape<N> == Shape::hwc(388, 388, 2));
static_assert(activation_bytes<N, std::int8_t> == activations<N>);
static_assert(peak_activation_bytes<N> == 4 * peak_activations<N>);
static_assert(param_bytes<N> == 4 * total_params<N>);
static_assert(receptive_field<N>.size_h == 200);
static_assert(rows<N>.size() == totals<N>.rows);
static_assert(shape_at<N, 1> == Shape::hwc(388, 388, 64) && params_at<N, 2> == 130);
