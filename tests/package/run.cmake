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
set(consumer_args -DCMAKE_CXX_COMPILER=${COMPILER})
if(MODE STREQUAL "pkg_config")
  # Install, then compile the consumer with only what `pkg-config --cflags ctnn` gives.
  run(${CMAKE_COMMAND} -S "${SOURCE}" -B "${work}/ctnn-build" -DCMAKE_CXX_COMPILER=${COMPILER}
      -DCTNN_BUILD_TESTS=OFF -DCTNN_BUILD_EXAMPLES=OFF -DCMAKE_INSTALL_PREFIX=${work}/prefix)
  run(${CMAKE_COMMAND} --install "${work}/ctnn-build")
  find_program(PKG_CONFIG pkg-config pkgconf)
  if(NOT PKG_CONFIG)
    message(FATAL_ERROR "pkg-config is not installed")
  endif()
  set(ENV{PKG_CONFIG_PATH} "${work}/prefix/share/pkgconfig")
  run(${PKG_CONFIG} --cflags ctnn)
  separate_arguments(cflags UNIX_COMMAND "${last_output}")
  run(${COMPILER} ${cflags} "${SOURCE}/tests/package/consumer.cpp" -o "${work}/consumer-bin")
  run("${work}/consumer-bin")
  message("consumer printed: ${last_output}")
  return()
endif()
if(MODE STREQUAL "find_package")
  # Configure and install ctnn alone into a temporary prefix, then consume it from there.
  run(${CMAKE_COMMAND} -S "${SOURCE}" -B "${work}/ctnn-build" -DCMAKE_CXX_COMPILER=${COMPILER}
      -DCTNN_BUILD_TESTS=OFF -DCTNN_BUILD_EXAMPLES=OFF)
  run(${CMAKE_COMMAND} --install "${work}/ctnn-build" --prefix "${work}/prefix")
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
message("consumer printed: ${last_output}")
