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

step=$SECONDS
tests/run-clang-tidy.sh "$build"
echo "== clang-tidy clean in $((SECONDS - step))s"

# The storage tests run against a real PostgreSQL as well as SQLite files.
source tests/postgres-server.sh
trap stop_postgres EXIT
start_postgres

step=$SECONDS
(cd "$build" && ctest --output-on-failure -j2)
echo "== tests ran in $((SECONDS - step))s; ${SECONDS}s in all"
