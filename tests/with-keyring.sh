#!/usr/bin/env bash
# Runs a command in a D-Bus session of its own with an unlocked GNOME keyring, so
# keychain tests talk to a real Secret Service and never touch the user's keyring.
set -euo pipefail
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
mkdir -p "$HOME/.cache" "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME/keyrings" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
  eval "$(printf "sams-test" | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  "$@"' keyring "$@"
