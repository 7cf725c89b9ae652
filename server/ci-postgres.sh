#!/usr/bin/env bash
# Runs the server's API test suite against a real, throw-away PostgreSQL.
#
#   server/ci-postgres.sh                              # the test suite
#   server/ci-postgres.sh node bench/server.bench.mjs  # any command, with DATABASE_URL set
#
# On Debian as root (CI): installs the `postgresql` package when missing, initdb's a cluster
# into a fresh temporary folder owned by `postgres`, starts it on a free loopback port with
# fsync off (test data need not survive a crash), creates a role and a database, runs the
# command with DATABASE_URL, and always stops and removes the cluster (trap). Not as root, it
# uses an existing installation as the current user.
set -euo pipefail
cd "$(dirname "$0")/.."

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

PGBIN="$(find_bin || true)"
if [[ -z "$PGBIN" ]]; then
  if [[ $EUID -ne 0 ]]; then
    echo "PostgreSQL is not installed and installing it needs root (apt-get install postgresql)." >&2
    exit 1
  fi
  echo "Installing PostgreSQL (apt-get)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  PGBIN="$(find_bin)"
fi

# As root, the server must run as `postgres` (PostgreSQL refuses to run as root).
as_pg() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

DIR="$(mktemp -d -t flexschil-pg-XXXXXX)"
[[ $EUID -eq 0 ]] && chown postgres:postgres "$DIR"
cleanup() {
  as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT INT TERM

# (initdb warns that "dutch" may not match the C locale: harmless, so its output is only shown on failure.)
as_pg "$PGBIN/initdb" -D "$DIR/data" -A trust -E UTF8 --locale=C.UTF-8 --text-search-config=dutch >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }

PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/postgres.log" -w start \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null \
  || { cat "$DIR/postgres.log" >&2; exit 1; }

SUPERUSER="$([[ $EUID -eq 0 ]] && echo postgres || id -un)"
psql() { "$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U "$SUPERUSER" -d postgres -v ON_ERROR_STOP=1 -q "$@"; }
# createrole: server/test/schema.test.ts makes a user without CREATE on the database, as a DBA would.
psql -c "create role flexschil login createrole password 'flexschil'"
psql -c "create database flexschil owner flexschil"

export DATABASE_URL="postgres://flexschil:flexschil@127.0.0.1:$PORT/flexschil"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2

if [[ $# -gt 0 ]]; then
  "$@"
else
  node --import tsx --test server/test/*.test.ts
fi
