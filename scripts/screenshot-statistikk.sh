#!/usr/bin/env bash
# Renders the statistics view with the 2024 sample data (tests/data/sosial-2024) to a PNG:
# the view test imports the sample through the real CLI, shows the view offscreen and saves
# QWidget::grab(). Default output: docs/img/statistikk.png.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$root/docs/img/statistikk.png}")
build="${TILSYN_BUILD:-$root/build}"
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja
fi
cmake --build "$build" --target tilsynsklient tst_statistikkvisning
mkdir -p "$(dirname "$out")"
cd "$build"
TILSYN_SKJERMBILDE="$out" ctest --output-on-failure -R '^tst_statistikkvisning$'
test -s "$out"
echo "$out"
