#!/usr/bin/env bash
# Installs the Debian packages SAMS needs to build, run and test.
# Only packages that are missing are installed, so a second run costs a second.
set -euo pipefail

runtime=(
  cmake ninja-build g++
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev qt6-networkauth-dev qt6-svg-dev qtkeychain-qt6-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libxkbcommon-dev
  libical-dev libcurl4-openssl-dev libpq-dev libsqlite3-dev fonts-dejavu-core
)
testing=(
  clang-format clang-tidy-16 xvfb xauth imagemagick
  postgresql postgresql-contrib radicale python3-aiosmtpd python3-icalendar curl
  dbus-daemon gnome-keyring
)

want=("${runtime[@]}")
[ "${1:-}" = "--with-tests" ] && want+=("${testing[@]}")

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
