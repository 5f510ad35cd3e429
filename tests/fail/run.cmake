# cmake -DCOMPILER=<c++> -DSOURCE=<file> -DINCLUDES=<dirs> [-DEXPECT=<regexes>] [-DTWIN=ON]
#       -P run.cmake
# Without TWIN: the file must fail to compile, and every regex in EXPECT must match the
# compiler's output (which is printed, for CTest's PASS_REGULAR_EXPRESSION).
# With TWIN: the file compiled with -DCTNN_TWIN (the corrected network) must compile.
set(flags -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror)
foreach(dir IN LISTS INCLUDES)
  list(APPEND flags "-I${dir}")
endforeach()
if(TWIN)
  list(APPEND flags -DCTNN_TWIN)
endif()
execute_process(COMMAND "${COMPILER}" ${flags} "${SOURCE}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(TWIN)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the twin of ${SOURCE} does not compile:\n${out}${err}")
  endif()
  return()
endif()
if(rc EQUAL 0)
  message("ctnn-fail-test: compiled, but it must not")
  return()
endif()
message("${err}")
foreach(expectation IN LISTS EXPECT)
  if(NOT err MATCHES "${expectation}")
    message("ctnn-fail-test: missing expected text: ${expectation}")
  endif()
endforeach()
