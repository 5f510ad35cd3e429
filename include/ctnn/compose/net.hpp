#pragma once
// ctnn/compose/net.hpp: a whole network.

namespace ctnn {

/// Net<Input<...>, Layers...>: a network, written as its layers in the order the data flows,
/// like the rows of the VGG paper's Table 1. The first element must be an Input; a Net of only
/// an Input is valid (no parameters; its output is its input).
///
/// Name a network by deriving from it, `struct VGG16 final : Net<...> {};`: errors and reports
/// then say "VGG16" instead of spelling out every layer. Every query (params, shape_at, summary,
/// ...) takes a Net or a type derived from one. A Net is never instantiated at run time.
template <class... Layers>
struct Net {
    using net_type = Net;  ///< the Net a derived model is made of
};

}  // namespace ctnn
