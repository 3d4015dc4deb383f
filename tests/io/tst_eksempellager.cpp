// The example store shows the deadline features on the day it is made: its cases are dated
// relative to that day (30 overdue, 30 due in 2–10 days, 12 lovbrudd in follow-up), cover every
// office and sector of the catalogue and BM 1–5, go through the import's validation, and the
// caseworker's own store is never touched.

#include "domain/frist.h"
#include "domain/katalog.h"
#include "domain/validering.h"
#include "io/eksempeldag.h"
#include "io/eksempellager.h"
#include "store/oppfolgingrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tilsyn;

class TestEksempellager final : public QObject
{
    Q_OBJECT

private slots:
    void tellingerRelativtTilDagen_data()
    {
        QTest::addColumn<QDate>("idag");
        QTest::newRow("i dag") << QDate::currentDate();
        QTest::newRow("1. desember 2026") << QDate(2026, 12, 1);
        QTest::newRow("nyttårsdagen") << QDate(2027, 1, 1);
        QTest::newRow("skuddag") << QDate(2028, 2, 29);
        QTest::newRow("31. mai") << QDate(2027, 5, 31);
    }

    void tellingerRelativtTilDagen()
    {
        QFETCH(QDate, idag);
        const Katalog &k = Katalog::innebygd();
        const QString sti = m_dir.filePath(u"eks-%1.sqlite"_s.arg(idag.toString(Qt::ISODate)));
        Eksempellager::lag(sti, k, u"kari"_s, idag);
        auto store = Store::aapne(sti);
        QVERIFY(Eksempellager::erEksempellager(*store));
        SakRepository repo(*store, k);

        int alle = 0, aapne = 0, forfalte = 0, snart = 0, innen14 = 0, avsluttet = 0, kari = 0;
        QSet<QString> embeter, sektorer, kombinasjoner;
        QSet<int> bm;
        QStringList feil;
        repo.forHver([&](const Tilsynssak &s) {
            ++alle;
            embeter.insert(s.embete);
            sektorer.insert(s.sektor);
            kombinasjoner.insert(s.embete + u'/' + s.sektor);
            if (s.behandlingsmaate)
                bm.insert(*s.behandlingsmaate);
            if (s.saksbehandler == u"kari")
                ++kari;
            if (s.mottatt > idag)
                feil.append(s.id + u": mottatt i framtiden"_s);
            if (s.avsluttet.isValid()) {
                ++avsluttet;
                if (s.avsluttet > idag)
                    feil.append(s.id + u": avsluttet i framtiden"_s);
                return;
            }
            ++aapne;
            const Frist f = beregnFrist(s, k, idag);
            if (f.status == Friststatus::Forfalt)
                ++forfalte;
            if (f.status == Friststatus::Loeper && f.dagerIgjen >= 2 && f.dagerIgjen <= 10)
                ++snart;
            if (forfallerSnart(f))
                ++innen14;
            for (const Vurdering &v : s.vurderinger) {
                if (k.post(Katalog::Liste::Bestemmelse, v.bestemmelse)->krav.isEmpty())
                    feil.append(s.id + u": bestemmelse uten krav "_s + v.bestemmelse);
            }
        });
        QVERIFY2(feil.isEmpty(), qPrintable(feil.join(u'\n')));
        QCOMPARE(alle, 170);
        QCOMPARE(aapne, 95);
        QCOMPARE(avsluttet, 75);
        QCOMPARE(forfalte, 30);
        QCOMPARE(snart, 30);
        QCOMPARE(innen14, 30); // "Forfaller snart" (14 days) shows exactly those
        QVERIFY(kari > 0);
        QCOMPARE(embeter.size(), k.poster(Katalog::Liste::Embete).size());
        QCOMPARE(sektorer.size(), k.poster(Katalog::Liste::Sektor).size());
        QCOMPARE(kombinasjoner.size(), embeter.size() * sektorer.size());
        QCOMPARE(bm, (QSet<int>{1, 2, 3, 4, 5}));

        OppfolgingRepository oppfolging(*store, repo, k);
        const QList<Oppfolging> iOppfolging = oppfolging.aapne();
        QCOMPARE(iOppfolging.size(), 12);
        for (const Oppfolging &o : iOppfolging) {
            QVERIFY(!o.lovbrudd.isEmpty());
            for (const Lovbruddoppfolging &l : o.lovbrudd) {
                QVERIFY(l.frist.isValid());
                QVERIFY(!l.krav.isEmpty());
            }
        }
    }

    void sammeDagGirSammeSaker()
    {
        const QDate dag(2026, 12, 1);
        const Eksempeldag a = Eksempeldag::lag(Katalog::innebygd(), dag);
        const Eksempeldag b = Eksempeldag::lag(Katalog::innebygd(), dag);
        QCOMPARE(a.saker.size(), 170);
        QVERIFY(a.saker == b.saker);
        for (const Tilsynssak &s : a.saker)
            QVERIFY2(valider(s, Katalog::innebygd()).isEmpty(), qPrintable(s.id));
    }

    void egetLagerRoresIkke()
    {
        const Katalog &k = Katalog::innebygd();
        const QString egen = m_dir.filePath(u"egen.sqlite"_s);
        {
            auto store = Store::aapne(egen);
            SakRepository repo(*store, k);
            Tilsynssak s = Eksempeldag::lag(k, QDate(2026, 12, 1)).saker.constFirst();
            s.id = nyId();
            QVERIFY(repo.lagre(s, Endringskontekst{.bruker = u"kari"_s}).ok());
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, Eksempellager::lag(egen, k, u"kari"_s));
        const QString eks = m_dir.filePath(u"eksempelsaker.sqlite"_s);
        Eksempellager::lag(eks, k, u"kari"_s);
        Eksempellager::lag(eks, k, u"kari"_s); // made again: replaced, not added to
        {
            auto store = Store::aapne(eks);
            QCOMPARE(SakRepository(*store, k).antall(), 170);
        }
        auto store = Store::aapne(egen);
        QVERIFY(!Eksempellager::erEksempellager(*store));
        QCOMPARE(SakRepository(*store, k).antall(), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEksempellager)
#include "tst_eksempellager.moc"
