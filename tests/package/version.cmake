# cmake -DMANIFEST=<vcpkg.json> -DVERSION=<the project's version> -P version.cmake
# The version has one source, include/ctnn/version.hpp (CMake reads it); vcpkg.json must agree.
file(READ "${MANIFEST}" manifest)
string(JSON manifest_version GET "${manifest}" version)
if(NOT manifest_version STREQUAL VERSION)
  message(FATAL_ERROR "vcpkg.json says ${manifest_version}, include/ctnn/version.hpp says ${VERSION}")
endif()
message(STATUS "vcpkg.json and version.hpp agree: ${VERSION}")
