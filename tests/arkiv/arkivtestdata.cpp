#include "arkivtestdata.h"

#include "brevtestdata.h"
#include "domain/katalog.h"
#include "journal/journalrepository.h"
#include "letters/brevmalkilde.h"
#include "letters/brevparter.h"
#include "letters/brevrenderer.h"
#include "letters/brevrepository.h"
#include "letters/brevutkast.h"
#include "store/sakrepository.h"
#include "store/store.h"

namespace tilsyn::test {

using namespace Qt::StringLiterals;

namespace {

void lagre(SakRepository &saker, const Tilsynssak &sak)
{
    const auto r = saker.lagre(sak, {u"kari.saksbehandler"_s});
    if (!r.ok())
        qFatal("the test case does not validate: %s", qPrintable(r.problemer.constFirst().melding));
}

} // namespace

Arkivlager lagArkivlager(const QString &db)
{
    Arkivlager a;
    a.db = db;
    auto store = Store::aapne(db);
    const Katalog &katalog = Katalog::innebygd();
    SakRepository saker(*store, katalog);
    BrevRepository brev(*store);
    const Brevmalkilde maler;
    const Brevrenderer renderer(katalog, maler);

    a.sak = brevsak(5, 3);
    lagre(saker, a.sak);
    const auto ferdigstill = [&](Brevutkast u) {
        u.utkast = false;
        a.brev.append(brev.ferdigstill(a.sak, u, renderer.pdfA(a.sak, u), u"ola.nordmann"_s));
    };
    ferdigstill(foreslaaUtkast(a.sak, u"kvittering"_s, QDate(2024, 3, 6), {}, Maalform::Nynorsk));
    // Each object's decision with a copy to the innsender, chosen as a caseworker would (letters
    // never add copies by default).
    const auto medKopiTilInnsender = [&](Brevutkast u) {
        Brevmottaker kopi;
        kopi.navn = a.sak.innsender->navn;
        kopi.adresse = a.sak.innsender->adresse;
        kopi.rolle = Mottakerrolle::Innsender;
        u.kopiTil = {kopi};
        return u;
    };
    ferdigstill(medKopiTilInnsender(foreslaaUtkast(a.sak, u"bm5-avgjorelse"_s, QDate(2024, 8, 30), u"o1"_s)));
    ferdigstill(medKopiTilInnsender(foreslaaUtkast(a.sak, u"bm5-avgjorelse"_s, QDate(2024, 8, 30), u"o2"_s)));

    Tilsynssak utkast = brevsak(1);
    utkast.saksnummer.reset();
    lagre(saker, utkast);
    a.utenSaksnummer = utkast.id;

    Tilsynssak utenBrev = brevsak(2);
    utenBrev.saksnummer = u"2024/4712"_s;
    lagre(saker, utenBrev);
    a.utenBrev = *utenBrev.saksnummer;
    return a;
}

Journallager lagJournallager(const QString &db)
{
    Journallager j;
    j.db = db;
    auto store = Store::aapne(db);
    const Katalog &katalog = Katalog::innebygd();
    SakRepository saker(*store, katalog);
    BrevRepository brev(*store);
    JournalRepository journal(*store);
    const Brevmalkilde maler;
    j.sak = brevsak(5, 3);
    j.sak.avsluttet = {};
    j.sak.utfall.reset();
    lagre(saker, j.sak);
    const Endringskontekst kari{.bruker = u"kari.saksbehandler"_s};
    j.klage = "%PDF-1.4\n% klage fra innsender\n"_ba;
    NyJournalpost klage;
    klage.dokumentdato = QDate(2024, 3, 1);
    klage.journaldato = QDate(2024, 3, 4);
    klage.tittel = u"Klage på helsehjelp ved Haukeland"_s;
    klage.offentligTittel = u"Klage i tilsynssak"_s;
    klage.parter = {{u"Avsender"_s, j.sak.innsender->navn}};
    klage.fil = j.klage;
    klage.filnavn = u"klage.PDF"_s;
    const QString klageId = journal.registrer(j.sak.id, klage, kari);

    Brevbestilling b;
    b.type = u"kvittering"_s;
    b.dato = QDate(2024, 3, 6);
    b.dokumentnummer = brev.nesteDokumentnummer(j.sak.id);
    Brevutkast u = settSammenBrev(j.sak, b, maler, katalog);
    u.utkast = false;
    j.kvittering = brev.ferdigstill(j.sak, u, Brevrenderer(katalog, maler).pdfA(j.sak, u), u"ola.nordmann"_s);
    const QList<Journalpost> poster = journal.forSak(j.sak.id);
    journal.avskriv(klageId, u"Besvart med brev"_s, poster.constLast().id, {}, kari);

    NyJournalpost notat;
    notat.type = u"N"_s;
    notat.dokumentdato = QDate(2024, 3, 7);
    notat.tittel = u"Telefonsamtale med innsender"_s;
    journal.registrer(j.sak.id, notat, kari);
    NyJournalpost tillegg = klage;
    tillegg.tittel = u"Tilleggsopplysninger"_s;
    tillegg.dokumentdato = QDate(2024, 3, 20);
    tillegg.journaldato = QDate(2024, 3, 21);
    tillegg.fil.clear();
    tillegg.filnavn.clear();
    journal.registrer(j.sak.id, tillegg, kari);
    return j;
}

} // namespace tilsyn::test
