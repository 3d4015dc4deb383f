#!/usr/bin/env bash
# Keeps the program buildable on Windows in principle (docs/windows.md): no POSIX- or Linux-only
# calls, headers or paths in the program's sources outside the two platform files,
# app/plattform.cpp and, for the store's lock probe, models/store/lagerlaas.cpp. The tests are not shipped and may use POSIX (signals to kill a process).
# Usage: tst_plattform.sh SOURCE_DIR
set -uo pipefail
cd "$1"
tillatt='^(app/plattform\.cpp|models/store/lagerlaas\.cpp):'
moenster='#include *<(unistd|pwd|grp|dlfcn|fcntl|signal|termios|syslog)\.h>|#include *<sys/|#include *<csignal>|'
moenster+='(^|[^.>[:alnum:]_])(fork|vfork|execv|execvp|getuid|geteuid|getpid|getppid|setsid|sigaction|signal|kill|dlopen|mmap|isatty|fsync|readlink|realpath)\s*\(|'
moenster+='"/(proc|dev|tmp|etc|usr|var|run|home)/|'
moenster+='\bxcb_|<xcb/|QX11Info|<X11/|Q_OS_LINUX'
treff=$(grep -rnE "$moenster" app models views --include='*.cpp' --include='*.h' | grep -vE "$tillatt" || true)
if [ -n "$treff" ]; then
    echo "Linux-only calls outside app/plattform.cpp and models/store/lagerlaas.cpp (move them there; see docs/windows.md):" >&2
    echo "$treff" >&2
    exit 1
fi
echo "ok: no Linux-only calls outside app/plattform.cpp and models/store/lagerlaas.cpp"
