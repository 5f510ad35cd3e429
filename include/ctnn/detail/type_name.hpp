#pragma once
// ctnn/detail/type_name.hpp: the name of a class type as a constant, from the compiler's
// __PRETTY_FUNCTION__, without namespaces anywhere in it ("ctnn::models::Bottleneck<a::b::X>"
// -> "Bottleneck<X>"). g++ and clang++ spell class names and template arguments the same way;
// their ways of naming anonymous namespaces and enclosing functions ("{anonymous}::",
// "(anonymous namespace)::", "main()::") are removed with the other qualifiers, and g++'s
// "> >" is written ">>" as clang does, so that reports are the same on both compilers.

#include <cstddef>
#include <string_view>

#include <ctnn/detail/text.hpp>

namespace ctnn::detail {

template <class T>
constexpr std::string_view pretty_function() noexcept {
    return __PRETTY_FUNCTION__;
}

struct type_name_probe;

/// Where the type's spelling sits in __PRETTY_FUNCTION__ (g++: "... [with T = NAME; ...]",
/// clang: "... [T = NAME]"): found once, on a probe type, so that naming a type costs no search.
inline constexpr std::string_view probe_function = pretty_function<type_name_probe>();
inline constexpr std::size_t name_prefix = probe_function.find("T = ") + 4;
inline constexpr std::size_t name_suffix =
    probe_function.size() - probe_function.find_first_of(";]", name_prefix);

/// The type as the compiler spells it.
template <class T>
constexpr std::string_view spelled_type() noexcept {
    constexpr std::string_view f = pretty_function<T>();
    return f.substr(name_prefix, f.size() - name_prefix - name_suffix);
}

constexpr bool identifier_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/// The length of a scope qualifier ("ns::", "{anonymous}::", "(anonymous namespace)::",
/// "main()::") starting at position i of s, or 0 if none starts there.
constexpr std::size_t qualifier_at(std::string_view s, std::size_t i) noexcept {
    const auto skip_group = [&s](std::size_t j) {
        int nesting = 0;
        do {
            if (s[j] == '(' || s[j] == '{') ++nesting;
            if (s[j] == ')' || s[j] == '}') --nesting;
            ++j;
        } while (j < s.size() && nesting > 0);
        return j;
    };
    std::size_t j = i;
    if (j < s.size() && (s[j] == '(' || s[j] == '{')) {
        j = skip_group(j);
    } else {
        while (j < s.size() && identifier_char(s[j])) ++j;
        if (j == i) return 0;
        if (j < s.size() && s[j] == '(') j = skip_group(j);  // an enclosing function: f()::
    }
    return j + 1 < s.size() && s[j] == ':' && s[j + 1] == ':' ? j + 2 - i : 0;
}

/// Writes `s` into `out` (a text buffer, or a counter) without its scope qualifiers, and with
/// g++'s "A<B<C> >" written as clang's "A<B<C>>".
template <class Out>
constexpr void unqualify(std::string_view s, Out& out) noexcept {
    for (std::size_t i = 0; i < s.size();) {
        const bool token_start = i == 0 || !identifier_char(s[i - 1]);
        if (const std::size_t q = token_start ? qualifier_at(s, i) : 0; q != 0) {
            i += q;
            continue;
        }
        if (!(s[i] == ' ' && i > 0 && s[i - 1] == '>' && i + 1 < s.size() && s[i + 1] == '>'))
            out << s[i];
        ++i;
    }
}

struct char_counter {
    std::size_t size = 0;
    constexpr char_counter& operator<<(char) noexcept {
        ++size;
        return *this;
    }
};

template <class T>
constexpr std::size_t unqualified_size() noexcept {
    char_counter c;
    unqualify(spelled_type<T>(), c);
    return c.size;
}

template <std::size_t N>
constexpr text<N> unqualified(std::string_view spelled) noexcept {
    text<N> t;
    unqualify(spelled, t);
    return t;
}

template <class T>
inline constexpr auto unqualified_name = unqualified<unqualified_size<T>()>(spelled_type<T>());

/// "ctnn::models::VGG16" -> "VGG16"; "a::Fire<b::X>" -> "Fire<X>".
template <class T>
constexpr std::string_view type_name() noexcept {
    return unqualified_name<T>.view();
}

}  // namespace ctnn::detail
