# refusal.cmake: runs ctnn-import on a file it must refuse, and checks how it refuses:
# a non-zero exit status, nothing on standard output, no file written (-o), and the message on
# standard error (printed here, for the test's PASS_REGULAR_EXPRESSION).
#   cmake -DTOOL=ctnn-import -DMODEL=file.onnx -DOUTPUT=where.hpp [-DARGS=...] -P refusal.cmake
file(REMOVE "${OUTPUT}")
execute_process(COMMAND "${TOOL}" "${MODEL}" --name Refused -o "${OUTPUT}" ${ARGS}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${err}")
if(status EQUAL 0)
  message(FATAL_ERROR "ctnn-import-refusal-broken: exit status 0")
endif()
if(NOT out STREQUAL "")
  message(FATAL_ERROR "ctnn-import-refusal-broken: it printed on standard output: ${out}")
endif()
if(EXISTS "${OUTPUT}" OR EXISTS "${OUTPUT}.ctnn-import-partial")
  message(FATAL_ERROR "ctnn-import-refusal-broken: it wrote ${OUTPUT}")
endif()
# Without -o as well: nothing on standard output.
execute_process(COMMAND "${TOOL}" "${MODEL}" --name Refused ${ARGS}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err2)
if(status EQUAL 0 OR NOT out STREQUAL "" OR NOT err2 STREQUAL err)
  message(FATAL_ERROR "ctnn-import-refusal-broken: to standard output, it printed '${out}' (status ${status})")
endif()
