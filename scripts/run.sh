#!/usr/bin/env bash
# One command to try the desktop application: installs the Debian packages, builds, and starts
# Tilsynsklient on the local store (the default profile store, or --db PATH).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
exec "$root/build/app/tilsynsklient" "$@"
