#!/usr/bin/env bash
# A throwaway PostgreSQL for the persistence tests: installs Debian's server if missing, creates a
# cluster under /tmp (trust auth, loopback only), starts it unless it already runs, creates the test
# database afresh (a schema left by another branch's migrations would fail Flyway's validation), then
# prints the shell exports the tests read. NEURONA_PG_DATABASE names another database (the cluster
# test keeps its own). Idempotent; use as
#   eval "$(scripts/ci-postgres.sh)"
# Everything but the exports goes to stderr.
set -euo pipefail

port="${NEURONA_PG_PORT:-55432}"
dir="${NEURONA_PG_DIR:-/tmp/neurona-pg}"
database="${NEURONA_PG_DATABASE:-neurona_test}"
role=neurona

bin_dir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$found" ] && [ -x "$found/pg_ctl" ] && echo "$found"
}

bin=$(bin_dir || true)
if [ -z "$bin" ]; then
  echo "installing PostgreSQL from Debian" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >/dev/null
  bin=$(bin_dir)
fi

# the server refuses to run as root: root runs it as Debian's postgres user
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ ! -s "$dir/PG_VERSION" ]; then
  echo "creating a PostgreSQL cluster in $dir" >&2
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  as_owner "$bin/initdb" -D "$dir" -U "$role" -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi

if ! as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  echo "starting PostgreSQL on 127.0.0.1:$port" >&2
  as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 30 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >&2
fi

psql_admin() {
  PGOPTIONS="-c client_min_messages=warning" "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U "$role" -d postgres -v ON_ERROR_STOP=1 "$@"
}
psql_admin -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database" >&2

echo "export NEURONA_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$port/$database"
echo "export NEURONA_TEST_PG_USER=$role"
echo "export NEURONA_TEST_PG_PASSWORD="
