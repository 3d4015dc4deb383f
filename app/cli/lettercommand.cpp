// tilsynsklient [--db PATH] letter --case ID --type TYPE [--maalform nb|nn] --out FILE.pdf

#include "cli.h"

#include "domain/katalog.h"
#include "io/utfil.h"
#include "letters/brevmal.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrenderer.h"
#include "letters/brevrepository.h"
#include "letters/brevtype.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

namespace tilsyn::cli {

using namespace Qt::StringLiterals;

namespace {

QString typeliste()
{
    QStringList koder;
    for (const Brevtype &t : brevtyper())
        koder.append(t.kode);
    return koder.join(u", "_s);
}

} // namespace

int brev(const Globalt &globalt, const QStringList &argumenter)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Render a letter of a case to a PDF/A-1b file (a draft, marked UTKAST)."_s);
    p.addOption({u"case"_s, u"The case's id or saksnummer."_s, u"ID"_s});
    p.addOption({u"type"_s, u"The letter type: %1."_s.arg(typeliste()), u"TYPE"_s});
    p.addOption({u"maalform"_s, u"nb or nn (default: the recipient's registered målform, else nb)."_s, u"nb|nn"_s});
    p.addOption({u"out"_s, u"The PDF file to write."_s, u"FILE.pdf"_s});
    p.addHelpOption();
    const QString bruk = u"usage: tilsynsklient [--db PATH] letter --case ID --type TYPE [--maalform nb|nn] --out FILE.pdf"_s;
    if (!p.parse(argumenter)) {
        feil() << p.errorText() << '\n' << bruk << '\n';
        return Ugyldig;
    }
    if (p.isSet(u"help"_s)) {
        ut() << p.helpText();
        return Ok;
    }
    if (!p.positionalArguments().isEmpty() || !p.isSet(u"case"_s) || !p.isSet(u"type"_s) || !p.isSet(u"out"_s)) {
        feil() << bruk << '\n';
        return Ugyldig;
    }
    const QString type = p.value(u"type"_s);
    if (!brevtype(type)) {
        feil() << u"--type: unknown letter type '%1' (known: %2)"_s.arg(type, typeliste()) << '\n';
        return Ugyldig;
    }
    std::optional<Maalform> maalform;
    if (p.isSet(u"maalform"_s)) {
        const QString m = p.value(u"maalform"_s);
        if (m != u"nb"_s && m != u"nn"_s) {
            feil() << u"--maalform: must be nb or nn, not '%1'"_s.arg(m) << '\n';
            return Ugyldig;
        }
        maalform = maalformFraKode(m);
    }
    const QString ut_ = p.value(u"out"_s);
    try {
        auto store = Store::aapneForLesing(globalt.db); // a draft only reads the store
        const Katalog &katalog = Katalog::innebygd();
        SakRepository saker(*store, katalog);
        BrevRepository brev(*store);
        const QString idEllerNr = p.value(u"case"_s);
        const auto id = brev.finnSak(idEllerNr);
        const auto sak = id ? saker.hent(*id) : std::nullopt;
        if (!sak) {
            feil() << u"--case: no case with id or saksnummer '%1' in %2"_s.arg(idEllerNr, globalt.db) << '\n';
            return Ugyldig;
        }
        // The office's own templates and letterhead, if set in the settings
        // (the desktop's settings file, key brev/malmappe).
        const Brevmalkilde maler(QSettings().value(u"brev/malmappe"_s).toString());
        Brevutkast utkast = foreslaaUtkast(*sak, type, QDate::currentDate(), {}, maalform);
        const Brevhode hode = maler.brevhode(katalog, sak->embete, utkast.maalform);
        if (const auto it = hode.saksbehandlere.constFind(utkast.saksbehandler.navn); it != hode.saksbehandlere.cend())
            utkast.saksbehandler = *it;
        if (utkast.saksbehandler.telefon.isEmpty())
            utkast.saksbehandler.telefon = hode.telefon;
        utkast.godkjenner = hode.godkjenner;
        const QByteArray pdf = Brevrenderer(katalog, maler).pdfA(*sak, utkast);
        Utfil fil(ut_); // whole or not at all; a device such as /dev/full is never replaced
        if (!fil.aapne() || !fil.skriv(pdf) || !fil.fullfoer()) {
            feil() << fil.feil() << '\n';
            return Driftsfeil;
        }
        return Ok;
    } catch (const StoreError &e) {
        feil() << e.melding() << '\n';
        return e.art() == StoreError::Art::Avvist ? Ugyldig : Driftsfeil;
    } catch (const BrevmalFeil &e) {
        feil() << e.melding() << '\n';
        return Driftsfeil;
    }
}

} // namespace tilsyn::cli
