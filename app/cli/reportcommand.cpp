// tilsynsklient [--db PATH] report NAME --sektor SEKTOR --year YYYY [--embete CODE] [--format csv|json]

#include "cli.h"

#include "domain/katalog.h"
#include "io/utfil.h"
#include "reports/rapportmotor.h"
#include "reports/rapportskriver.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

namespace tilsyn::cli {

using namespace Qt::StringLiterals;

namespace {

const QString kBruk = u"usage: tilsynsklient [--db PATH] report NAME --sektor SEKTOR --year YYYY "
                      u"[--embete CODE] [--format csv|json]"_s;

QStringList koder(const Katalog &katalog, Katalog::Liste liste)
{
    QStringList ut;
    for (const KatalogPost &p : katalog.poster(liste))
        ut.append(p.kode);
    return ut;
}

int ugyldig(const QString &melding)
{
    feil() << u"report: "_s << melding << '\n' << kBruk << '\n';
    return Ugyldig;
}

} // namespace

int rapport(const Globalt &globalt, const QStringList &argumenter)
{
    const Katalog &katalog = Katalog::innebygd();
    QCommandLineParser p;
    p.setApplicationDescription(u"Statistics over the cases in the store, like the annual report tables."_s);
    p.addPositionalArgument(u"NAME"_s, u"The report: %1."_s.arg(Rapportmotor::rapporter().join(u", "_s)));
    p.addOption({u"sektor"_s, u"The sektor: %1."_s.arg(koder(katalog, Katalog::Liste::Sektor).join(u", "_s)), u"SEKTOR"_s});
    p.addOption({u"year"_s, u"The year (cases closed in it)."_s, u"YYYY"_s});
    p.addOption({u"embete"_s, u"Only this office (an embete code)."_s, u"CODE"_s});
    p.addOption({u"format"_s, u"csv (default) or json."_s, u"FORMAT"_s, u"csv"_s});
    p.addHelpOption();
    if (!p.parse(argumenter))
        return ugyldig(p.errorText());
    if (p.isSet(u"help"_s)) {
        ut() << p.helpText();
        return Ok;
    }
    if (p.positionalArguments().size() != 1)
        return ugyldig(u"give exactly one report NAME"_s);
    const QString navn = p.positionalArguments().constFirst();
    if (!Rapportmotor::rapporter().contains(navn))
        return ugyldig(u"unknown report '%1' (known: %2)"_s.arg(navn, Rapportmotor::rapporter().join(u", "_s)));
    const QString sektor = p.value(u"sektor"_s);
    if (!p.isSet(u"sektor"_s))
        return ugyldig(u"--sektor is required"_s);
    if (!katalog.har(Katalog::Liste::Sektor, sektor))
        return ugyldig(u"--sektor: unknown sektor '%1' (known: %2)"_s.arg(
            sektor, koder(katalog, Katalog::Liste::Sektor).join(u", "_s)));
    if (!p.isSet(u"year"_s))
        return ugyldig(u"--year is required"_s);
    const QString aarTekst = p.value(u"year"_s);
    static const QRegularExpression fireSifre(u"^[0-9]{4}$"_s);
    const int aar = aarTekst.toInt();
    if (!fireSifre.match(aarTekst).hasMatch() || aar < 1900)
        return ugyldig(u"--year: '%1' is not a year (YYYY, 1900 or later)"_s.arg(aarTekst));
    const QString embete = p.value(u"embete"_s);
    if (p.isSet(u"embete"_s) && !katalog.har(Katalog::Liste::Embete, embete))
        return ugyldig(u"--embete: unknown embete code '%1'"_s.arg(embete));
    const QString format = p.value(u"format"_s);
    if (format != u"csv" && format != u"json")
        return ugyldig(u"--format: '%1' is not csv or json"_s.arg(format));

    try {
        const auto store = Store::aapneForLesing(globalt.db);
        const Rapportmotor motor(store->db(), katalog);
        const Rapportvalg valg = Rapportvalg::forAar(sektor, aar, embete);
        const Rapporttabell tabell = motor.lag(navn, valg);
        // Written and flushed through a checked writer: a full disk or a closed pipe is exit 1.
        Utfil fil(u"-"_s);
        if (!fil.aapne() || !fil.skriv(format == u"json" ? tilJson(tabell, valg) : tilCsv(tabell)) || !fil.fullfoer()) {
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
