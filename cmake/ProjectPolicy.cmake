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
