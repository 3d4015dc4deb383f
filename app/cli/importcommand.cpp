// tilsynsklient [--db PATH] import [--replace] FILE

#include "cli.h"
#include "terminalfremdrift.h"

#include "domain/katalog.h"
#include "io/jsonlimport.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace tilsyn::cli {

using namespace Qt::StringLiterals;

int importer(const Globalt &globalt, const QStringList &argumenter)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Import a tilsynssak JSON Lines file, all or nothing."_s);
    p.addPositionalArgument(u"FILE"_s, u"The JSON Lines file to import."_s);
    p.addOption({u"replace"_s, u"Replace cases that exist with other content (each an audited edit)."_s});
    p.addHelpOption();
    if (!p.parse(argumenter) || p.positionalArguments().size() != 1) {
        feil() << (p.errorText().isEmpty() ? u"usage: tilsynsklient [--db PATH] import [--replace] FILE"_s : p.errorText())
               << '\n';
        return Ugyldig;
    }
    if (p.isSet(u"help"_s)) {
        ut() << p.helpText();
        return Ok;
    }
    const QString filnavn = p.positionalArguments().constFirst();
    QFile fil(filnavn);
    if (!fil.open(QIODevice::ReadOnly)) {
        feil() << u"%1: kan ikke lese filen: %2"_s.arg(filnavn, fil.errorString()) << '\n';
        return Driftsfeil;
    }
    const QByteArray innhold = fil.readAll();
    try {
        auto store = Store::aapne(globalt.db);
        const Katalog &katalog = Katalog::innebygd();
        SakRepository repo(*store, katalog);
        JsonlImport import(*store, repo, katalog);
        // Progress on a terminal only (stderr), cleared before anything else is printed.
        Terminalfremdrift vis([navn = QFileInfo(filnavn).fileName()](qint64 gjort, qint64 totalt) -> QString {
            return u"leser %1: %2 %"_s.arg(navn).arg(totalt > 0 ? gjort * 100 / totalt : 0);
        });
        const JsonlImport::Lest lest = import.les(innhold, filnavn, vis.fremdrift());
        vis.fjern();
        if (!lest.ok()) {
            for (const QString &problem : lest.problemer)
                feil() << problem << '\n';
            feil() << u"ingenting ble importert (%1 feil)"_s.arg(lest.problemer.size()) << '\n';
            return Ugyldig;
        }
        const bool erstatt = p.isSet(u"replace"_s);
        if (!erstatt && lest.antall(JsonlImport::Status::Endret) > 0) {
            const QStringList konflikter = lest.konflikter(filnavn);
            for (const QString &k : konflikter)
                feil() << k << '\n';
            feil() << u"ingenting ble importert (%1 saker finnes med annet innhold)"_s.arg(konflikter.size()) << '\n';
            return Ugyldig;
        }
        vis.settTekst([](qint64 gjort, qint64 totalt) -> QString {
            return u"importerer: "_s + Terminalfremdrift::antallAv(gjort, totalt, u"saker"_s);
        });
        const qsizetype antall = import.skriv(lest, Endringskontekst{.bruker = bruker()}, erstatt, vis.fremdrift());
        vis.fjern();
        ut() << u"imported %1 cases"_s.arg(antall) << '\n';
        return Ok;
    } catch (const StoreError &e) {
        feil() << e.melding() << '\n';
        return Driftsfeil;
    }
}

} // namespace tilsyn::cli
