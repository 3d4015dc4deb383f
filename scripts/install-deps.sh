#!/usr/bin/env bash
# Installs the Debian 12 packages Tilsynsklient needs to build, run and test. Idempotent: does
# nothing (and needs no network) when everything is already installed.
set -euo pipefail

packages=(
  cmake ninja-build g++ make file dpkg-dev
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qt6-charts-dev qt6-pdf-dev qtkeychain-qt6-dev qt6-translations-l10n libxkbcommon-dev
  libsqlite3-dev sqlite3 libxlsxwriter-dev
  postgresql postgresql-common dbus-bin gnome-keyring
  xvfb xauth xdotool imagemagick poppler-utils fonts-dejavu-core appstream desktop-file-utils
  libhunspell-dev hunspell-no libxml2-utils lintian fakeroot ccache lld clang libclang-rt-14-dev
  bash-completion man-db binutils librsvg2-bin
  libssl-dev
  libpq-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "Installing: ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
