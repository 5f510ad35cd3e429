# cmake -DCXX=<arm-none-eabi-g++> -DOBJDUMP=<arm-none-eabi-objdump> -DSIZE=<arm-none-eabi-size>
#       -DSOURCE=<examples/firmware/main.cpp> -DINCLUDE=<ctnn's include/> -DHOST=<arena_bytes>
#       -DWORK=<scratch directory> [-DMUTATION=size|initialized] -P run.cmake
#
# Builds and links the firmware example for a Cortex-M4 (hard float, newlib-nano, no
# exceptions, no RTTI; warnings as errors), and a baseline program (an empty main) with the same
# flags, then checks, failing with a "ctnn-firmware-test:" line otherwise:
#   1. the ELF is for the ARMv7E-M architecture (the Cortex-M4's);
#   2. nothing outside ctnn's headers and the cross toolchain's was included: no Boost, no host
#      header from /usr/include (Debian's newlib headers are in /usr/include/newlib), no <iostream>,
#      no ctnn/report;
#   3. the symbol `arena` is in .bss (arm-none-eabi-objdump -t), and its size is the first
#      number the host program HOST prints, arena_bytes<DsCnnSmall, std::int8_t>;
#   4. .bss (arm-none-eabi-size -A) is the baseline's .bss plus the arena plus at most 15 bytes,
#      the padding that alignas(16) may need: the toolchain's own .bss (newlib's and crt's) is
#      measured, not assumed;
#   5. the symbol `weights` is in .rodata (flash) with the second number HOST prints, the weight
#      blob's bytes, and .rodata is the baseline's plus the blob plus at most 15 bytes of
#      alignment and the few bytes of constants main itself needs (at most 64).
# Prints arm-none-eabi-size's output and the breakdown of .bss.
#
# MUTATION builds a copy of SOURCE with one mistake, for the self-checks that must see this
# script fail: "size" declares the arena one byte larger than ctnn's count, "initialized" gives
# it an initializer (which moves it to .data, and its 16 KB into flash).
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(flags -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16 -std=c++20 -O2
          -fno-exceptions -fno-rtti --specs=nano.specs --specs=nosys.specs
          -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror)

# A failure: one unwrapped line (its arguments joined) for CTest's regular expressions, then a
# non-zero exit.
function(fail)
  string(JOIN "" text ${ARGV})
  message("ctnn-firmware-test: ${text}")
  message(FATAL_ERROR "the firmware check failed")
endfunction()

get_filename_component(source_dir "${SOURCE}" DIRECTORY)
if(DEFINED MUTATION)
  file(READ "${SOURCE}" text)
  set(declaration "(static std::byte arena\\[[^;]*)\\];")
  if(MUTATION STREQUAL "size")
    string(REGEX REPLACE "${declaration}" "\\1 + 1];" mutated "${text}")
  elseif(MUTATION STREQUAL "initialized")
    string(REGEX REPLACE "${declaration}" "\\1] = {std::byte{1}};" mutated "${text}")
  else()
    fail("unknown MUTATION ${MUTATION}")
  endif()
  if(mutated STREQUAL text)
    fail("the mutation ${MUTATION} found no arena declaration in ${SOURCE}")
  endif()
  set(SOURCE "${WORK}/main.cpp")
  file(WRITE "${SOURCE}" "${mutated}")
endif()

# Compiles and links SRC into ELF with the flags; on failure, says which Debian package the
# error usually means is missing.
function(link_for_cortex_m4 src elf)
  execute_process(COMMAND "${CXX}" ${flags} ${ARGN} "${src}" -o "${elf}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    set(hint "")
    if(err MATCHES "nano\\.specs")
      set(hint "\n(nano.specs: Debian's libnewlib-arm-none-eabi)")
    elseif(err MATCHES "stdc\\+\\+_nano")
      set(hint "\n(libstdc++_nano: Debian's libstdc++-arm-none-eabi-newlib)")
    elseif(err MATCHES "(array|cstddef|cstdint|concepts|string_view): No such file")
      set(hint "\n(C++ headers: Debian's libstdc++-arm-none-eabi-dev)")
    endif()
    message("${out}${err}${hint}")
    fail("${src} does not build for the Cortex-M4")
  endif()
endfunction()

list(JOIN flags " " shown)
message(STATUS "${CXX} ${shown} -I${INCLUDE} ${SOURCE} -o ${WORK}/firmware.elf")
link_for_cortex_m4("${SOURCE}" "${WORK}/firmware.elf" "-I${INCLUDE}" "-I${source_dir}"
                   -MD -MF "${WORK}/firmware.d")
file(WRITE "${WORK}/baseline.cpp" "int main() { return 0; }\n")
link_for_cortex_m4("${WORK}/baseline.cpp" "${WORK}/baseline.elf")

# 1. The architecture.
execute_process(COMMAND "${OBJDUMP}" -f "${WORK}/firmware.elf"
  OUTPUT_VARIABLE header RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT header MATCHES "architecture: armv7e-m")
  fail("not an ARMv7E-M (Cortex-M4) ELF:\n${header}")
endif()

# 2. The headers the firmware was compiled with.
file(READ "${WORK}/firmware.d" deps)
string(REPLACE "\\\n" " " deps "${deps}")
string(REGEX REPLACE "[ \t\n]+" ";" deps "${deps}")
foreach(dep IN LISTS deps)
  if(dep MATCHES "/boost/" OR dep MATCHES "/iostream$" OR dep MATCHES "/ctnn/report"
     OR (dep MATCHES "^/usr/include/" AND NOT dep MATCHES "^/usr/include/newlib/"))
    fail("the firmware includes ${dep}")
  endif()
endforeach()

# 3. The arena symbol: its section and size.
execute_process(COMMAND "${OBJDUMP}" -t -C "${WORK}/firmware.elf"
  OUTPUT_VARIABLE symbols RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  fail("${OBJDUMP} -t failed")
endif()
# A line of objdump -t: address, flags, section, tab, size, name. Sets <name>_section, <name>_bytes.
function(read_symbol name)
  string(REGEX MATCHALL "[^\n]*[ \t]${name}\n" lines "${symbols}\n")
  list(LENGTH lines n)
  if(NOT n EQUAL 1)
    fail("${n} symbols named ${name} in the ELF:\n${lines}")
  endif()
  if(NOT lines MATCHES " ([^ \t]+)\t([0-9a-fA-F]+) ${name}\n")
    fail("cannot read the symbol ${name}: ${lines}")
  endif()
  set(${name}_section "${CMAKE_MATCH_1}" PARENT_SCOPE)
  math(EXPR bytes "0x${CMAKE_MATCH_2}")
  set(${name}_bytes "${bytes}" PARENT_SCOPE)
endfunction()
read_symbol(arena)
read_symbol(weights)
if(NOT arena_section STREQUAL ".bss")
  fail("the arena is in ${arena_section}, not in .bss")
endif()

execute_process(COMMAND "${HOST}" OUTPUT_VARIABLE host_out RESULT_VARIABLE rc)
string(STRIP "${host_out}" host_out)
if(NOT rc EQUAL 0 OR NOT host_out MATCHES "^([0-9]+)\n([0-9]+)$")
  fail("${HOST} did not print the arena's and the weight blob's sizes: ${host_out}")
endif()
set(host_arena "${CMAKE_MATCH_1}")
set(host_blob "${CMAKE_MATCH_2}")

if(NOT arena_bytes EQUAL host_arena)
  fail("the arena has ${arena_bytes} bytes in the ELF, ctnn computes ${host_arena}")
endif()

# 4. .bss as a whole, against the baseline program's.
# The size of section `name` of an ELF, from arm-none-eabi-size -A.
function(section_of elf name out)
  execute_process(COMMAND "${SIZE}" -A "${elf}" OUTPUT_VARIABLE sections RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR NOT sections MATCHES "\n\\${name} +([0-9]+) ")
    fail("no ${name} in ${SIZE} -A ${elf}:\n${sections}")
  endif()
  set(${out} ${CMAKE_MATCH_1} PARENT_SCOPE)
endfunction()
section_of("${WORK}/firmware.elf" .bss bss)
section_of("${WORK}/baseline.elf" .bss baseline_bss)
math(EXPR padding "${bss} - ${baseline_bss} - ${arena_bytes}")
if(padding LESS 0 OR padding GREATER 15)
  fail(".bss is ${bss} bytes: the baseline's ${baseline_bss} plus the arena's ${arena_bytes} "
       "plus ${padding}, not 0 to 15 bytes of alignment")
endif()

# 5. The weight blob: in flash, with ctnn's size.
if(NOT weights_section STREQUAL ".rodata")
  fail("the weight blob is in ${weights_section}, not in .rodata")
endif()
if(NOT weights_bytes EQUAL host_blob)
  fail("the weight blob has ${weights_bytes} bytes in the ELF, ctnn computes ${host_blob}")
endif()
section_of("${WORK}/firmware.elf" .rodata rodata)
section_of("${WORK}/baseline.elf" .rodata baseline_rodata)
math(EXPR rodata_rest "${rodata} - ${baseline_rodata} - ${weights_bytes}")
if(rodata_rest LESS 0 OR rodata_rest GREATER 79)
  fail(".rodata is ${rodata} bytes: the baseline's ${baseline_rodata} plus the blob's ${weights_bytes} "
       "plus ${rodata_rest}, not 0 to 15 bytes of alignment and 64 of main's constants")
endif()

execute_process(COMMAND "${SIZE}" "${WORK}/firmware.elf" OUTPUT_VARIABLE berkeley)
message("${berkeley}")
message("ctnn-firmware-test: passed: arena ${arena_bytes} bytes in .bss (host: ${host_arena}); "
        ".bss ${bss} = arena ${arena_bytes} + the toolchain's own ${baseline_bss} "
        "(an empty main's .bss) + ${padding} bytes of alignment; weight blob ${weights_bytes} bytes "
        "in .rodata (host: ${host_blob}); .rodata ${rodata} = blob + the baseline's ${baseline_rodata} + ${rodata_rest}")
