#pragma once
// ctnn/layers/shuffle.hpp: channel shuffle (ShuffleNet).

#include <string_view>

#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/layer.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/text.hpp>
#include <ctnn/layers/window.hpp>

namespace ctnn {

/// ChannelShuffle<G>: regroups the C channels as G groups of C/G and interleaves them
/// (ShuffleNet v1/v2: reshape to G x C/G, transpose, flatten). Output = input shape; no
/// parameters; a permutation written to a new buffer (PyTorch's transpose + contiguous).
/// G must divide C. Name: "ChannelShuffle 2".
template <int G>
struct ChannelShuffle : detail::evaluated<ChannelShuffle<G>> {
  private:
    static constexpr auto name_text = detail::numbered_name("ChannelShuffle ", G);

  public:
    static constexpr std::string_view name = name_text.view();
    static constexpr detail::evaluation evaluate(const Shape& in, Issue& issue) noexcept {
        if (in.flat) {
            issue = ctnn::issue<error::layer_needs_a_feature_map>(in);
            return {};
        }
        if constexpr (G < 1) {
            issue = ctnn::issue<error::groups_must_be_positive>(in, number<error::groups>(G));
            return {};
        } else {
            if (!detail::groups_divide(in, static_cast<long long>(in.c), G, issue)) return {};
            return {.output = in};
        }
    }
};

}  // namespace ctnn
