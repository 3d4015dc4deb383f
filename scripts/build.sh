#!/usr/bin/env bash
# Configures and builds into build/ (warnings are errors). Usage: scripts/build.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
launcher=()
# ccache only speeds up rebuilds (several work trees share one cache); the build is the same without it.
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTILSYN_WERROR=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
