// tilsynsklient [--db PATH] export FILE

#include "cli.h"

#include "domain/katalog.h"
#include "io/jsonlexport.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

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
        auto store = Store::aapne(globalt.db);
        SakRepository repo(*store, Katalog::innebygd());
        if (filnavn == u"-") {
            ut().flush();
            QFile stdUt;
            if (!stdUt.open(stdout, QIODevice::WriteOnly))
                throw StoreError(u"kan ikke skrive til standard ut"_s);
            eksporterJsonl(repo, stdUt);
            return Ok;
        }
        // QSaveFile: a failed export never leaves a half-written file behind.
        QSaveFile fil(filnavn);
        if (!fil.open(QIODevice::WriteOnly)) {
            feil() << u"%1: kan ikke skrive filen: %2"_s.arg(filnavn, fil.errorString()) << '\n';
            return Driftsfeil;
        }
        eksporterJsonl(repo, fil);
        if (!fil.commit()) {
            feil() << u"%1: kan ikke skrive filen: %2"_s.arg(filnavn, fil.errorString()) << '\n';
            return Driftsfeil;
        }
        return Ok;
    } catch (const StoreError &e) {
        feil() << e.melding() << '\n';
        return Driftsfeil;
    }
}

} // namespace tilsyn::cli
