# Sourced by run-all-tests.sh: a throwaway PostgreSQL 15 on a free loopback port,
# stopped and removed when the script exits. Exports SAMS_TEST_POSTGRES, the admin
# URL the storage tests create their databases with.
start_postgres() {
  local bin=/usr/lib/postgresql/15/bin
  [ -x "$bin/initdb" ] || { echo "PostgreSQL 15 server binaries are missing ($bin)"; return 1; }
  PG_BASE=$(mktemp -d /tmp/sams-pg.XXXXXX)
  PG_PORT=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkdir -p "$PG_BASE/sock"
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$PG_BASE" # initdb refuses to run as root
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$PG_BASE/data" -U postgres -A trust -E UTF8 --no-sync >"$PG_BASE/initdb.log" 2>&1 \
    || { cat "$PG_BASE/initdb.log"; return 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$PG_BASE/data" -l "$PG_BASE/server.log" -w \
    -o "-p $PG_PORT -k $PG_BASE/sock -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$PG_BASE/server.log"; return 1; }
  PG_AS=("${as[@]}")
  export SAMS_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "== PostgreSQL 15 on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  [ -n "${PG_BASE:-}" ] || return 0
  "${PG_AS[@]}" /usr/lib/postgresql/15/bin/pg_ctl -D "$PG_BASE/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_BASE"
}
