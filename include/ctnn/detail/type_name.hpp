#pragma once
// ctnn/detail/type_name.hpp: the unqualified name of a class type as a constant, from the
// compiler's __PRETTY_FUNCTION__ (g++ and clang++ spell class names the same way; namespaces,
// including g++'s "{anonymous}" and clang's "(anonymous namespace)", are removed).

#include <cstddef>
#include <string_view>

namespace ctnn::detail {

template <class T>
constexpr std::string_view pretty_function() noexcept {
    return __PRETTY_FUNCTION__;
}

/// "ctnn::models::VGG16" -> "VGG16"; "a::B<c::D>" -> "B<c::D>".
constexpr std::string_view strip_scope(std::string_view s) noexcept {
    std::size_t start = 0;
    int nesting = 0;
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        const char ch = s[i];
        if (ch == '<' || ch == '(') ++nesting;
        if (ch == '>' || ch == ')') --nesting;
        if (nesting == 0 && ch == ':' && s[i + 1] == ':') start = i + 2;
    }
    return s.substr(start);
}

template <class T>
constexpr std::string_view type_name() noexcept {
    constexpr std::string_view f = pretty_function<T>();
    // g++: "... [with T = NAME; std::string_view = ...]"; clang: "... [T = NAME]".
    constexpr std::size_t from = f.find("T = ") + 4;
    constexpr std::size_t to = f.find_first_of(";]", from);
    return strip_scope(f.substr(from, to - from));
}

}  // namespace ctnn::detail
