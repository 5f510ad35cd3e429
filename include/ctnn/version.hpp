#pragma once
// ctnn/version.hpp: the single source of ctnn's version; CMakeLists.txt reads the three numbers
// from this file, and the string below is made from them.

#define CTNN_VERSION_MAJOR 0
#define CTNN_VERSION_MINOR 1
#define CTNN_VERSION_PATCH 0

#define CTNN_DETAIL_STRINGIZE2(x) #x
#define CTNN_DETAIL_STRINGIZE(x) CTNN_DETAIL_STRINGIZE2(x)
/// "0.1.0"
#define CTNN_VERSION_STRING                                                                   \
    CTNN_DETAIL_STRINGIZE(CTNN_VERSION_MAJOR)                                                 \
    "." CTNN_DETAIL_STRINGIZE(CTNN_VERSION_MINOR) "." CTNN_DETAIL_STRINGIZE(CTNN_VERSION_PATCH)

namespace ctnn {
/// The version as "major.minor.patch".
inline constexpr const char* version_string = CTNN_VERSION_STRING;
inline constexpr int version_major = CTNN_VERSION_MAJOR;
inline constexpr int version_minor = CTNN_VERSION_MINOR;
inline constexpr int version_patch = CTNN_VERSION_PATCH;
}  // namespace ctnn
