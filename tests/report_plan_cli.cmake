# cmake -DPROGRAM=<ctnn-report> -P report_plan_cli.cmake
# The options of the arena plan formats: mistakes fail with status 2 and say what was wrong; the
# options change what they should.
function(expect_failure message)
  execute_process(COMMAND "${PROGRAM}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 2 OR NOT err MATCHES "${message}")
    message(FATAL_ERROR "ctnn-report ${ARGN}: status ${rc}, expected 2 and '${message}' in:\n${err}")
  endif()
endfunction()
function(expect_output pattern)
  execute_process(COMMAND "${PROGRAM}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "${pattern}")
    message(FATAL_ERROR "ctnn-report ${ARGN}: status ${rc}, expected '${pattern}' in:\n${out}${err}")
  endif()
endfunction()
expect_failure("unknown --weight-dtype 'int7'" vgg16 --format c-header --weight-dtype int7)
expect_failure("unknown --bias-dtype 'q'" vgg16 --format c-header --bias-dtype q)
expect_failure("--alignment takes a power of two from 1 to 65536, not '12'" vgg16 --format plan --alignment 12)
expect_failure("--alignment takes a power of two" vgg16 --format plan --alignment 0)
expect_failure("--alignment takes a power of two" vgg16 --format plan --alignment big)
# --alignment and --concat-in-place reach the plan; --weight-dtype and --bias-dtype the blob.
expect_output("^LeNet5 arena plan: int8 \\(1 byte per value\\), alignment 64: arena " lenet5 --format plan --dtype int8 --alignment 64)
expect_output("alignment 16, concatenation in place: arena " googlenet --format plan --concat-in-place)
expect_output("weights int8 \\(1 byte\\), biases and statistics int32 \\(4 bytes\\)"
              lenet5 --format c-header --dtype int8 --bias-dtype int32)
expect_output("#define LENET5_BIASES_0_BYTES +24UL" lenet5 --format c-header --dtype int8 --bias-dtype int32)
expect_output("#define LENET5_WEIGHTS_0_BYTES +600UL" lenet5 --format c-header --dtype int8 --weight-dtype float32)
expect_output("#define GOOGLENET_AUX_ARENA_BYTES " googlenet-aux --format c-header)
# Beyond 2^32 every value is UINT64_C(...), with <stdint.h>.
expect_output("#include <stdint.h>.*#define VGG16_ARENA_BYTES +UINT64_C\\(6416105472\\)" vgg16 --format c-header --dtype 999)
message(STATUS "the plan formats' options work, and their mistakes are answered")
