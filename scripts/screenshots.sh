#!/bin/sh
# Renders the README screenshots under Xvfb: the welcome screen (empty store), the main window
# with the sample cases, and the editor on a BM 5 case, to docs/img/*.png.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build)
set -eu
cd "$(dirname "$0")/.."
BYGG=${1:-build}
EXE="$BYGG/app/tilsynsklient"
[ -x "$EXE" ] || { echo "build first: $EXE not found" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config" LANG=nb_NO.UTF-8 LC_ALL=nb_NO.UTF-8
mkdir -p docs/img

bilde() { # $1 = what, $2 = file
    TILSYN_TEST_SCRIPT="skjermbilde:$1:$2" \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$EXE" --db "$TMP/saker.sqlite"
}

bilde velkomst docs/img/velkomst.png
"$EXE" --db "$TMP/saker.sqlite" import resources/eksempel/sosial-2024.jsonl
bilde hovedvindu docs/img/hovedvindu.png
bilde bm5 docs/img/editor-bm5.png
ls -l docs/img/*.png
