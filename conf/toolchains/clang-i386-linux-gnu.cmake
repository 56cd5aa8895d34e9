# Cross-compile hvref's headers, examples and layout probes with clang for
# i386-linux-gnu. Compile-only: nothing is linked, so no sysroot is needed and
# -ffreestanding keeps <stdint.h>/<stddef.h> on clang's own copies.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR i386)
set(CMAKE_C_COMPILER clang)
set(CMAKE_CXX_COMPILER clang++)
# CMake does not pass CMAKE_<LANG>_COMPILER_TARGET when clang simulates MSVC on
# a Generic system, so the target goes into the flags for every target alike.
set(CMAKE_C_FLAGS_INIT "--target=i386-linux-gnu -ffreestanding")
set(CMAKE_CXX_FLAGS_INIT "--target=i386-linux-gnu -ffreestanding")
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(HVREF_MATRIX_TARGET "clang-i386-linux-gnu" CACHE STRING "")
set(HVREF_MATRIX_RUN OFF CACHE BOOL "")
