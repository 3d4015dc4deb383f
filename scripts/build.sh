#!/usr/bin/env bash
# Configures and builds into build/ (warnings are errors). Usage: scripts/build.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
# A full build takes about 2.3 GB (RelWithDebInfo, split debug info); a disk that runs full shows up
# as a linker crash (lld: signal 7), so say it plainly first.
mkdir -p "$build"
frei_kb=$(df -Pk "$build" | awk 'NR==2 {print $4}')
if [ "${frei_kb:-0}" -lt 3000000 ]; then
    echo "build.sh: only $((frei_kb / 1024)) MB free on the disk of $build; a full build needs about 2.3 GB" >&2
fi
launcher=()
# ccache only speeds up rebuilds (several work trees share one cache); the build is the same without it.
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# ccache caches files built with a precompiled header (models, views, tests) only with these.
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
cmake -S "$root" -B "$build" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTILSYN_WERROR=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
