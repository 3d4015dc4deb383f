#!/usr/bin/env bash
# Configures and builds into build/ (warnings are errors). Usage: scripts/build.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTILSYN_WERROR=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
