// The one translation unit with doctest's main (its implementation costs ~1.3 s to compile).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
