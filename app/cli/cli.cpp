#include "cli.h"

#include "../plattform.h"
#include "drift/stoettelogg.h"
#include "store/store.h"

#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace tilsyn::cli {

using namespace Qt::StringLiterals;

QTextStream &ut()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &feil()
{
    static QTextStream s(stderr);
    return s;
}

QString bruker()
{
    return plattform::brukernavn();
}

const QList<Underkommando> &underkommandoer()
{
    static const QList<Underkommando> liste{
        {"import", "Import a tilsynssak JSON Lines file (all or nothing)", false, &importer},
        {"export", "Export every case as JSON Lines to FILE (- for stdout)", false, &eksporter},
        // report command
        {"report", "Statistics like the annual report tables (CSV or JSON)", false, &rapport},

        // letter command
        {"letter", "Render a letter of a case to a PDF/A-1b file", true, &brev},

        // archive command
        {"archive", "Write the finalised letters of a case as a Noark 5 archive package (arkivmelding)", false, &arkiver},

        // sync and central commands
        {"sync", "Push local changes to the central store and pull its changes, once", false, &synkroniser},
        {"central", "central init: create or upgrade the central schema", false, &sentral},

        // backup and check commands
        {"backup", "Write a consistent copy of the store to FILE (safe while the app runs)", false, &sikkerhetskopier},
        {"check", "Check the store's integrity and consistency (exit 1 with the problems listed)", false, &kontroller},
    };
    return liste;
}

const Underkommando *finnUnderkommando(const QStringList &argv, Globalt *globalt, QString *feilmelding,
                                       qsizetype *indeks)
{
    globalt->db = Store::standardSti();
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &a = argv[i];
        if (a == u"--db") {
            if (i + 1 >= argv.size()) {
                *feilmelding = u"--db needs a PATH"_s;
                return nullptr;
            }
            globalt->db = argv[++i];
            continue;
        }
        if (a.startsWith(u"--db="_s)) {
            globalt->db = a.mid(5);
            continue;
        }
        if (a.startsWith(u'-'))
            continue; // a global Qt/GUI option, or --help/--version handled by the caller
        for (const Underkommando &k : underkommandoer()) {
            if (a == QLatin1StringView(k.navn)) {
                *indeks = i;
                return &k;
            }
        }
        *feilmelding = u"unknown command '%1' (see tilsynsklient --help)"_s.arg(a);
        return nullptr;
    }
    return nullptr;
}

int kjoer(const Underkommando &k, const Globalt &globalt, const QStringList &argumenter)
{
    int status = k.kjoer(globalt, argumenter);
    // What a command printed must have reached standard output (a full disk, a closed pipe).
    ut().flush();
    if (ut().status() != QTextStream::Ok && status == Ok) {
        feil() << u"standard ut: kan ikke skrive: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno))) << '\n';
        status = Driftsfeil;
    }
    feil().flush();
    // The support log: a command's name and exit status only (never its arguments or output).
    if (status != Ok || qstrcmp(k.navn, "sync") == 0 || qstrcmp(k.navn, "backup") == 0)
        Stoettelogg::hendelse(u"kommando %1: status %2"_s.arg(QLatin1StringView(k.navn)).arg(status));
    return status;
}

} // namespace tilsyn::cli
