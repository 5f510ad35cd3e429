# cmake -DPROGRAM=<ctnn-report> -DCOMPILER=<cc> -DWORK=<dir> -P report_plan_c99.cmake
# The C header of ctnn-report (--format c-header) is C99: a program that includes it compiles
# with -std=c99 -Wall -Wextra -Werror -pedantic, checks some of its values at compile time (an
# array of negative size otherwise), and prints the arena, the bound and the buffers, which
# must be what --format plan says.
file(MAKE_DIRECTORY "${WORK}")
function(run_report out)
  execute_process(COMMAND "${PROGRAM}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE text ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ctnn-report ${ARGN}: exit status ${rc}\n${err}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

run_report(header resnet50 --format c-header --dtype int8)
file(WRITE "${WORK}/resnet50_plan.h" "${header}")
run_report(plan resnet50 --format plan --dtype int8)
if(NOT plan MATCHES "arena ([0-9,]+) bytes, lower bound ([0-9,]+) \\(ratio [0-9.]+\\), [a-z ]+, ([0-9]+) buffers")
  message(FATAL_ERROR "ctnn-report resnet50 --format plan: no headline in\n${plan}")
endif()
string(REPLACE "," "" arena "${CMAKE_MATCH_1}")
string(REPLACE "," "" bound "${CMAKE_MATCH_2}")
set(buffers "${CMAKE_MATCH_3}")

file(WRITE "${WORK}/main.c" [=[
/* Written by tests/report_plan_c99.cmake: ctnn-report's C header in a C99 program. */
#include <stdio.h>

#include "resnet50_plan.h"

/* Checked by the compiler: an array of negative size is an error. */
typedef char arena_holds_the_bound[RESNET50_ARENA_BYTES >= RESNET50_ARENA_LOWER_BOUND ? 1 : -1];
typedef char input_is_aligned[RESNET50_LAYER_0_OUTPUT_OFFSET % RESNET50_ARENA_ALIGNMENT == 0 ? 1 : -1];
typedef char output_fits[RESNET50_LAYER_11_OUTPUT_OFFSET + RESNET50_LAYER_11_OUTPUT_BYTES <= RESNET50_ARENA_BYTES ? 1 : -1];
typedef char weights_follow[RESNET50_WEIGHTS_1_OFFSET >= RESNET50_WEIGHTS_0_OFFSET + RESNET50_WEIGHTS_0_BYTES ? 1 : -1];

/* An arena and a weight blob of the sizes the header gives, as firmware declares them. */
static unsigned char arena[RESNET50_ARENA_BYTES];

int main(void) {
    unsigned char* input = arena + RESNET50_LAYER_0_OUTPUT_OFFSET;
    input[0] = 1;
    printf("arena %lu bound %lu buffers %lu blob %lu\n", (unsigned long)RESNET50_ARENA_BYTES,
           (unsigned long)RESNET50_ARENA_LOWER_BOUND, (unsigned long)RESNET50_BUFFER_COUNT,
           (unsigned long)RESNET50_WEIGHT_BLOB_BYTES);
    return 0;
}
]=])
execute_process(COMMAND "${COMPILER}" -std=c99 -Wall -Wextra -Werror -pedantic -o "${WORK}/plan_c99" "${WORK}/main.c"
                WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${COMPILER} -std=c99 -Wall -Wextra -Werror -pedantic rejects the C header:\n${out}${err}")
endif()
execute_process(COMMAND "${WORK}/plan_c99" RESULT_VARIABLE rc OUTPUT_VARIABLE printed)
if(NOT rc EQUAL 0 OR NOT printed MATCHES "^arena ${arena} bound ${bound} buffers ${buffers} blob [1-9][0-9]*\n$")
  message(FATAL_ERROR "the C header says\n  ${printed}--format plan says arena ${arena} bound ${bound} buffers ${buffers}")
endif()
message(STATUS "the C header compiles as C99 and says what --format plan says: ${printed}")
