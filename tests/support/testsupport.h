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

/// Runs the built `tilsynsklient` with standard error on a terminal: a pseudo-terminal made by
/// script(1). `ut` is what it wrote to standard output (a file, not the terminal); `feil` is what
/// the terminal showed (standard error, with the pty's \r\n).
Kjoring kjoerPaaTerminal(const QStringList &argumenter, int tidsgrenseMs = 120000);

/// `sqlite3 FILE .dump`: the whole store as SQL text, for before/after comparisons.
QByteArray dump(const QString &dbSti);

/// Parses JSON Lines into one canonical compact JSON text per line (keys sorted), in file order.
QStringList kanoniskeLinjer(const QByteArray &jsonl);

/// Fills the caseworker's profile (Innstillinger) as the desktop tests expect it: Kari Nordmann,
/// seniorrådgiver in Innlandet, approved by Ola Nordmann, seksjonssjef. With it complete the
/// desktop opens without asking for the profile first.
void fyllProfil();

} // namespace tilsyn::test
