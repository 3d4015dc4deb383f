#include "brevparter.h"

#include "domain/katalog.h"
#include "domain/tilsynssak.h"
#include "domain/validering.h"
#include "items/innstillinger.h"
#include "letters/brevforslag.h"
#include "letters/brevmal.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrepository.h"
#include "letters/brevtype.h"
#include "letters/brevvalg.h"

#include <QCoreApplication>

namespace tilsyn {

using namespace Qt::StringLiterals;

Brevprofil Brevprofil::fraInnstillinger()
{
    return {Innstillinger::navn.verdi(), Innstillinger::tittel.verdi(), Innstillinger::telefon.verdi()};
}

QList<Brevmottaker> parter(const Tilsynssak &sak)
{
    QList<Brevmottaker> ut = muligeMottakere(sak, u"bm5-resultat-innsender"_s);
    ut.append(muligeMottakere(sak, u"bm5-avgjorelse"_s));
    return ut;
}

Brevutkast settSammenBrev(const Tilsynssak &sak, const Brevbestilling &b, const Brevmalkilde &maler,
                          const Katalog &katalog)
{
    const Brevtype *t = brevtype(b.type);
    if (!t)
        throw BrevmalFeil(u"ukjent brevtype «%1»"_s.arg(b.type));
    const QList<Brevmottaker> mulige = muligeMottakere(sak, b.type);
    QString objektId;
    if (!b.til.isEmpty()) {
        QStringList noekler;
        const Brevmottaker *valgt = nullptr;
        for (const Brevmottaker &m : mulige) {
            noekler.append(m.noekkel());
            if (m.noekkel() == b.til && !valgt)
                valgt = &m;
        }
        if (!valgt) {
            QString hint;
            if (b.til == u"innsender" && t->mottaker != Mottakerrolle::Innsender && b.type.startsWith(u"bm5-"))
                hint = u" (innsenderen får sitt eget brev, bm5-resultat-innsender)"_s;
            throw BrevmalFeil(u"--to: brevtypen %1 kan ikke sendes til «%2»%3; mulige mottakere: %4"_s.arg(
                b.type, b.til, hint, noekler.isEmpty() ? u"ingen"_s : noekler.join(u", "_s)));
        }
        objektId = valgt->objektId;
    }
    if (b.type.startsWith(u"palegg-"_s) && mulige.isEmpty())
        throw BrevmalFeil(u"%1: et pålegg om retting etter kommuneloven § 30-4 kan bare gis kommunen "
                          u"(barneverntjenesten eller Nav-kontoret); saken har ingen slik part, og hjemmelen for "
                          u"pålegg til en barnevernsinstitusjon, et senter eller Bufetat er en annen"_s.arg(b.type),
                          true);
    Brevutkast u = foreslaaUtkast(sak, b.type, b.dato, objektId, b.maalform);
    const Brevhode hode = maler.brevhode(katalog, sak.embete, u.maalform);

    // The signer: the user profile; else the office's list of caseworkers (brevhode.json).
    const Brevperson fraKontoret = hode.saksbehandlere.value(sak.saksbehandler.value_or(QString()));
    if (!b.profil.navn.trimmed().isEmpty()) {
        u.saksbehandler = {b.profil.navn, b.profil.tittel, b.profil.telefon};
    } else if (!fraKontoret.navn.isEmpty()) {
        u.saksbehandler = fraKontoret;
    }
    if (u.saksbehandler.tittel.isEmpty())
        u.saksbehandler.tittel = fraKontoret.tittel;
    if (u.saksbehandler.telefon.isEmpty())
        u.saksbehandler.telefon = fraKontoret.telefon.isEmpty() ? hode.telefon : fraKontoret.telefon;
    // One deadline for the service, whichever party's letter set it (a caseworker's typed date
    // was lost to «Avgjørelser til alle parter», which proposed its own).
    if (b.dokumentasjonsfrist.isValid() && b.type == u"bm5-avgjorelse"_s)
        u.oppfolgingsfrist = b.dokumentasjonsfrist;
    else if (b.type.startsWith(u"oppfolging-"_s)) // the deadline the decision gave, never a new proposal
        u.oppfolgingsfrist = b.dokumentasjonsfrist;
    u.godkjenning = b.godkjenning; // never the office's default approver: only a recorded approval
    u.hendelser = b.hendelser;
    if (b.type.startsWith(u"oppfolging-"_s) && b.oppfolging) // the recipient's own breaches only
        for (const Lovbruddoppfolging &l : b.oppfolging->lovbrudd)
            if (!u.mottaker.objektId.isEmpty() && l.objekt == u.mottaker.objektId)
                u.oppfolging.append(l);
    if (b.type == u"bm5-oversendelse-htil"_s) { // the documents enclosed: the case's own letters too
        for (const Brevhendelse &h : b.hendelser) {
            const Brevtype *bt = brevtype(h.type);
            u.vedlegg.append(u"«%1» til %2, %3"_s.arg(bt ? bt->navnPaa(u.maalform) : h.type, h.mottaker,
                                                        datoIOrd(h.dato)));
        }
    }
    u.dokumentnummer = b.dokumentnummer;
    return u;
}

QList<Brevutkast> vedtaksbrevTilAlleParter(const Tilsynssak &sak, const Brevbestilling &bestilling,
                                          const Brevmalkilde &maler, const Katalog &katalog)
{
    QList<Brevutkast> ut;
    Brevbestilling b = bestilling;
    b.maalform.reset();
    const Brevvalg valg(sak); // only the parties each letter fits (an object without an assessment gets none)
    for (const QString &type : {u"bm5-avgjorelse"_s, u"bm5-resultat-innsender"_s}) {
        b.type = type;
        for (const Brevmottaker &m : valg.mottakere(type)) {
            if (erSendt(bestilling.hendelser, type, m.navn))
                continue; // this party has its finalised letter
            b.til = m.noekkel();
            ut.append(settSammenBrev(sak, b, maler, katalog));
        }
    }
    return ut;
}

std::optional<QString> kopiAdvarsel(const Tilsynssak &sak, const Brevutkast &utkast, const Brevmottaker &kopi)
{
    const Brevtype *t = brevtype(utkast.type);
    const bool vedtak = t && t->erAvgjorelse;
    if (!vedtak || kopi.rolle != Mottakerrolle::Innsender)
        return std::nullopt;
    if (innsenderHarInnsyn(sak)) // the patient or user themself (barnevern: the child, or a parent)
        return std::nullopt;
    // The sources by their catalogue names ("Pårørende"), never their codes, in the program's language.
    QStringList kilder;
    for (const QString &kode : sak.kilder) {
        const QString navn = Katalog::innebygd().navn(Katalog::Liste::Kilde, kode, meldingsMaalform());
        kilder.append(navn.isEmpty() ? kode : navn);
    }
    return QCoreApplication::translate("tilsyn::Brevparter",
                                       "%1 is not registered as the patient or user themself (source: %2). A copy of "
                                       "the decision to %3 may give them information they have no right to. Attach "
                                       "it only when they have a power of attorney or another basis; otherwise the "
                                       "innsender gets the result in a letter of their own.")
        .arg(kopi.navn,
             kilder.isEmpty() ? QCoreApplication::translate("tilsyn::Brevparter", "not given") : kilder.join(u", "_s),
             utkast.mottaker.navn);
}

QList<Brevhendelse> hendelserFraBrev(const QList<FerdigBrev> &brev)
{
    QList<Brevhendelse> ut;
    for (const FerdigBrev &f : brev)
        ut.append({f.dato, f.type, f.mottaker});
    return ut;
}

} // namespace tilsyn
