// Messages the models make reach the caseworker in the program's language (a tryout in nynorsk got
// three in bokmål): the duplicate case number and closing with incoming documents not written off
// (SakRepository), the warning before a copy of a decision to the innsender (kopiAdvarsel). Against
// a real SQLite store, with the program's own nynorsk translation installed.

#include "../letters/brevtestdata.h"
#include "domain/katalog.h"
#include "letters/brevmalkilde.h"
#include "letters/brevparter.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace tilsyn;
using namespace Qt::StringLiterals;

class TestMeldingsspraak final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_nn.load(u":/i18n/tilsynsklient_nn.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&m_nn));
    }

    void dupliserSaksnummerPaaNynorsk()
    {
        QTemporaryDir dir;
        auto store = Store::aapne(dir.filePath(u"saker.sqlite"_s));
        SakRepository saker(*store, Katalog::innebygd());
        const Tilsynssak holder = test::brevsak(2);
        QVERIFY(saker.lagre(holder, {u"tester"_s}).ok());
        Tilsynssak ny = test::brevsak(1);
        ny.saksnummer = holder.saksnummer;
        const auto r = saker.lagre(ny, {u"tester"_s});
        QVERIFY(!r.ok());
        QCOMPARE(r.problemer.constFirst().melding,
                 u"saksnummeret %1 er alt brukt i embetet av saka motteken %2 om %3"_s
                     .arg(*holder.saksnummer, holder.mottatt.toString(u"dd.MM.yyyy"_s), holder.tilsynsobjekter[0].navn));
    }

    void uavskrevneDokumenterPaaNynorskOgKjendeIgjen()
    {
        const Problem p = SakRepository::uavskrevneDokumenter({u"2024/4711-1 «Henvending»"_s});
        QCOMPARE(p.melding, u"saka kan ikkje avsluttast før alle inngåande dokument er avskrivne, eller du seier "
                            u"kvifor ikkje: 2024/4711-1 «Henvending»"_s);
        QVERIFY(SakRepository::erUavskrevneDokumenter(p));
        QVERIFY(!SakRepository::erUavskrevneDokumenter({u"avsluttet"_s, u"er før mottatt"_s}));
    }

    void kopiAdvarselPaaNynorsk()
    {
        Tilsynssak sak = test::brevsak(5, 0);
        sak.kilder = {u"parorende"_s};
        sak.innsender = Innsender{u"Randi Tveit Eide"_s, u"Fusavegen 1\n5640 Eikelandsosen"_s, u"nn"_s};
        sak.utfall = u"lovbrudd"_s;
        Brevutkast u;
        u.type = u"bm5-avgjorelse"_s;
        u.mottaker.navn = sak.tilsynsobjekter[0].navn;
        Brevmottaker kopi;
        kopi.rolle = Mottakerrolle::Innsender;
        kopi.navn = sak.innsender->navn;
        const auto advarsel = kopiAdvarsel(sak, u, kopi);
        QVERIFY(advarsel);
        QVERIFY2(advarsel->startsWith(u"Randi Tveit Eide er ikkje registrert som pasienten eller brukaren sjølv "
                                      u"(kjelde: Pårørande)."_s),
                 qPrintable(*advarsel));
    }

private:
    QTranslator m_nn;
};

QTEST_GUILESS_MAIN(TestMeldingsspraak)
#include "tst_meldingsspraak.moc"
