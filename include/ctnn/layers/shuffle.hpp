#pragma once
// ctnn/layers/shuffle.hpp: channel shuffle (ShuffleNet).

#include <string_view>

#include <ctnn/core/diagnostics.hpp>
#include <ctnn/core/shape.hpp>
#include <ctnn/detail/text.hpp>

namespace ctnn {

/// ChannelShuffle<G>: regroups the C channels as G groups of C/G and interleaves them
/// (ShuffleNet v1/v2: reshape to G x C/G, transpose, flatten). Output = input shape; no
/// parameters; a permutation written to a new buffer (PyTorch's transpose + contiguous).
/// G must divide C. Name: "ChannelShuffle 2".
template <int G>
struct ChannelShuffle {
  private:
    static constexpr auto name_text = detail::numbered_name("ChannelShuffle ", G);

  public:
    static constexpr std::string_view name = name_text.view();
    static constexpr Issue check(const Shape& in) noexcept {
        if (in.flat) return issue(problem::needs_feature_map, in);
        if (G < 1) return issue(problem::groups_not_positive, in, G);
        if (in.c % static_cast<unsigned>(G) != 0)
            return issue(problem::groups_do_not_divide_channels, in, static_cast<long long>(in.c),
                         static_cast<long long>(in.c), G);
        return Issue{};
    }
    static constexpr Shape output_shape(const Shape& in) noexcept { return in; }
};

}  // namespace ctnn
