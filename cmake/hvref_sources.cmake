# The lists every build and test works from: public headers, examples, layout
# catalogue files. Globbed with CONFIGURE_DEPENDS so that a new header or
# example is picked up without editing CMake.
file(GLOB HVREF_PUBLIC_HEADERS CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/include/hvref/*.h)
file(GLOB_RECURSE HVREF_EXAMPLES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/examples/*.c)
list(FILTER HVREF_EXAMPLES EXCLUDE REGEX "/examples/support/")
file(GLOB HVREF_LAYOUT_TABLES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/references/layouts/*.csv)
set(HVREF_CATALOGUE_TABLES
    ${HVREF_LAYOUT_TABLES}
    ${PROJECT_SOURCE_DIR}/references/hypercalls.csv
    ${PROJECT_SOURCE_DIR}/references/parameters.csv
    # Not the catalogue, but generated into the same table: the CPUID values
    # the recording example seam answers with.
    ${PROJECT_SOURCE_DIR}/examples/support/hvref_cpuid_fixture.csv)
set(HVREF_EXAMPLE_SUPPORT ${PROJECT_SOURCE_DIR}/examples/support)
set(HVREF_TOOLS ${PROJECT_SOURCE_DIR}/tests/tools)
