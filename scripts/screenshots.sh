#!/bin/sh
# Renders every window of the desktop in bokmål and nynorsk at 1366×768 under Xvfb, to
# docs/img/<window>-<nb|nn>.png: the test tst_skjermbilder opens each window in-process (the
# shipped program carries no test hooks) and saves QWidget::grab() into TILSYN_SKJERMBILDER.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build)
set -eu
cd "$(dirname "$0")/.."
BYGG=${1:-build}
[ -f "$BYGG/build.ninja" ] || cmake -S . -B "$BYGG" -G Ninja
cmake --build "$BYGG" --target tst_skjermbilder
mkdir -p docs/img
UT=$(pwd)/docs/img
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
XDG_RUNTIME_DIR="$TMP" TILSYN_SKJERMBILDER="$UT" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1366x768x24" "$BYGG/tests/views/tst_skjermbilder"
ls -l docs/img/*-nb.png docs/img/*-nn.png
