#!/usr/bin/env bash
# @module scripts/pg.sh
# Makes a throwaway PostgreSQL server available on loopback for Blotter's tests, on Debian, as root.
#
# Input:  BLOTTER_PG_DIR (default /tmp/blotter-pg), BLOTTER_PG_PORT (default 54329).
# Output: the connection URL of database blotter_test, alone on the last line of stdout;
#         progress goes to stderr.
# Invariants: idempotent (a running server is reused, the database created once); the cluster is
#         owned by and runs as the `postgres` user; it listens on 127.0.0.1 only, trust auth.
# Usage:  BLOTTER_TEST_PG_URL=$(bash scripts/pg.sh) npx vitest run src/store
set -euo pipefail

dir="${BLOTTER_PG_DIR:-/tmp/blotter-pg}"
port="${BLOTTER_PG_PORT:-54329}"
db="blotter_test"
url="postgres://postgres@127.0.0.1:${port}/${db}"

log() { printf 'pg.sh: %s\n' "$*" >&2; }

find_bindir() {
  local candidate
  # Newest installed major version first.
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V -r); do
    if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

if [[ $(id -u) -ne 0 ]]; then
  log "run me as root (I install packages and switch to the postgres user)"
  exit 1
fi

if ! bindir=$(find_bindir); then
  log "installing Debian's postgresql…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bindir=$(find_bindir) || { log "postgresql installed but no initdb/pg_ctl found"; exit 1; }
fi
log "using $bindir"
id postgres >/dev/null 2>&1 || { log "no postgres user; reinstall Debian's postgresql-common"; exit 1; }

as_postgres() { runuser -u postgres -- "$@"; }
psql_admin() { as_postgres "$bindir/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"; }

if [[ ! -s "$dir/PG_VERSION" ]]; then
  log "creating a cluster in $dir"
  mkdir -p "$dir"
  chown postgres:postgres "$dir"
  chmod 700 "$dir"
  as_postgres "$bindir/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi

if as_postgres "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  # Line 4 of postmaster.pid is the port it really listens on, whatever was asked this time.
  port=$(sed -n 4p "$dir/postmaster.pid")
  url="postgres://postgres@127.0.0.1:${port}/${db}"
  log "server already running in $dir on port $port"
else
  log "starting the server on 127.0.0.1:$port"
  # The socket goes in the data directory: /var/run/postgresql may not exist without the service.
  as_postgres "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k '$dir'" start >/dev/null
fi

if [[ -z $(psql_admin -tA -c "SELECT 1 FROM pg_database WHERE datname = '$db'") ]]; then
  log "creating database $db"
  psql_admin -c "CREATE DATABASE $db"
fi

printf '%s\n' "$url"
