# cmake -DGENERATOR=<script> -DCOMMITTED=<file> -DFRESH=<file> -P docs_current.cmake
# Runs a documentation generator into FRESH and fails unless it equals the COMMITTED file.
execute_process(COMMAND "${GENERATOR}" "${FRESH}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${GENERATOR} failed:\n${err}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${COMMITTED}" "${FRESH}" RESULT_VARIABLE same)
if(NOT same EQUAL 0)
  execute_process(COMMAND diff -u "${COMMITTED}" "${FRESH}" OUTPUT_VARIABLE diff)
  message(FATAL_ERROR "${COMMITTED} is out of date: run ${GENERATOR} and commit the result.\n${diff}")
endif()
message(STATUS "${COMMITTED} is current")
