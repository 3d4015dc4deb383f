# One INTERFACE target carries the project's compile policy; every target links it.
add_library(tilsyn_policy INTERFACE)
add_library(tilsyn::policy ALIAS tilsyn_policy)

target_compile_features(tilsyn_policy INTERFACE cxx_std_20)
target_compile_definitions(tilsyn_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(tilsyn_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wshadow=local -Wnon-virtual-dtor)
if(TILSYN_WERROR)
    target_compile_options(tilsyn_policy INTERFACE -Werror)
endif()

# Disk and link time: each object's debug info stays in a .dwo file beside it (-gsplit-dwarf)
# instead of being copied into every executable that links the libraries. Without it a full
# build took 7.9 GB — 98 test executables of 60–110 MB, three quarters of each .debug_info of
# tilsyn_models and tilsyn_views — and a clean CI build ran out of disk in the linker (lld:
# signal 7, bus error). gdb finds the .dwo files in the build folder; the package is stripped.
# -gno-pubnames asks GCC to leave out the name tables (.debug_gnu_pubnames/pubtypes), but GCC 12
# adds them to split debug info all the same (readelf -SW on an object): they are most of what
# stays in an executable, so the tests' link compresses them (tests/TilsynTest.cmake).
include(CheckCXXCompilerFlag)
check_cxx_compiler_flag(-gsplit-dwarf TILSYN_HAR_SPLIT_DWARF)
if(TILSYN_HAR_SPLIT_DWARF)
    target_compile_options(tilsyn_policy INTERFACE "$<$<CONFIG:Debug,RelWithDebInfo>:-gsplit-dwarf;-gno-pubnames>")
endif()
