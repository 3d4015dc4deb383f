#pragma once

#include <QString>

// What differs between Linux, Windows and macOS, in one place: app/plattform.cpp is the only
// source allowed to use POSIX- or Linux-only calls and paths (tests/packaging/tst_plattform.sh
// checks the rest of the code). See docs/windows.md.
namespace tilsyn::plattform {

/// The login name of the user running the program (for the audit trail); "ukjent" if unknown.
QString brukernavn();

/// The account running the program, for naming what belongs to one user (the desktop's
/// one-instance socket): on Unix the numeric user id, which unlike $USER stays the same under su,
/// a launcher or a login without a session; on Windows the user name.
QString kontoId();

/// Headless rendering needs no session, but on Linux Qt warns on stderr when it has no runtime
/// folder (XDG_RUNTIME_DIR): give it a private one so a command prints only what the contract
/// says. Nothing to do on Windows and macOS.
void sikreKjoretidsmappe();

/// Whether standard error is a terminal: headless commands show progress there and only there,
/// never in a pipe or a file (what they print for scripts stays exactly the contract's).
bool feilErTerminal();

} // namespace tilsyn::plattform
