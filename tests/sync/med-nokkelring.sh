#!/bin/sh
# Runs a test program with a real Secret Service: a private D-Bus session bus and
# gnome-keyring-daemon with a throwaway, unlocked login keyring (no desktop needed). The program
# sees TILSYN_NOKKELRING=ekte only when the keyring started; otherwise it skips its keychain
# cases with the reason.
if [ -z "$TILSYN_I_BUSS" ]; then
  if command -v dbus-run-session >/dev/null 2>&1; then
    TILSYN_I_BUSS=1 exec dbus-run-session -- "$0" "$@"
  fi
  exec "$@"
fi
export XDG_DATA_HOME="$(mktemp -d)" # a keyring of its own, thrown away
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
if command -v gnome-keyring-daemon >/dev/null 2>&1 \
  && printf 'tilsyn-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; then
  export TILSYN_NOKKELRING=ekte
fi
"$@"
