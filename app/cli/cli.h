#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace tilsyn::cli {

/// Exit statuses of the command-line contract.
enum Utgang : int {
    Ok = 0,
    Driftsfeil = 1, ///< file unreadable, store locked, central store unreachable
    Ugyldig = 2,    ///< invalid input or usage
};

/// Options that come before the sub-command.
struct Globalt
{
    QString db; ///< --db PATH, or the platform default
};

/// A headless sub-command: runs under QCoreApplication (or an offscreen QGuiApplication where it
/// renders), prints only what the contract says, errors to stderr.
struct Underkommando
{
    const char *navn;
    const char *beskrivelse;
    bool trengerGui; ///< renders text (fonts): needs QGuiApplication on the offscreen platform
    int (*kjoer)(const Globalt &globalt, const QStringList &argumenter);
};

const QList<Underkommando> &underkommandoer();

/// Finds the sub-command in argv (skipping the global options); nullptr for the desktop app.
const Underkommando *finnUnderkommando(const QStringList &argv, Globalt *globalt, QString *feil,
                                       qsizetype *indeks);

/// Runs the sub-command found by finnUnderkommando with the arguments after it.
int kjoer(const Underkommando &k, const Globalt &globalt, const QStringList &argumenter);

QTextStream &ut();
QTextStream &feil();
/// The user name written to the audit trail by headless commands.
QString bruker();

int importer(const Globalt &globalt, const QStringList &argumenter);
int eksporter(const Globalt &globalt, const QStringList &argumenter);

// report command
int rapport(const Globalt &globalt, const QStringList &argumenter);

// letter command
int brev(const Globalt &globalt, const QStringList &argumenter);

// archive command
int arkiver(const Globalt &globalt, const QStringList &argumenter);

// sync and central commands
int synkroniser(const Globalt &globalt, const QStringList &argumenter);
int sentral(const Globalt &globalt, const QStringList &argumenter);

} // namespace tilsyn::cli
