#!/bin/sh
# Renders the hicolor PNG icons from the SVG source (run after changing the SVG; the PNGs are
# committed so that building needs no SVG renderer). Needs rsvg-convert (librsvg2-bin).
set -eu
cd "$(dirname "$0")"
id=no.statsforvalteren.Tilsynsklient
for s in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${s}x${s}/apps"
    rsvg-convert -w "$s" -h "$s" "$id.svg" -o "hicolor/${s}x${s}/apps/$id.png"
done
