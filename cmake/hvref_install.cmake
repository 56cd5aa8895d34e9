# Installs the headers with a CMake package (find_package(hvref) gives
# hvref::headers) and a pkg-config file (pkg-config --cflags hvref).
include(CMakePackageConfigHelpers)

install(TARGETS hvref_headers EXPORT hvrefTargets)
install(DIRECTORY include/hvref DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.h")

set(HVREF_CMAKE_DIR ${CMAKE_INSTALL_DATADIR}/cmake/hvref)
install(EXPORT hvrefTargets NAMESPACE hvref:: DESTINATION ${HVREF_CMAKE_DIR})
configure_package_config_file(conf/hvrefConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/hvrefConfig.cmake INSTALL_DESTINATION ${HVREF_CMAKE_DIR})
# Header-only and architecture-independent: any architecture may use it.
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/hvrefConfigVersion.cmake
  COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/hvrefConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/hvrefConfigVersion.cmake
        DESTINATION ${HVREF_CMAKE_DIR})

configure_file(conf/hvref.pc.in ${CMAKE_CURRENT_BINARY_DIR}/hvref.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/hvref.pc DESTINATION ${CMAKE_INSTALL_DATADIR}/pkgconfig)

# hvref.json (references/export.py) and its schema, in share/hvref/. The JSON
# is written by the site build (docs/build_site.py, step `export`, into the
# site folder, build/site): installed when the site was built.
install(FILES references/hvref.schema.json DESTINATION ${CMAKE_INSTALL_DATADIR}/hvref)
install(FILES ${CMAKE_BINARY_DIR}/site/hvref.json DESTINATION ${CMAKE_INSTALL_DATADIR}/hvref
        OPTIONAL)
