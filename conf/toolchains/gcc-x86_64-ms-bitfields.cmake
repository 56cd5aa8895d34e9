# Builds and runs hvref's matrix with gcc using Microsoft's bit-field layout
# rules (-mms-bitfields), so that the layout probe's run-time bit-field checks
# see what MSVC would do with the same unions.
set(CMAKE_C_COMPILER gcc)
set(CMAKE_CXX_COMPILER g++)
set(CMAKE_C_FLAGS_INIT "-mms-bitfields")
set(CMAKE_CXX_FLAGS_INIT "-mms-bitfields")
set(HVREF_MATRIX_TARGET "gcc-x86_64-ms-bitfields" CACHE STRING "")
set(HVREF_MATRIX_RUN ON CACHE BOOL "")
