# Sourced by run-all-tests.sh: a real CalDAV server (Debian's Radicale, users
# alice and bob, each owning /<user>/) and local fakes of Google Calendar and
# Microsoft Graph (tests/servers/*_calendar.py), each on a free loopback port
# with its own folder under one temporary folder, stopped by
# stop_calendar_servers. Tests inject faults through each fake's `faults` file.
# Exports SAMS_TEST_CALDAV_URL, SAMS_TEST_CALDAV_DIR, SAMS_TEST_CALDAV_USER,
# SAMS_TEST_CALDAV_PASSWORD, SAMS_TEST_CALDAV_USER2, SAMS_TEST_CALDAV_PASSWORD2,
# SAMS_TEST_GOOGLE_URL, SAMS_TEST_GOOGLE_DIR, SAMS_TEST_GRAPH_URL,
# SAMS_TEST_GRAPH_DIR and SAMS_TEST_OAUTH_CLIENT.
declare -F free_port >/dev/null || free_port() {
  /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

declare -F wait_for_port >/dev/null || wait_for_port() {
  for _ in $(seq 1 100); do
    /usr/bin/python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $1), 0.2)" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

start_calendar_servers() {
  local here
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  [ -x /usr/bin/radicale ] || { echo "Radicale is missing (/usr/bin/radicale)"; return 1; }
  CALENDAR_BASE=$(mktemp -d /tmp/sams-calendar.XXXXXX)
  local dav="$CALENDAR_BASE/radicale" dav_port google_port graph_port
  mkdir -p "$dav/collections" "$CALENDAR_BASE/google" "$CALENDAR_BASE/graph"
  dav_port=$(free_port)
  google_port=$(free_port)
  graph_port=$(free_port)
  printf 'alice:alice-secret\nbob:bob-secret\n' >"$dav/users"
  # A config file of our own replaces /etc/radicale/config (remote_user auth, TLS).
  # More connections than the default 8: two test programs at once (ctest -j2),
  # each with up to 6 parallel Qt requests, must not queue until a timeout.
  cat >"$dav/config" <<EOF
[server]
hosts = 127.0.0.1:$dav_port
max_connections = 32
[auth]
type = htpasswd
htpasswd_filename = $dav/users
htpasswd_encryption = plain
[rights]
type = owner_only
[storage]
filesystem_folder = $dav/collections
[logging]
level = warning
EOF
  /usr/bin/radicale --config "$dav/config" >"$CALENDAR_BASE/radicale.log" 2>&1 &
  RADICALE_PID=$!
  /usr/bin/python3 "$here/servers/google_calendar.py" --port "$google_port" --dir "$CALENDAR_BASE/google" \
    --client-id sams-test-client >"$CALENDAR_BASE/google.log" 2>&1 &
  GOOGLE_FAKE_PID=$!
  /usr/bin/python3 "$here/servers/graph_calendar.py" --port "$graph_port" --dir "$CALENDAR_BASE/graph" \
    --client-id sams-test-client >"$CALENDAR_BASE/graph.log" 2>&1 &
  GRAPH_FAKE_PID=$!
  wait_for_port "$dav_port" || { cat "$CALENDAR_BASE/radicale.log"; return 1; }
  wait_for_port "$google_port" || { cat "$CALENDAR_BASE/google.log"; return 1; }
  wait_for_port "$graph_port" || { cat "$CALENDAR_BASE/graph.log"; return 1; }
  # An open port is not a working server: authentication and storage must answer too.
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -u alice:alice-secret -X PROPFIND -H 'Depth: 0' \
    "http://127.0.0.1:$dav_port/alice/" || true) # curl fails on a refused connection: report it below
  [ "$status" = 207 ] || { echo "Radicale answered PROPFIND with $status"; cat "$CALENDAR_BASE/radicale.log"; return 1; }
  export SAMS_TEST_CALDAV_URL="http://127.0.0.1:$dav_port/" SAMS_TEST_CALDAV_DIR="$dav/collections"
  export SAMS_TEST_CALDAV_USER=alice SAMS_TEST_CALDAV_PASSWORD=alice-secret
  export SAMS_TEST_CALDAV_USER2=bob SAMS_TEST_CALDAV_PASSWORD2=bob-secret
  export SAMS_TEST_GOOGLE_URL="http://127.0.0.1:$google_port" SAMS_TEST_GOOGLE_DIR="$CALENDAR_BASE/google"
  export SAMS_TEST_GRAPH_URL="http://127.0.0.1:$graph_port" SAMS_TEST_GRAPH_DIR="$CALENDAR_BASE/graph"
  export SAMS_TEST_OAUTH_CLIENT=sams-test-client
  echo "== CalDAV (Radicale) on $SAMS_TEST_CALDAV_URL, Google fake on $SAMS_TEST_GOOGLE_URL," \
    "Graph fake on $SAMS_TEST_GRAPH_URL"
}

stop_calendar_servers() {
  [ -n "${CALENDAR_BASE:-}" ] || return 0
  kill "${RADICALE_PID:-}" "${GOOGLE_FAKE_PID:-}" "${GRAPH_FAKE_PID:-}" 2>/dev/null || true
  wait "${RADICALE_PID:-}" "${GOOGLE_FAKE_PID:-}" "${GRAPH_FAKE_PID:-}" 2>/dev/null || true
  rm -rf "$CALENDAR_BASE"
}
