// The parties' local fields of issue 11 across clients, on a real PostgreSQL: Deres dato and
// Deres ref of the innsender and of each tilsynsobjekt, a health professional's HPR-nr and
// authorisation, the innsender's kilde and the begrunnelser the innsender's short reason comes
// from. Set on client A, synced, identical on client B, and printed by letters rendered on B.

#include "pgtestmiljo.h"
#include "synctestklient.h"
#include "../letters/brevtestdata.h"

#include "domain/katalog.h"
#include "letters/brevmalkilde.h"
#include "letters/brevparter.h"
#include "letters/brevrenderer.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

class TestPartsfeltSynk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partenesFeltKommerFramPaaDenAndreKlienten();

private:
    QTemporaryDir m_dir;
};

void TestPartsfeltSynk::partenesFeltKommerFramPaaDenAndreKlienten()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"vestland"_s);
    const QString kari = pg.opprettBruker(u"kari"_s, {u"vestland"_s});
    const QString ola = pg.opprettBruker(u"ola"_s, {u"vestland"_s});
    SyncTestKlient a(m_dir.path(), u"a"_s, pg.conninfo(kari));
    SyncTestKlient b(m_dir.path(), u"b"_s, pg.conninfo(ola));
    const QString id = a.nySak(u"vestland"_s, 11);
    a.synk();
    b.synk();
    QVERIFY(b.hent(id).has_value());

    // On A: a BM 5 health case with a hospital and a doctor; the innsender is an employee.
    a.endre(id, [](Tilsynssak &s) {
        Tilsynssak mal = brevsak(5, 2);
        mal.id = s.id;
        mal.embete = s.embete;
        mal.saksnummer = s.saksnummer;
        mal.kilder = {u"ansatt"_s};
        mal.innsender->deresDato = QDate(2024, 3, 1);
        mal.innsender->deresRef = u"SH-2024-03"_s;
        mal.tilsynsobjekter[0].deresDato = QDate(2024, 4, 15);
        mal.tilsynsobjekter[0].deresRef = u"HBE 24/1234"_s;
        mal.tilsynsobjekter[1].autorisasjon = u"lege"_s;
        mal.tilsynsobjekter[1].deresDato = QDate(2024, 5, 2);
        mal.tilsynsobjekter[1].deresRef = u"PH-1"_s;
        mal.vurderinger[1].begrunnelse = u"Legen dokumenterte ikke vurderingen. MARKØR-7Q gjelder andre."_s;
        s = mal;
    });
    a.synk();
    b.synk();

    const Tilsynssak paaA = *a.hent(id);
    const std::optional<Tilsynssak> paaB = b.hent(id);
    QVERIFY(paaB.has_value());
    QCOMPARE(paaB->innsender->deresDato, QDate(2024, 3, 1));
    QCOMPARE(paaB->innsender->deresRef, u"SH-2024-03"_s);
    QCOMPARE(paaB->tilsynsobjekter.size(), 2);
    QCOMPARE(paaB->tilsynsobjekter[0].deresDato, QDate(2024, 4, 15));
    QCOMPARE(paaB->tilsynsobjekter[0].deresRef, u"HBE 24/1234"_s);
    QCOMPARE(paaB->tilsynsobjekter[1].autorisasjon, u"lege"_s);
    QCOMPARE(paaB->tilsynsobjekter[1].hpr, std::optional<QString>(u"1234567"_s));
    QCOMPARE(paaB->tilsynsobjekter[1].deresDato, QDate(2024, 5, 2));
    QCOMPARE(paaB->tilsynsobjekter[1].deresRef, u"PH-1"_s);
    QCOMPARE(paaB->kilder, QStringList{u"ansatt"_s});
    QCOMPARE(paaB->vurderinger, paaA.vurderinger);
    QCOMPARE(*paaB, paaA); // nothing else differs either

    // Letters rendered on B print them.
    const Brevmalkilde maler;
    const Brevrenderer renderer(Katalog::innebygd(), maler);
    auto tekst = [&](const QString &type, const QString &til) {
        Brevbestilling bestilling;
        bestilling.type = type;
        bestilling.til = til;
        bestilling.dato = QDate(2024, 9, 2);
        return pdfTekst(renderer.pdfA(*paaB, settSammenBrev(*paaB, bestilling, maler, Katalog::innebygd())));
    };
    const QString sykehus = tekst(u"bm5-avgjorelse"_s, u"o1"_s);
    QVERIFY2(sykehus.contains(u"Deres dato: 15.04.2024"_s) && sykehus.contains(u"Deres ref.: HBE 24/1234"_s),
             qPrintable(sykehus));
    const QString lege = tekst(u"bm5-avgjorelse"_s, u"o2"_s);
    QVERIFY2(lege.contains(u"(lege, HPR-nr. 1234567)"_s), qPrintable(lege));
    QVERIFY2(lege.contains(u"Deres dato: 02.05.2024"_s) && lege.contains(u"Deres ref.: PH-1"_s), qPrintable(lege));
    const QString htil = tekst(u"bm5-oversendelse-htil"_s, {});
    QVERIFY2(htil.contains(u"autorisasjon som lege, HPR-nr. 1234567"_s), qPrintable(htil));
    // The innsender, an employee (kilde synced): their Deres ref, standard reasons, no begrunnelse.
    const QString innsender = tekst(u"bm5-resultat-innsender"_s, u"innsender"_s);
    QVERIFY2(innsender.contains(u"Deres dato: 01.03.2024"_s) && innsender.contains(u"Deres ref.: SH-2024-03"_s),
             qPrintable(innsender));
    QVERIFY2(innsender.contains(u"Opplysningene i saken viser at kravet ikke var oppfylt."_s), qPrintable(innsender));
    QVERIFY2(!innsender.contains(u"MARKØR-7Q"_s) && !innsender.contains(u"dokumenterte ikke"_s), qPrintable(innsender));
}

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QGuiApplication app(argc, argv); // the letters are laid out with fonts
    TestPartsfeltSynk t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_partsfeltsynk.moc"
