# cmake -DMODE=find_package|add_subdirectory -DSOURCE=<ctnn> -DBINARY=<work dir>
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
if(MODE STREQUAL "find_package")
  # Configure and install ctnn alone into a temporary prefix, then consume it from there.
  run(${CMAKE_COMMAND} -S "${SOURCE}" -B "${work}/ctnn-build" -DCMAKE_CXX_COMPILER=${COMPILER}
      -DCTNN_BUILD_TESTS=OFF -DCTNN_BUILD_EXAMPLES=OFF)
  run(${CMAKE_COMMAND} --install "${work}/ctnn-build" --prefix "${work}/prefix")
  list(APPEND consumer_args -DCMAKE_PREFIX_PATH=${work}/prefix)
else()
  list(APPEND consumer_args -DCTNN_SOURCE_DIR=${SOURCE})
endif()
run(${CMAKE_COMMAND} -S "${SOURCE}/tests/package/${MODE}" -B "${work}/consumer" ${consumer_args})
run(${CMAKE_COMMAND} --build "${work}/consumer")
run("${work}/consumer/consumer")
message("consumer printed: ${last_output}")
