# tilsyn_add_test(NAME SOURCES... [LIBS ...] [LABELS ...] [TIMEOUT s])
# A Qt Test executable linked against the libraries (never the app), run offscreen, with the
# test data folder and the built executable passed in the environment.
function(tilsyn_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
    target_link_libraries(${name} PRIVATE Qt6::Test tilsyn_models tilsyn_testsupport tilsyn::policy ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        SKIP_RETURN_CODE 77
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TILSYN_TESTDATA=${PROJECT_SOURCE_DIR}/tests/data;TILSYN_EXE=$<TARGET_FILE:tilsynsklient>;LC_ALL=C.UTF-8")
endfunction()
