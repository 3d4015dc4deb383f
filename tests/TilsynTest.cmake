# tilsyn_add_test(NAME SOURCES... [LIBS ...] [LABELS ...] [TIMEOUT s])
# A Qt Test executable linked against the libraries (never the app), run offscreen, with the
# test data folder and the built executable passed in the environment.
#
# Build time (CI builds everything from scratch on 2 cores): every test target gets
# - tilsyn_testflagg: less debug info (-g1: line tables, enough for a backtrace) and lld as the
#   linker when the compiler takes it, with the debug sections that stay in each executable (split
#   DWARF's skeletons and name tables, cmake/ProjectPolicy.cmake) zlib-compressed: 52 → 14 MB per
#   test for ~0.5 s CPU more per link (tst_godkjenningsvarsel). The app and the libraries keep
#   RelWithDebInfo's -g.
# - one precompiled header (Qt's headers only, tests/support/testpch*.h) built once per kind of
#   test and reused (REUSE_FROM needs the same flags: see tilsyn_test_pch below).
# - the helpers several tests share (TILSYN_FELLES_TESTKILDER, tests/support) from a library
#   compiled once: a listed copy (e.g. ../letters/brevtestdata.cpp) is not compiled again.
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=lld TILSYN_HAR_LLD)
add_library(tilsyn_testflagg INTERFACE)
# Qt Test defines its folders per directory (only QFINDTESTDATA reads them; no test uses it):
# undefined, so one precompiled header serves the tests of every folder.
target_compile_options(tilsyn_testflagg INTERFACE -g1 -UQT_TESTCASE_BUILDDIR -UQT_TESTCASE_SOURCEDIR)
if(TILSYN_HAR_LLD)
    target_link_options(tilsyn_testflagg INTERFACE -fuse-ld=lld -Wl,--compress-debug-sections=zlib)
endif()

# The precompiled header's host for a test with these LIBS, or "" for none. GCC uses a PCH only
# when every macro the host defined is defined alike in the test, and the test defines no other
# macro the PCH tests (of Qt's: QT_GUI_LIB, QT_WIDGETS_LIB, QT_NETWORK_LIB). So: "vinduer" (host
# linked with tilsyn_views) for a test with tilsyn_views, "kjerne" for one with no widgets at
# all, and none for Network, for widgets without tilsyn_views, or for a library not known here.
function(tilsyn_test_pch ut)
    set(_noeytrale tilsyn_models tilsyn_testsupport Qt6::Test Qt6::Xml Qt6::Pdf Qt6::Concurrent Qt6::Sql Qt6::Gui Qt6::Core)
    set(_med_views Qt6::Widgets Qt6::PrintSupport Qt6::PdfWidgets Qt6::Charts)
    set(_vert tilsyn_testpch_kjerne)
    if("tilsyn_views" IN_LIST ARGN OR "tilsyn_testvisning" IN_LIST ARGN)
        set(_vert tilsyn_testpch_vinduer)
        list(APPEND _noeytrale tilsyn_views tilsyn_testvisning ${_med_views})
    endif()
    foreach(_lib IN LISTS ARGN)
        if(NOT _lib IN_LIST _noeytrale)
            set(${ut} "" PARENT_SCOPE)
            return()
        endif()
    endforeach()
    set(${ut} ${_vert} PARENT_SCOPE)
endfunction()

function(tilsyn_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    get_property(_felles GLOBAL PROPERTY TILSYN_FELLES_TESTKILDER)
    set(_kilder)
    set(_libs ${ARG_LIBS})
    foreach(_kilde IN LISTS ARG_SOURCES ARG_UNPARSED_ARGUMENTS)
        get_filename_component(_abs ${_kilde} ABSOLUTE)
        list(FIND _felles ${_abs} _i)
        if(_i LESS 0)
            list(APPEND _kilder ${_kilde})
        else()
            math(EXPR _i "${_i} + 1")
            list(GET _felles ${_i} _lib)
            list(APPEND _libs ${_lib})
        endif()
    endforeach()
    list(REMOVE_DUPLICATES _libs)
    qt_add_executable(${name} ${_kilder})
    target_link_libraries(${name} PRIVATE Qt6::Test tilsyn_models tilsyn_testsupport tilsyn::policy tilsyn_testflagg ${_libs})
    tilsyn_test_pch(_pch ${_libs})
    if(_pch)
        target_precompile_headers(${name} REUSE_FROM ${_pch})
        # A test's moc file is (nearly) empty: loading the PCH would cost it a second.
        set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${name}_autogen/mocs_compilation.cpp
                                    PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
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
