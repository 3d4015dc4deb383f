// tilsynsklient [--db PATH] letter --case ID --type TYPE [--to RECIPIENT] [--maalform nb|nn] [--finalise] --out FILE.pdf

#include "cli.h"

#include "domain/katalog.h"
#include "flyt/dokumentflyt.h"
#include "items/kontorpraksis.h"
#include "io/utfil.h"
#include "letters/brevmal.h"
#include "letters/brevmalkilde.h"
#include "letters/brevparter.h"
#include "letters/brevrenderer.h"
#include "letters/brevrepository.h"
#include "letters/brevtekster.h"
#include "letters/brevtype.h"
#include "letters/brevvalg.h"
#include "letters/maalformkontroll.h"
#include "tekst/ordbok.h"
#include "store/dokumentasjonsfrist.h"
#include "store/oppfolgingrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

#include <algorithm>

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
    p.setApplicationDescription(u"Render a letter of a case to a PDF/A-1b file (a draft, marked UTKAST, unless --finalise)."_s);
    p.addOption({u"case"_s, u"The case's id or saksnummer."_s, u"ID"_s});
    p.addOption({u"type"_s, u"The letter type: %1."_s.arg(typeliste()), u"TYPE"_s});
    p.addOption({u"to"_s, u"The recipient: innsender, or a tilsynsobjekt's objekt_id (default: the type's first)."_s,
                 u"RECIPIENT"_s});
    p.addOption({u"maalform"_s, u"nb or nn (default: the recipient's registered målform, else nb)."_s, u"nb|nn"_s});
    p.addOption({u"finalise"_s, u"Finalise the letter as the desktop does (stored in the case with its SHA-256, "
                                u"not marked UTKAST) and write it to FILE.pdf."_s});
    p.addOption({u"out"_s, u"The PDF file to write."_s, u"FILE.pdf"_s});
    p.addHelpOption();
    const QString bruk = u"usage: tilsynsklient [--db PATH] letter --case ID --type TYPE [--to RECIPIENT] [--maalform nb|nn] [--finalise] --out FILE.pdf"_s;
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
        // A draft only reads the store; finalising writes the letter into it.
        auto store = p.isSet(u"finalise"_s) ? Store::aapne(globalt.db) : Store::aapneForLesing(globalt.db);
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
        Brevbestilling bestilling;
        bestilling.type = type;
        bestilling.til = p.value(u"to"_s);
        bestilling.maalform = maalform;
        bestilling.dato = QDate::currentDate();
        bestilling.profil = Brevprofil::fraInnstillinger();
        bestilling.hendelser = hendelserFraBrev(brev.forSak(*id));
        bestilling.dokumentnummer = brev.nesteDokumentnummer(*id); // Vår ref saksnummer-N
        // Only a letter that fits the case and its recipient is made (the letter window's rule,
        // letters/brevvalg.h); without --to, the type's first party it fits.
        bestilling.oppfolging = OppfolgingRepository(*store, saker, katalog).hent(*id);
        bestilling.dokumentasjonsfrist = Dokumentasjonsfrist(*store).hent(*id); // as the letter window shows it
        const Brevvalg valg(*sak, bestilling.oppfolging);
        const QList<Brevmottaker> passende = valg.mottakere(type);
        if (bestilling.til.isEmpty() && !passende.isEmpty())
            bestilling.til = passende.constFirst().noekkel();
        QString passerIkke = passende.isEmpty() && bestilling.til.isEmpty() ? valg.typenPasserIkke(type) : QString();
        for (const Brevmottaker &m : muligeMottakere(*sak, type))
            if (m.noekkel() == bestilling.til)
                passerIkke = valg.passerIkke(type, m);
        if (!passerIkke.isEmpty()) {
            QStringList passer;
            for (const Brevtype &t : valg.typer()) {
                QStringList til;
                for (const Brevmottaker &m : valg.mottakere(t.kode))
                    til.append(m.noekkel());
                passer.append(u"%1 (--to %2)"_s.arg(t.kode, til.join(u"|"_s)));
            }
            feil() << u"--type %1%2: the letter does not fit the case %3: %4. Letters that fit: %5"_s.arg(
                          type, bestilling.til.isEmpty() ? QString() : QString(u" --to "_s + bestilling.til), idEllerNr,
                          passerIkke, passer.isEmpty() ? u"none"_s : passer.join(u", "_s))
                   << '\n';
            return Ugyldig;
        }
        Brevutkast utkast;
        try {
            utkast = settSammenBrev(*sak, bestilling, maler, katalog);
        } catch (const BrevmalFeil &e) {
            feil() << e.melding() << '\n';
            return Ugyldig;
        }
        // The begrunnelser written for this very letter in its målform in the letter window, and
        // those confirmed there as they stand (Brevtekster::lagreEgne; the assessments unchanged).
        const auto egne = Brevtekster(*store).hentEgne(*id, Dokumentflyt::brevnoekkel(utkast),
                                                       {u"begrunnelse:"_s, u"bekreftet:"_s});
        for (auto it = egne.cbegin(); it != egne.cend(); ++it)
            utkast.fritekst.insert(it.key(), it.value());
        const bool ferdigstill = p.isSet(u"finalise"_s);
        if (ferdigstill) {
            switch (Kontorpraksis::sperre(*sak, type, Kontorpraksis::typerSomKreverGodkjenning())) {
            case Ferdigstillingssperre::ManglerSaksnummer:
                feil() << u"--finalise: case %1 has no saksnummer yet; a letter can be finalised only in a case "
                          u"with one (enter the archive's number in the case)"_s.arg(idEllerNr) << '\n';
                return Ugyldig;
            case Ferdigstillingssperre::KreverGodkjenning: {
                // The approved version is finalised exactly as approved, signed by the leader
                // who approved it (the approval record), once the central store accepted it.
                const Dokumentflyt flyt(*store);
                const auto godkjent = flyt.godkjentVersjon(*id, Dokumentflyt::brevnoekkel(utkast));
                if (!godkjent) {
                    feil() << u"--finalise: letters of type %1 need an approval in this office (setting "
                              u"kontor/brev_som_krever_godkjenning), and the central store has not accepted an "
                              u"approval of this letter yet: send it for approval in the desktop, and sync"_s.arg(type)
                           << '\n';
                    return Ugyldig;
                }
                if (Dokumentflyt::noekkel(*sak, godkjent->first.utkast) != godkjent->first.noekkel) {
                    feil() << u"--finalise: case %1 has changed since the letter was approved; send the letter for "
                              u"approval again"_s.arg(idEllerNr) << '\n';
                    return Ugyldig;
                }
                utkast = godkjent->first.utkast;
                utkast.godkjenning = godkjent->second;
                break;
            }
            case Ferdigstillingssperre::Ingen:
                break;
            }
            // As the letter window: a letter whose Saksforhold would still be the marker asking for
            // the text in the letter's målform (the summary is in the other one) is not finalised.
            // The same for each short reason of the innsender's letter (one mechanism, maalformkontroll.h).
            const QList<Maalformavsnitt> markorer =
                maalformmarkorer(*sak, katalog, utkast, maler.mal(utkast.type, utkast.maalform));
            for (const Maalformavsnitt &a : markorer) {
                if (a.hva == Maalformtekst::Begrunnelse)
                    feil() << u"--finalise: the begrunnelse for %1 (%2) is in the other målform than the letter's (%3) "
                              u"and was neither written in its målform for this letter nor confirmed as intended: write "
                              u"it, or tick \"Use the text as it stands\", in the letter window"_s
                                  .arg(a.paragraf, a.objekt, maalformKode(utkast.maalform))
                           << '\n';
                else if (a.hva == Maalformtekst::Saksforhold)
                    feil() << u"--finalise: the letter's Saksforhold is not written in its målform (%1) and the case's "
                              u"summary is in the other one; write the Saksforhold in the letter window, or render it "
                              u"without --finalise to see the marker"_s.arg(maalformKode(utkast.maalform))
                           << '\n';
                else
                    feil() << u"--finalise: the short reason for %1 (%2) is in the other målform than the letter's "
                              u"(%3): «%4»; write it in the letter window, or render the letter without --finalise to "
                              u"see the marker"_s.arg(a.paragraf, a.objekt, maalformKode(utkast.maalform), a.original)
                           << '\n';
            }
            if (!markorer.isEmpty())
                return Ugyldig;
            utkast.utkast = false;
        }
        // Opened before anything is stored: an unwritable FILE.pdf stores no letter.
        Utfil fil(ut_); // whole or not at all; a device such as /dev/full is never replaced
        if (!fil.aapne()) {
            feil() << fil.feil() << '\n';
            return Driftsfeil;
        }
        QByteArray pdf = Brevrenderer(katalog, maler).pdfA(*sak, utkast);
        if (ferdigstill) {
            // The file gets the stored bytes, checked against their SHA-256: the same letter the
            // case holds, also when this draft was finalised before (then nothing new is stored).
            // Who finalises: the logged-in user, as the desktop records it.
            const qint64 brevId = brev.ferdigstill(*sak, utkast, pdf, bruker());
            pdf = brev.hentKontrollert(brevId).pdf;
            // A decision that states the documentation deadline fixes the case's (as the desktop does).
            const QString utfall = sak->utfall.value_or(QString());
            if (utkast.type == u"bm5-avgjorelse"_s && utfall != u"innledende"_s && utfall != u"oversendt-htil"_s
                && std::any_of(sak->vurderinger.cbegin(), sak->vurderinger.cend(), [&utkast](const Vurdering &v) {
                       return v.objekt == utkast.mottaker.objektId && v.konklusjon == u"lovbrudd"_s;
                   }))
                Dokumentasjonsfrist(*store).sett(*id, utkast.oppfolgingsfrist, bruker(), brevId);
        }
        if (!fil.skriv(pdf) || !fil.fullfoer()) {
            feil() << fil.feil() << '\n';
            return Driftsfeil;
        }
        // The contract's default for a recipient without a registered målform is bokmål; it is
        // never silently so (DOMAIN.md § 6): the desktop proposes the målform of the case's texts.
        if (!maalform && !harRegistrertMaalform(*sak, utkast.mottaker)) {
            const Maalformforslag f = maalformForslag(
                *sak, utkast.mottaker.rolle == Mottakerrolle::Tilsynsobjekt || utkast.mottaker.rolle == Mottakerrolle::Ledelse
                          ? utkast.mottaker.objektId : QString());
            feil() << (f.maalform == Maalform::Nynorsk && f.grunnlag != Maalformgrunnlag::Ingen
                           ? u"warning: the målform of %1 is not registered in the case, so the letter is in bokmål "
                             u"(the default), but the case's texts are written in nynorsk: give --maalform nn for a "
                             u"nynorsk letter"_s
                           : u"warning: the målform of %1 is not registered in the case, so the letter is in bokmål "
                             u"(the default; --maalform nn for nynorsk)"_s)
                          .arg(utkast.mottaker.navn)
                   << '\n';
        }
        // Typed text is printed as typed: a nynorsk letter with bokmål in the summary, the free
        // text or a begrunnelse says so (as the letter window does), the letter is still written.
        if (utkast.maalform == Maalform::Nynorsk) {
            const Ordbok nn(Maalform::Nynorsk);
            const QStringList ukjente = ukjenteOrdIBrev(*sak, katalog, utkast, maler.mal(type, utkast.maalform), nn);
            if (!ukjente.isEmpty())
                feil() << u"warning: the nynorsk dictionary does not know these words of the letter's typed text "
                          u"(summary, free text, begrunnelser, titles): %1; check them before the letter is sent"_s
                              .arg(ukjente.join(u", "_s))
                       << '\n';
        }
        return Ok;
    } catch (const StoreError &e) {
        feil() << e.melding() << '\n';
        return e.art() == StoreError::Art::Avvist ? Ugyldig : Driftsfeil;
    } catch (const BrevmalFeil &e) {
        feil() << e.melding() << '\n';
        return e.iInndata() ? Ugyldig : Driftsfeil;
    }
}

} // namespace tilsyn::cli
