// A layer raising an error template that ctnn's catalogue does not list: ctnn cannot print it,
// so this is a compile error of its own, never a problem that passes unreported.
// fix: raise one of the errors of ctnn/core/diagnostics.hpp (error::catalogue), whose wording
//  and numbers reports and docs/errors.md know.
// expect: this error or number carrier is missing from its catalogue
#include <cstdint>
#include <string_view>

#include <ctnn/analysis.hpp>
#include <ctnn/layers.hpp>

template <class At, class Layer, class Input>
struct my_own_error {
    static_assert(ctnn::error::always_false<At>, "my layer rejects this input");
};

struct Picky {
    static constexpr std::string_view name = "Picky";
    static constexpr ctnn::Shape output_shape(ctnn::Shape in) { return in; }
    static constexpr ctnn::Issue check(ctnn::Shape in) {
#ifdef CTNN_TWIN
        return in.c == 3 ? ctnn::Issue{} : ctnn::issue<ctnn::error::layer_rejects_its_input>(in);
#else
        return in.c == 3 ? ctnn::Issue{} : ctnn::issue<my_own_error>(in);
#endif
    }
};
using Net1 = ctnn::Net<ctnn::Input<8, 8, 3>, Picky>;
static_assert(ctnn::params<Net1> == 0);
