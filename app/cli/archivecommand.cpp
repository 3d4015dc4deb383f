// tilsynsklient [--db PATH] archive --case ID --out DIR

#include "cli.h"

#include "arkiv/arkivpakke.h"
#include "domain/katalog.h"
#include "letters/brevrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace tilsyn::cli {

using namespace Qt::StringLiterals;

int arkiver(const Globalt &globalt, const QStringList &argumenter)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Write the case's finalised letters as an archive package for a Noark 5 sak-/arkivsystem: "
        u"DIR/arkivmelding.xml (Digdir eFormidling arkivmelding v1) and the PDF/A files beside it."_s);
    p.addOption({u"case"_s, u"The case's id or saksnummer."_s, u"ID"_s});
    p.addOption({u"out"_s, u"The package folder to create (must not exist, or be empty)."_s, u"DIR"_s});
    p.addHelpOption();
    const QString bruk = u"usage: tilsynsklient [--db PATH] archive --case ID --out DIR"_s;
    if (!p.parse(argumenter)) {
        feil() << p.errorText() << '\n' << bruk << '\n';
        return Ugyldig;
    }
    if (p.isSet(u"help"_s)) {
        ut() << p.helpText();
        return Ok;
    }
    if (!p.positionalArguments().isEmpty() || !p.isSet(u"case"_s) || !p.isSet(u"out"_s)
        || p.value(u"out"_s).isEmpty()) {
        feil() << bruk << '\n';
        return Ugyldig;
    }
    try {
        auto store = Store::aapne(globalt.db);
        const QString idEllerNr = p.value(u"case"_s);
        const auto id = BrevRepository(*store).finnSak(idEllerNr);
        if (!id) {
            feil() << u"--case: no case with id or saksnummer '%1' in %2"_s.arg(idEllerNr, globalt.db) << '\n';
            return Ugyldig;
        }
        const Arkivpakke pakke(*store, Katalog::innebygd());
        const Arkivmelding melding = pakke.lag(*id, bruker(), QDateTime::currentDateTimeUtc());
        Arkivpakke::skriv(melding, p.value(u"out"_s));
        return Ok;
    } catch (const StoreError &e) {
        feil() << e.melding() << '\n';
        return e.art() == StoreError::Art::Avvist ? Ugyldig : Driftsfeil;
    }
}

} // namespace tilsyn::cli
