#!/usr/bin/env bash
# Renders two sample letters with the built tilsynsklient and converts their pages to PNG in
# docs/img/: the BM 5 avgjørelse (bokmål) and the nynorsk BM 2 oversendelse letter. Uses the
# sample cases in docs/letters-eksempel.jsonl and the sample office folder
# docs/letters-eksempelkontor (fictitious letterhead, caseworker and approver).
# Needs: a build in build/ (scripts/build.sh) and poppler-utils (pdftoppm).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exe="$root/build/app/tilsynsklient"
[ -x "$exe" ] || { echo "build first: $exe is missing" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The letter command reads the office folder from the settings (brev/malmappe).
export XDG_CONFIG_HOME="$work/config"
mkdir -p "$XDG_CONFIG_HOME/tilsynsklient"
printf '[brev]\nmalmappe=%s\n' "$root/docs/letters-eksempelkontor" > "$XDG_CONFIG_HOME/tilsynsklient/tilsynsklient.conf"
db="$work/eksempel.sqlite"
"$exe" --db "$db" import "$root/docs/letters-eksempel.jsonl" >/dev/null
mkdir -p "$root/docs/img"
rm -f "$root"/docs/img/brev-*.png
"$exe" --db "$db" letter --case 2024/4711 --type bm5-avgjorelse --out "$work/avgjorelse.pdf"
"$exe" --db "$db" letter --case 2024/4712 --type bm2-oversendelse --out "$work/bm2-nn.pdf"
pdftoppm -r 80 -png "$work/avgjorelse.pdf" "$root/docs/img/brev-bm5-avgjorelse-nb"
pdftoppm -r 80 -png "$work/bm2-nn.pdf" "$root/docs/img/brev-bm2-oversendelse-nn"
ls "$root"/docs/img/brev-*.png
