#!/usr/bin/env bash
# One command for every test: installs the Debian packages, builds, and runs the whole ctest
# suite inside a throwaway PostgreSQL cluster (pg_virtualenv -t), so the central-store tests run
# against a real server. Benchmarks are not part of it (see scripts/bench.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
cd "$root/build"
# pg_virtualenv refuses to run as root without a user to own the cluster; it handles that itself
# when run as root (it uses the postgres system user).
exec pg_virtualenv -t ctest --output-on-failure -LE bench -j2 "$@"
