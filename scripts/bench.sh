#!/usr/bin/env bash
# Builds and runs the benchmarks (ctest label "bench"); they print their numbers.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
cd "$root/build"
exec pg_virtualenv -t ctest -V -L bench "$@"
