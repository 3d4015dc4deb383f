#!/usr/bin/env bash
# Configures and builds into build/ (warnings are errors). Usage: scripts/build.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
launcher=()
# ccache only speeds up rebuilds (several work trees share one cache); the build is the same without it.
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# ccache caches files built with a precompiled header (models, views, tests) only with these.
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
cmake -S "$root" -B "$build" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTILSYN_WERROR=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
