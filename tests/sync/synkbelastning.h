#pragma once

#include <QString>

namespace tilsyn::test {

/// What `belast` measured: no-op syncs (the server part: one lesStatus round trip each) by
/// `klienter` threads with their own connections for about `sekunder`.
struct Belastning
{
    qint64 synker = 0;
    double sekunder = 0;
    double serverCpuMs = 0; ///< CPU time of the server processes that served them (utime + stime)
    double perSekund() const { return sekunder > 0 ? double(synker) / sekunder : 0; }
    double cpuPerSynkMs() const { return synker > 0 ? serverCpuMs / double(synker) : 0; }
};

/// `klienter` threads, each with its own connection (`conninfo`) kept open, call the no-op
/// sync's round trip in a loop. Server CPU: /proc/<pid>/stat of their backends (pg_backend_pid).
Belastning belastVedvarende(const QString &conninfo, int klienter, double sekunder);

/// The same, but each sync opens its own connection and closes it again (a client that polls
/// every few minutes). Server CPU: the postmaster's reaped children (cutime + cstime, read from
/// /proc via the data directory's postmaster.pid; `adminConninfo` reads data_directory).
Belastning belastNyForbindelse(const QString &conninfo, const QString &adminConninfo, int klienter, double sekunder);

} // namespace tilsyn::test
