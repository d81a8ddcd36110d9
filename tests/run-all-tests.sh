#!/usr/bin/env bash
# README command 2 (and CI): install what is missing, build with warnings as
# errors, check formatting and clang-tidy, start a throwaway PostgreSQL, and run
# every test.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS=0
packaging/install-deps.sh --with-tests
echo "== dependencies ready after ${SECONDS}s"

export CI="${CI:-true}" # warnings are errors here, as in CI
build=build/tests
step=$SECONDS
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
echo "== configured in $((SECONDS - step))s"
step=$SECONDS
cmake --build "$build"
echo "== built in $((SECONDS - step))s"

step=$SECONDS
mapfile -t sources < <(git ls-files -- 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 2>/dev/null || \
                       find src tests -name '*.cpp' -o -name '*.h')
clang-format --dry-run --Werror "${sources[@]}"
echo "== formatting checked in $((SECONDS - step))s"

# clang-tidy runs while the tests do: the tests mostly wait on servers and child
# processes, so the two together take little longer than clang-tidy alone.
tidy_log=$(mktemp)
tidy_started=$SECONDS
tests/run-clang-tidy.sh "$build" >"$tidy_log" 2>&1 &
tidy=$!

# The storage tests run against a real PostgreSQL as well as SQLite files.
source tests/postgres-server.sh
source tests/notify-servers.sh
source tests/calendar-servers.sh
trap 'kill $tidy 2>/dev/null || true; stop_postgres; stop_notify_servers; stop_calendar_servers; rm -f "$tidy_log"' EXIT
start_postgres
# Notifications are delivered to a real SMTP server and a local SMS gateway.
start_notify_servers
# Calendars: a real CalDAV server (Radicale) and fakes of Google Calendar and Graph.
start_calendar_servers

step=$SECONDS
(cd "$build" && ctest --output-on-failure -j2)
echo "== tests ran in $((SECONDS - step))s"
if ! wait $tidy; then
  cat "$tidy_log"
  echo "== clang-tidy found problems"
  exit 1
fi
cat "$tidy_log"
echo "== clang-tidy clean after $((SECONDS - tidy_started))s; ${SECONDS}s in all"
