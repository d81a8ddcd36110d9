#!/usr/bin/env bash
# README command 1: install what is missing, build, create the embedded database
# with demo data on first start, and start the desktop program.
set -euo pipefail
cd "$(dirname "$0")/../.."

packaging/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF >/dev/null
cmake --build build/release

bin=build/release/src/app
embedded="${XDG_DATA_HOME:-$HOME/.local/share}/sams/sams.sqlite"
if [ -z "${SAMS_DB:-}" ] && [ ! -f "$embedded" ]; then
  echo "First start: creating the embedded database with demo data at $embedded"
  "$bin/samsctl/samsctl" init --demo
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  # No screen here (a server, a container): show what the window looks like instead.
  echo "No display found: rendering the main window to sams-window.png instead."
  QT_QPA_PLATFORM=offscreen exec "$bin/sams/sams" --screenshot sams-window.png "$@"
fi
exec "$bin/sams/sams" "$@"
