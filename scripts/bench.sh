#!/usr/bin/env bash
# Builds and runs the benchmarks (ctest label "bench"); they print their numbers. Then prints one
# table (figure, reference measured in the same run, ratio) and keeps it, with the machine's load
# before and after, in docs/benchmarks.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
cd "$root/build"
foer=$(uptime)
status=0
pg_virtualenv -t ctest -V -L bench "$@" 2>&1 | tee bench.log || status=$?
etter=$(uptime)
echo
python3 "$root/scripts/bench-tabell.py" bench.log --load "$foer" "$etter" --out "$root/docs/benchmarks.md"
echo "load before: $foer"
echo "load after:  $etter"
exit "$status"
