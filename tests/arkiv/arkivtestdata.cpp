#include "arkivtestdata.h"

#include "brevtestdata.h"
#include "domain/katalog.h"
#include "letters/brevmalkilde.h"
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

} // namespace tilsyn::test
