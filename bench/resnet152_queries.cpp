// bench: ResNet152 from the zoo with every query asserted (see bench/run.sh).
#include <cstddef>
#include <cstdint>
#include <utility>

#include <ctnn/ctnn.hpp>
#include <ctnn/models/resnet.hpp>

using namespace ctnn;
using N = models::ResNet152;

static_assert(params<N> == N::published.params);
static_assert(trainable_params<N> == params<N>);
static_assert(non_trainable_params<N> > 0);
static_assert(total_params<N> == params<N> + non_trainable_params<N>);
static_assert(weights<N> + biases<N> == params<N>);
static_assert(layer_count<N> == 11);
static_assert(input_shape<N>.c == 3);
static_assert(output_shape<N>.flat);
static_assert(activations<N> > 0);
static_assert(activation_bytes<N> == 4 * activations<N>);
static_assert(activation_bytes<N, std::int8_t> == activations<N>);
static_assert(param_bytes<N> == 4 * total_params<N>);
static_assert(rows<N>.size() == totals<N>.rows);
static_assert(network_name<N>.size() > 0);

// Every per-layer query, for every element of the Net.
template <std::size_t I>
constexpr bool layer_queries_hold() {
    return output_values_at<N, I> == shape_at<N, I>.size() &&
           weights_at<N, I> + biases_at<N, I> == params_at<N, I> &&
           non_trainable_params_at<N, I> <= params_at<N, I> &&
           activations_at<N, I> <= totals<N>.activations && !name_at<N, I>.empty();
}
template <std::size_t... I>
constexpr bool all_layer_queries_hold(std::index_sequence<I...>) {
    return (layer_queries_hold<I>() && ...);
}
static_assert(all_layer_queries_hold(std::make_index_sequence<layer_count<N> + 1>{}));
