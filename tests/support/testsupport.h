#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tilsyn::test {

/// A file under tests/data (TILSYN_TESTDATA from ctest).
QString testdata(const QString &relativ);

struct Kjoring
{
    int status = -1;
    QByteArray ut;
    QByteArray feil;
};

/// Runs the built `tilsynsklient` (TILSYN_EXE from ctest) headless and waits for it.
Kjoring kjoerCli(const QStringList &argumenter, int tidsgrenseMs = 120000);

/// `sqlite3 FILE .dump`: the whole store as SQL text, for before/after comparisons.
QByteArray dump(const QString &dbSti);

/// Parses JSON Lines into one canonical compact JSON text per line (keys sorted), in file order.
QStringList kanoniskeLinjer(const QByteArray &jsonl);

} // namespace tilsyn::test
