# cmake -DPROGRAM=<exe> -DEXPECTED=<file> [-DARGS=a;b] -P compare_output.cmake
# Runs PROGRAM and fails unless its standard output equals the committed EXPECTED file.
# To refresh an expected file after an intended change, run the program and commit its output.
execute_process(COMMAND "${PROGRAM}" ${ARGS}
  OUTPUT_VARIABLE actual ERROR_VARIABLE errors RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}\n${errors}")
endif()
file(READ "${EXPECTED}" expected)
if(NOT actual STREQUAL expected)
  get_filename_component(name "${EXPECTED}" NAME)
  set(actual_file "${CMAKE_CURRENT_BINARY_DIR}/actual-${name}")
  file(WRITE "${actual_file}" "${actual}")
  execute_process(COMMAND diff -u "${EXPECTED}" "${actual_file}" OUTPUT_VARIABLE diff)
  message(FATAL_ERROR "output differs from ${EXPECTED} (actual in ${actual_file}):\n${diff}")
endif()
message(STATUS "output matches ${EXPECTED}")
