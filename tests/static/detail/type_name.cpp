// Static tests of ctnn/detail/type_name.hpp: names without qualifiers, the same on g++ and clang++.
#include <ctnn/detail/type_name.hpp>

namespace outer::inner {
struct Plain {};
template <int S, int E>
struct Fire {};
template <class T>
struct Box {};
enum class layout { v1, v1_5 };
template <layout L>
struct Tagged {};
}  // namespace outer::inner
namespace other {
template <class T>
struct Wrap {};
}  // namespace other
namespace {
struct Hidden {};
}  // namespace

namespace {
using ctnn::detail::type_name;
using namespace outer::inner;

static_assert(type_name<Plain>() == "Plain");
static_assert(type_name<Fire<16, 64>>() == "Fire<16, 64>");
static_assert(type_name<Box<other::Wrap<Plain>>>() == "Box<Wrap<Plain>>");  // g++: "> >"
static_assert(type_name<Tagged<layout::v1>>() == "Tagged<v1>");
static_assert(type_name<Hidden>() == "Hidden");  // "{anonymous}::" / "(anonymous namespace)::"
static_assert(type_name<int>() == "int");

constexpr auto local_name() {
    struct Local {};
    return type_name<Local>();  // g++ "local_name()::Local"
}
static_assert(local_name() == "Local");
}  // namespace
