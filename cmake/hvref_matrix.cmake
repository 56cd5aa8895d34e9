# The compile matrix for one compiler and target: every public header alone,
# every example, the layout probe and the example seams, each compiled as
# C11, C17, C2x, C++11, C++17 and C++20 with warnings as errors; the examples
# and the guest seams (C) also with the strict set drivers use; and an EDK II
# style unit with no C library at all. One build tree per target shares all
# of it (see conf/toolchains/ and tests/).

set(HVREF_C_STANDARDS c11 c17 c2x)
set(HVREF_CXX_STANDARDS c++11 c++17 c++20)
set(HVREF_C_WARNINGS -Wall -Wextra -Wpedantic -Werror)
# -Wpedantic for C++ too: ISO C++ has no anonymous structures, which every
# register layout uses; the headers mark each one HVREF_EXTENSION
# (__extension__), so GCC and Clang accept them quietly.
set(HVREF_CXX_WARNINGS -Wall -Wextra -Wpedantic -Werror)
# What driver code commonly adds (README, "Using the headers"): an example
# copied into such a driver must build as it stands. C only: the prototype
# warnings do not exist in C++.
set(HVREF_C_STRICT_WARNINGS -Wconversion -Wsign-conversion -Wshadow -Wundef -Wcast-align
    -Wstrict-prototypes -Wmissing-prototypes)

# Generated sources: one translation unit per header, the layout probe and
# the catalogue table the recording seam checks calls against.
function(hvref_generate_sources out_var)
  set(gen ${CMAKE_CURRENT_BINARY_DIR}/generated)
  set(sources)
  foreach(header IN LISTS HVREF_PUBLIC_HEADERS)
    get_filename_component(stem ${header} NAME_WE)
    set(tu ${gen}/header_${stem}.c)
    # Included twice to prove the include guard; the typedef keeps the unit
    # non-empty, which ISO C requires.
    file(CONFIGURE OUTPUT ${tu} CONTENT
"/* Generated: compiles <hvref/${stem}.h> on its own. */
#include <hvref/${stem}.h>
#include <hvref/${stem}.h>
typedef int hvref_header_probe_${stem};
")
    list(APPEND sources ${tu})
  endforeach()
  add_custom_command(
    OUTPUT ${gen}/layout_probe.c ${gen}/catalogue_calls.c
    COMMAND ${Python3_EXECUTABLE} ${HVREF_TOOLS}/gen_probes.py
            --root ${PROJECT_SOURCE_DIR} --out ${gen}
    # The headers too: gen_probes reads member types from them.
    DEPENDS ${HVREF_TOOLS}/gen_probes.py ${PROJECT_SOURCE_DIR}/references/catalogue.py
            ${HVREF_CATALOGUE_TABLES} ${HVREF_PUBLIC_HEADERS}
    COMMENT "Generating the layout probe and the catalogue call table"
    VERBATIM)
  set(${out_var} ${sources} PARENT_SCOPE)
endfunction()

# Wraps a C file so that it is compiled as C++ (CMake gives a source file one
# language per directory, and the examples must build as both).
function(hvref_cxx_wrapper c_file out_var)
  file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR} ${c_file})
  string(MAKE_C_IDENTIFIER ${rel} id)
  set(wrapper ${CMAKE_CURRENT_BINARY_DIR}/generated/cxx/${id}.cpp)
  file(CONFIGURE OUTPUT ${wrapper} CONTENT "#include \"${c_file}\"\n")
  # The wrapped file may be generated: build it before the wrapper.
  set_source_files_properties(${wrapper} PROPERTIES OBJECT_DEPENDS ${c_file})
  set(${out_var} ${wrapper} PARENT_SCOPE)
endfunction()

function(hvref_add_matrix name run)
  hvref_generate_sources(header_tus)
  set(gen ${CMAKE_CURRENT_BINARY_DIR}/generated)
  set(seams ${HVREF_EXAMPLE_SUPPORT}/hvref_example_x64.c
            ${HVREF_EXAMPLE_SUPPORT}/hvref_example_arm64.c)
  set(c_sources ${header_tus} ${HVREF_EXAMPLES} ${gen}/layout_probe.c ${seams})
  # The recording seam and the catalogue table use the C library, which
  # the cross targets (compiled freestanding, without a sysroot) do not have.
  if(run)
    list(APPEND c_sources ${HVREF_EXAMPLE_SUPPORT}/hvref_example_record.c ${gen}/catalogue_calls.c)
  endif()
  # Examples and the guest seams are what users copy: the strict set on top
  # of each C build of them (matrix and runners alike). The recording seam
  # and the generated units are the test suite's own and are left out.
  set_source_files_properties(${HVREF_EXAMPLES} ${seams} PROPERTIES
                              COMPILE_OPTIONS "${HVREF_C_STRICT_WARNINGS}")
  set(cxx_sources)
  foreach(src IN LISTS c_sources)
    hvref_cxx_wrapper(${src} wrapper)
    list(APPEND cxx_sources ${wrapper})
  endforeach()

  foreach(std IN LISTS HVREF_C_STANDARDS HVREF_CXX_STANDARDS)
    string(MAKE_C_IDENTIFIER ${std} id)
    if(std MATCHES "\\+\\+")
      set(srcs ${cxx_sources})
      set(flags -std=${std} ${HVREF_CXX_WARNINGS})
    else()
      set(srcs ${c_sources})
      set(flags -std=${std} ${HVREF_C_WARNINGS})
    endif()
    add_library(matrix_${id} OBJECT ${srcs})
    target_compile_options(matrix_${id} PRIVATE ${flags})
    # The layout probe is compiled without running: its static assertions
    # are the test on cross targets.
    target_compile_definitions(matrix_${id} PRIVATE HVREF_PROBE_NO_MAIN)
    target_include_directories(matrix_${id} PRIVATE ${HVREF_EXAMPLE_SUPPORT})
    target_link_libraries(matrix_${id} PRIVATE hvref::headers)
  endforeach()

  # The ARM64 seam twice: the objects above build its default, SMCCC (HVC #0
  # with the function identifier in X0), and these its legacy HVC #1
  # convention (HVREF_EXAMPLE_ARM64_HVC1), in every standard. Both compile to
  # code on the aarch64 targets; elsewhere the seam is an empty unit.
  hvref_cxx_wrapper(${HVREF_EXAMPLE_SUPPORT}/hvref_example_arm64.c arm64_seam_cxx)
  foreach(std IN LISTS HVREF_C_STANDARDS HVREF_CXX_STANDARDS)
    string(MAKE_C_IDENTIFIER ${std} id)
    if(std MATCHES "\\+\\+")
      set(srcs ${arm64_seam_cxx})
      set(flags -std=${std} ${HVREF_CXX_WARNINGS})
    else()
      set(srcs ${HVREF_EXAMPLE_SUPPORT}/hvref_example_arm64.c)
      set(flags -std=${std} ${HVREF_C_WARNINGS})
    endif()
    add_library(matrix_arm64_hvc1_${id} OBJECT ${srcs})
    target_compile_options(matrix_arm64_hvc1_${id} PRIVATE ${flags})
    target_compile_definitions(matrix_arm64_hvc1_${id} PRIVATE HVREF_EXAMPLE_ARM64_HVC1)
    target_include_directories(matrix_arm64_hvc1_${id} PRIVATE ${HVREF_EXAMPLE_SUPPORT})
    target_link_libraries(matrix_arm64_hvc1_${id} PRIVATE hvref::headers)
  endforeach()

  # An EDK II (UEFI) style unit: its own UINT8...INT64 and BOOLEAN,
  # HVREF_SCALAR_TYPES_DEFINED, and no C library: -nostdinc drops even the
  # compiler's own headers, so nothing but hvref is on the include path.
  foreach(std IN LISTS HVREF_C_STANDARDS)
    string(MAKE_C_IDENTIFIER ${std} id)
    add_library(matrix_nolibc_${id} OBJECT ${PROJECT_SOURCE_DIR}/tests/freestanding/edk2_unit.c)
    target_compile_options(matrix_nolibc_${id} PRIVATE -std=${std} -ffreestanding -nostdinc
                           ${HVREF_C_WARNINGS} ${HVREF_C_STRICT_WARNINGS})
    target_include_directories(matrix_nolibc_${id} PRIVATE ${PROJECT_SOURCE_DIR}/include)
  endforeach()

  if(run)
    hvref_add_runners(${name})
  endif()
endfunction()

# Runnable programs for hosts that can execute what they build: each example
# against the recording seam, and the layout probe (which also checks
# bit-field positions, something only a running program can see).
function(hvref_add_runners name)
  set(gen ${CMAKE_CURRENT_BINARY_DIR}/generated)
  add_library(hvref_record STATIC ${HVREF_EXAMPLE_SUPPORT}/hvref_example_record.c
                                  ${gen}/catalogue_calls.c)
  target_compile_options(hvref_record PRIVATE -std=c17 ${HVREF_C_WARNINGS})
  target_include_directories(hvref_record PUBLIC ${HVREF_EXAMPLE_SUPPORT})
  target_link_libraries(hvref_record PUBLIC hvref::headers)

  add_executable(layout_probe ${gen}/layout_probe.c)
  target_compile_options(layout_probe PRIVATE -std=c17 ${HVREF_C_WARNINGS})
  target_link_libraries(layout_probe PRIVATE hvref::headers)

  set(runners)
  foreach(example IN LISTS HVREF_EXAMPLES)
    file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR}/examples ${example})
    string(REGEX REPLACE "\\.c$" "" rel ${rel})
    string(MAKE_C_IDENTIFIER ${rel} id)
    # Tells the recording seam which example it runs in and where that
    # example's expected transcript would be (examples/<area>/<name>.expected,
    # compared at exit when it exists).
    set(identity ${gen}/examples/${id}.c)
    file(CONFIGURE OUTPUT ${identity} @ONLY CONTENT [=[
/* Generated by cmake/hvref_matrix.cmake: the example this program runs. */
#include "hvref_catalogue_calls.h"
const char hvref_record_example[] = "@rel@";
const char hvref_record_transcript[] = "@PROJECT_SOURCE_DIR@/examples/@rel@.expected";
]=])
    add_executable(example_${id} ${example} ${identity})
    target_compile_options(example_${id} PRIVATE -std=c17 ${HVREF_C_WARNINGS})
    target_link_libraries(example_${id} PRIVATE hvref_record)
    list(APPEND runners "example_${id}=${rel}")
  endforeach()
  # The list of runnable programs, for the test driver of this build.
  string(REPLACE ";" "\n" runners "${runners}")
  file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/runners.txt CONTENT "${runners}\n")
endfunction()
