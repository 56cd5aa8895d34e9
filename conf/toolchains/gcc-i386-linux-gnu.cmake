# Builds and runs hvref's matrix with gcc for 32-bit x86 (needs gcc-multilib
# and g++-multilib), where 64-bit integers are 4-byte aligned inside
# structures: the layout probe proves no TLFS layout depends on that.
set(CMAKE_C_COMPILER gcc)
set(CMAKE_CXX_COMPILER g++)
set(CMAKE_C_FLAGS_INIT "-m32")
set(CMAKE_CXX_FLAGS_INIT "-m32")
set(HVREF_MATRIX_TARGET "gcc-i386-linux-gnu" CACHE STRING "")
set(HVREF_MATRIX_RUN ON CACHE BOOL "")
