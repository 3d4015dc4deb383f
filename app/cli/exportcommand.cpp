// tilsynsklient [--db PATH] export FILE

#include "cli.h"
#include "terminalfremdrift.h"

#include "domain/katalog.h"
#include "io/jsonlexport.h"
#include "io/utfil.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace tilsyn::cli {

using namespace Qt::StringLiterals;

int eksporter(const Globalt &globalt, const QStringList &argumenter)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Export every case as JSON Lines, ordered by id."_s);
    p.addPositionalArgument(u"FILE"_s, u"The file to write, or - for standard output."_s);
    p.addHelpOption();
    if (!p.parse(argumenter) || p.positionalArguments().size() != 1) {
        feil() << (p.errorText().isEmpty() ? u"usage: tilsynsklient [--db PATH] export FILE"_s : p.errorText())
               << '\n';
        return Ugyldig;
    }
    if (p.isSet(u"help"_s)) {
        ut() << p.helpText();
        return Ok;
    }
    const QString filnavn = p.positionalArguments().constFirst();
    try {
        auto store = Store::aapneForLesing(globalt.db);
        SakRepository repo(*store, Katalog::innebygd());
        // A file is written whole or not at all (a temporary file renamed into place); standard
        // output and devices directly. Every write and the flush are checked.
        ut().flush();
        Utfil fil(filnavn);
        if (!fil.aapne()) {
            feil() << fil.feil() << '\n';
            return Driftsfeil;
        }
        // Progress on a terminal only (stderr); the export itself may go to stdout.
        Terminalfremdrift vis([](qint64 gjort, qint64 totalt) -> QString {
            return u"eksporterer: "_s + Terminalfremdrift::antallAv(gjort, totalt, u"saker"_s);
        });
        try {
            eksporterJsonl(repo, fil, vis.fremdrift());
        } catch (const StoreError &e) {
            vis.fjern();
            feil() << (fil.feil().isEmpty() ? e.melding() : fil.feil()) << '\n';
            return Driftsfeil;
        }
        vis.fjern();
        if (!fil.fullfoer()) {
            feil() << fil.feil() << '\n';
            return Driftsfeil;
        }
        return Ok;
    } catch (const StoreError &e) {
        feil() << e.melding() << '\n';
        return Driftsfeil;
    }
}

} // namespace tilsyn::cli
