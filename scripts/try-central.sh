#!/usr/bin/env bash
# Try the central store: starts a throwaway PostgreSQL 15 in a temporary folder (as a normal
# user, listening only on a unix socket in that folder), runs `tilsynsklient central init`,
# creates two offices (agder, rogaland) and three users, and prints how to connect.
# Passwords go to a pgpass file in the folder (PGPASSFILE), never on a command line.
# Usage: scripts/try-central.sh [path/to/tilsynsklient]     Stop: the command printed at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exe=${1:-${TILSYNSKLIENT:-$root/build/app/tilsynsklient}}
pgbin=/usr/lib/postgresql/15/bin
[ -x "$exe" ] || { echo "tilsynsklient not found at $exe (build first, or pass its path)" >&2; exit 1; }
[ -x "$pgbin/initdb" ] || { echo "PostgreSQL 15 server binaries not found in $pgbin (apt-get install postgresql)" >&2; exit 1; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/tilsyn-central.XXXXXX")
chmod 755 "$dir"
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root: the server runs as the postgres system user.
    chown postgres: "$dir"
    as_owner=(runuser -u postgres --)
fi
pw() { head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20; }
admin_pw=$(pw); kari_pw=$(pw); per_pw=$(pw); ola_pw=$(pw)
printf '%s\n' "$admin_pw" > "$dir/adminpw"
[ "$(id -u)" -eq 0 ] && chown postgres: "$dir/adminpw"

"${as_owner[@]}" "$pgbin/initdb" -D "$dir/data" -U tilsyn_admin --auth=scram-sha-256 \
    --pwfile="$dir/adminpw" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
rm -f "$dir/adminpw"
"${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses='' -k $dir -p 5432" start >/dev/null

pgpass="$dir/pgpass"
{
    echo "$dir:5432:*:tilsyn_admin:$admin_pw"
    echo "$dir:5432:*:kari:$kari_pw"
    echo "$dir:5432:*:per:$per_pw"
    echo "$dir:5432:*:ola:$ola_pw"
} > "$pgpass"
chmod 600 "$pgpass"
export PGPASSFILE=$pgpass PGHOST=$dir PGPORT=5432

psql -q -v ON_ERROR_STOP=1 -U tilsyn_admin -d postgres -c "CREATE DATABASE tilsyn"
"$exe" central init --central "host=$dir port=5432 dbname=tilsyn user=tilsyn_admin"
psql -q -v ON_ERROR_STOP=1 -U tilsyn_admin -d tilsyn >/dev/null <<SQL
SELECT tilsyn_opprett_embete('agder');
SELECT tilsyn_opprett_embete('rogaland');
CREATE ROLE kari LOGIN PASSWORD '$kari_pw' IN ROLE tilsyn_embete_agder;
CREATE ROLE per  LOGIN PASSWORD '$per_pw'  IN ROLE tilsyn_embete_agder;
CREATE ROLE ola  LOGIN PASSWORD '$ola_pw'  IN ROLE tilsyn_embete_rogaland;
SQL

cat <<TXT
Central store running in $dir (unix socket only; log: $dir/server.log).
Passwords are in $pgpass; use it with:  export PGPASSFILE=$pgpass

Connection strings:
  administrator:      host=$dir port=5432 dbname=tilsyn user=tilsyn_admin
  kari (agder):       host=$dir port=5432 dbname=tilsyn user=kari
  per  (agder):       host=$dir port=5432 dbname=tilsyn user=per
  ola  (rogaland):    host=$dir port=5432 dbname=tilsyn user=ola

Try:
  PGPASSFILE=$pgpass $exe --db /tmp/kari.sqlite sync --central "host=$dir port=5432 dbname=tilsyn user=kari"

Stop and remove:
  ${as_owner[*]} $pgbin/pg_ctl -D $dir/data stop && rm -rf $dir
TXT
