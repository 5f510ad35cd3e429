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

/// The type as the compiler spells it: g++ "... [with T = NAME; ...]", clang "... [T = NAME]".
template <class T>
constexpr std::string_view spelled_type() noexcept {
    constexpr std::string_view f = pretty_function<T>();
    constexpr std::size_t from = f.find("T = ") + 4;
    return f.substr(from, f.find_first_of(";]", from) - from);
}

constexpr bool identifier_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/// Writes `s` into `out` (a text buffer, or a counter) without its scope qualifiers.
template <class Out>
constexpr void unqualify(std::string_view s, Out& out) noexcept {
    char kept[512] = {};
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == ':' && i + 1 < s.size() && s[i + 1] == ':') {
            // Drop the qualifier just written: an identifier, possibly after a (...) or {...}.
            if (n > 0 && (kept[n - 1] == ')' || kept[n - 1] == '}')) {
                int nesting = 0;
                do {
                    const char c = kept[--n];
                    if (c == ')' || c == '}') ++nesting;
                    if (c == '(' || c == '{') --nesting;
                } while (n > 0 && nesting > 0);
            }
            while (n > 0 && identifier_char(kept[n - 1])) --n;
            ++i;
            continue;
        }
        // g++ writes "A<B<C> >", clang "A<B<C>>": keep clang's spelling.
        if (s[i] == ' ' && n > 0 && kept[n - 1] == '>' && i + 1 < s.size() && s[i + 1] == '>')
            continue;
        if (n < sizeof kept) kept[n++] = s[i];
    }
    for (std::size_t i = 0; i < n; ++i) out << kept[i];
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

template <class T>
inline constexpr auto unqualified_name = [] {
    text<unqualified_size<T>()> t;
    unqualify(spelled_type<T>(), t);
    return t;
}();

/// "ctnn::models::VGG16" -> "VGG16"; "a::Fire<b::X>" -> "Fire<X>".
template <class T>
constexpr std::string_view type_name() noexcept {
    return unqualified_name<T>.view();
}

}  // namespace ctnn::detail
