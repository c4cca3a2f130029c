#!/usr/bin/env bash
# Creates the PostgreSQL cluster once: PGDATA owned by the postgres user when run as root, password
# authentication on 127.0.0.1, no Unix socket. A cluster that already exists is left as it is.
set -euo pipefail
: "${PGDATA:?PGDATA must name the cluster folder}"
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}"
bin=${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}

if [ -s "$PGDATA/PG_VERSION" ]; then
  echo "cluster exists: $PGDATA"
  exit 0
fi

mkdir -p "$PGDATA"
pwfile=$(mktemp)
trap 'rm -f "$pwfile"' EXIT
printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"

as_owner=()
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$PGDATA" "$pwfile"
  as_owner=(runuser -u postgres --)
fi
chmod 700 "$PGDATA"

"${as_owner[@]}" "$bin/initdb" -D "$PGDATA" -U postgres --pwfile="$pwfile" \
  --auth-host=scram-sha-256 --auth-local=peer -E UTF8 --locale=C.UTF-8 >/dev/null
echo "cluster created: $PGDATA"
