#pragma once
// ctnn/detail/hana.hpp: the Boost.Hana headers ctnn uses, and only those (the whole of
// <boost/hana.hpp> costs about 0.3 s per translation unit; these, under 0.1 s). Hana serves
// short type lists only, such as the zoo's list of models, never a network's list of layers,
// where its algorithms grow quadratically with the length (docs/performance.md).

#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

namespace ctnn::detail {
namespace hana = boost::hana;
}  // namespace ctnn::detail
