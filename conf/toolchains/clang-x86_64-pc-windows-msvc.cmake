# Cross-compile hvref's headers, examples and layout probes with clang for
# x86_64-pc-windows-msvc. Compile-only: nothing is linked, so no sysroot is needed and
# -ffreestanding keeps <stdint.h>/<stddef.h> on clang's own copies.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER clang)
set(CMAKE_CXX_COMPILER clang++)
# CMake does not pass CMAKE_<LANG>_COMPILER_TARGET when clang simulates MSVC on
# a Generic system, so the target goes into the flags for every target alike.
# -Wmicrosoft: clang-cl's warnings about relying on a Microsoft extension
# (this target enables -fms-extensions), so the headers need none of them.
set(CMAKE_C_FLAGS_INIT "--target=x86_64-pc-windows-msvc -ffreestanding -Wmicrosoft")
set(CMAKE_CXX_FLAGS_INIT "--target=x86_64-pc-windows-msvc -ffreestanding -Wmicrosoft")
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(HVREF_MATRIX_TARGET "clang-x86_64-pc-windows-msvc" CACHE STRING "")
set(HVREF_MATRIX_RUN OFF CACHE BOOL "")
