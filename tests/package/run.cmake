# cmake -DMODE=find_package|add_subdirectory|fetch_content|pkg_config -DSOURCE=<ctnn> -DBINARY=<work dir>
#       -DCOMPILER=<c++> -P run.cmake
# Builds and runs a consumer project of ctnn, the way a user would.
set(work "${BINARY}/package-${MODE}")
file(REMOVE_RECURSE "${work}")
function(run)
  execute_process(COMMAND ${ARGV} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed: ${ARGV}\n${out}${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()
# The documented install (docs/howto-cmake.md, "Installed, then found with find_package"),
# command for command: configure ctnn alone WITHOUT an install prefix, then install it with
# `cmake --install <build> --prefix <dir>`. Whatever ctnn installs must therefore locate itself
# from where it lands, not from the prefix known at configure time (/usr/local).
function(install_ctnn prefix)
  run(${CMAKE_COMMAND} -S "${SOURCE}" -B "${work}/ctnn-build"
      -DCTNN_BUILD_TESTS=OFF -DCTNN_BUILD_EXAMPLES=OFF)
  run(${CMAKE_COMMAND} --install "${work}/ctnn-build" --prefix "${prefix}")
endfunction()
# `pkg-config --cflags ctnn` with PKG_CONFIG_PATH=<prefix>/share/pkgconfig, as documented; fails
# unless its include directory is <prefix>/include. Sets `cflags`.
function(pkg_config_cflags prefix)
  set(ENV{PKG_CONFIG_PATH} "${prefix}/share/pkgconfig")
  run(${PKG_CONFIG} --cflags ctnn)
  string(STRIP "${last_output}" printed)
  separate_arguments(flags UNIX_COMMAND "${printed}")
  set(include_dirs)
  foreach(flag IN LISTS flags)
    if(flag MATCHES "^-I(.+)$")
      file(REAL_PATH "${CMAKE_MATCH_1}" dir)
      list(APPEND include_dirs "${dir}")
    endif()
  endforeach()
  file(REAL_PATH "${prefix}/include" expected)
  if(NOT include_dirs STREQUAL expected)
    message(FATAL_ERROR "pkg-config --cflags ctnn gave '${printed}': its include directory "
                        "is '${include_dirs}', not the installed '${expected}'")
  endif()
  set(cflags "${flags}" PARENT_SCOPE)
endfunction()
set(consumer_args -DCMAKE_CXX_COMPILER=${COMPILER})
if(MODE STREQUAL "pkg_config")
  # Install as documented, then compile the consumer with only what `pkg-config --cflags ctnn`
  # gives (docs/howto-cmake.md, "Without CMake: pkg-config").
  find_program(PKG_CONFIG NAMES pkg-config pkgconf)
  if(NOT PKG_CONFIG)
    message(FATAL_ERROR "pkg-config is not installed")
  endif()
  install_ctnn("${work}/prefix")
  pkg_config_cflags("${work}/prefix")
  run(${COMPILER} ${cflags} "${SOURCE}/tests/package/consumer.cpp" -o "${work}/consumer-bin")
  run("${work}/consumer-bin")
  set(printed "${last_output}")
  # The installed tree moved elsewhere still gives the right flags.
  file(RENAME "${work}/prefix" "${work}/moved-prefix")
  pkg_config_cflags("${work}/moved-prefix")
  message("consumer printed: ${printed}")
  return()
endif()
if(MODE STREQUAL "find_package")
  # Install as documented, then consume it from that prefix.
  install_ctnn("${work}/prefix")
  list(APPEND consumer_args -DCMAKE_PREFIX_PATH=${work}/prefix)
elseif(MODE STREQUAL "fetch_content")
  # An archive of what a release holds (no tests or examples are needed to consume ctnn),
  # fetched from a local path: no network.
  file(MAKE_DIRECTORY "${work}")
  execute_process(COMMAND ${CMAKE_COMMAND} -E tar cfz "${work}/ctnn-src.tar.gz"
                          CMakeLists.txt LICENSE cmake include
                  WORKING_DIRECTORY "${SOURCE}" RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not archive ${SOURCE}: ${err}")
  endif()
  list(APPEND consumer_args -DCTNN_ARCHIVE=${work}/ctnn-src.tar.gz)
else()
  list(APPEND consumer_args -DCTNN_SOURCE_DIR=${SOURCE})
endif()
run(${CMAKE_COMMAND} -S "${SOURCE}/tests/package/${MODE}" -B "${work}/consumer" ${consumer_args})
run(${CMAKE_COMMAND} --build "${work}/consumer")
run("${work}/consumer/consumer")
set(printed "${last_output}")
# The cli component, where it was installed (ctnn found CLI11): report_main in a program of the
# consumer's, found with find_package(ctnn COMPONENTS cli).
if(MODE STREQUAL "find_package" AND EXISTS "${work}/prefix/share/cmake/ctnn/ctnnCliTargets.cmake")
  run(${CMAKE_COMMAND} -S "${SOURCE}/tests/package/find_package_cli" -B "${work}/cli-consumer"
      ${consumer_args})
  run(${CMAKE_COMMAND} --build "${work}/cli-consumer")
  run("${work}/cli-consumer/cli_consumer" tiny --format csv --depth 0 --columns params)
  if(NOT last_output MATCHES "1,0,layer,\"Conv 5x5/1, 8\",28x28x1,208")
    message(FATAL_ERROR "the cli consumer printed:\n${last_output}")
  endif()
  message("the cli component's consumer printed its report")
endif()
message("consumer printed: ${printed}")
