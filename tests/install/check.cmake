# Installs hvref into a scratch prefix, then builds a consumer against it
# twice: with find_package(hvref) and with pkg-config.
file(REMOVE_RECURSE ${WORK})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${WORK}/prefix
                COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE}/tests/install/consumer -B ${WORK}/consumer
                        -G Ninja -DCMAKE_PREFIX_PATH=${WORK}/prefix COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK}/consumer COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${WORK}/consumer/consumer COMMAND_ERROR_IS_FATAL ANY)
# pkg-config: the .pc file must give an include path that finds the headers.
set(ENV{PKG_CONFIG_PATH} ${WORK}/prefix/share/pkgconfig)
execute_process(COMMAND pkg-config --cflags hvref OUTPUT_VARIABLE cflags
                OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
separate_arguments(cflags UNIX_COMMAND "${cflags}")
execute_process(COMMAND cc ${cflags} -std=c11 -Wall -Wextra -Wpedantic -Werror
                        ${SOURCE}/tests/install/consumer/consumer.c -o ${WORK}/consumer-pc
                COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${WORK}/consumer-pc COMMAND_ERROR_IS_FATAL ANY)
message(STATUS "find_package(hvref) and pkg-config both build a consumer")
