#pragma once

#include <QString>

// The store's one platform difference: whether another process has a WAL store open. Like
// app/plattform.cpp for the program, models/store/lagerlaas.cpp is the only source of the models
// allowed POSIX calls (tests/packaging/tst_plattform.sh; docs/windows.md).
namespace tilsyn {

/// Whether another process has the SQLite store at `sti` open in WAL mode. On Unix: a read lock
/// on the WAL index's DMS byte (byte 128 of `sti`-shm in SQLite's unix VFS), which SQLite holds
/// for as long as a connection has the store open; F_GETLK reports other processes' locks only, so
/// this process's own connections are not seen. True where it cannot be told: no -shm file to
/// look at, or another platform.
bool annenProsessHarLageretAapent(const QString &sti);

} // namespace tilsyn
