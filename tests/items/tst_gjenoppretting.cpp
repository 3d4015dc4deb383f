// The recovery copy: written a moment after the first unsaved change (QSaveFile), never offered
// while the session that wrote it is alive, read back as the same case once it is gone, removed
// when the case is saved. (tst_krasj: the same across real processes.)

#include "domain/katalog.h"
#include "items/gjenoppretting.h"
#include "items/sakutkast.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tilsyn;

class TestGjenoppretting final : public QObject
{
    Q_OBJECT

private slots:
    void skrivesLesesOgFjernes()
    {
        QTemporaryDir dir;
        SakUtkast utkast(Katalog::innebygd());
        Gjenoppretting g(utkast, dir.filePath(u"recovery"_s));
        Tilsynssak s;
        s.id = nyId();
        s.embete = u"innlandet"_s;
        s.sektor = u"helse"_s;
        s.mottatt = QDate(2025, 2, 3);
        utkast.last(s, 4);
        QVERIFY(Gjenoppretting::finn(dir.filePath(u"recovery"_s)).isEmpty());

        utkast.endre(u"sammendrag"_s, u"edit"_s, [](Tilsynssak &x) { x.sammendrag = u"Første"_s; });
        utkast.endre(u"rapport"_s, u"edit"_s, [](Tilsynssak &x) { x.rapportMottatt = QDate(2025, 3, 1); });
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(g.fil(s.id)), 10000);
        // The copy belongs to this (running) session: nobody else is offered it.
        QVERIFY(Gjenoppretting::finn(dir.filePath(u"recovery"_s)).isEmpty());

        utkast.markerLagret(5);
        QVERIFY(!QFile::exists(g.fil(s.id)));
    }

    void foreldreloesKopiTilbysOgForkastes()
    {
        QTemporaryDir dir;
        const QString mappe = dir.filePath(u"recovery"_s);
        SakUtkast utkast(Katalog::innebygd());
        Tilsynssak s;
        s.id = nyId();
        s.embete = u"innlandet"_s;
        s.sektor = u"helse"_s;
        s.mottatt = QDate(2025, 2, 3);
        QString fil;
        {
            Gjenoppretting g(utkast, mappe);
            utkast.last(s, 4);
            utkast.endre(u"sammendrag"_s, u"edit"_s, [](Tilsynssak &x) { x.sammendrag = u"Første"_s; });
            QVERIFY(g.skrivNaa());
            fil = g.fil(s.id);
            QVERIFY(Gjenoppretting::finn(mappe).isEmpty());
            Gjenoppretting annen(utkast, mappe); // a second session cannot see the first's copy
            QVERIFY(Gjenoppretting::finn(mappe).isEmpty());
        }
        QVERIFY(QFile::exists(fil)); // the session ended with unsaved work: the copy stays
        const QList<Gjenoppretting::Kopi> kopier = Gjenoppretting::finn(mappe);
        QCOMPARE(kopier.size(), 1);
        QCOMPARE(kopier[0].fil, fil);
        QCOMPARE(kopier[0].sak.sammendrag, std::optional<QString>(u"Første"_s));
        QCOMPARE(kopier[0].versjon, 4);
        QVERIFY(kopier[0].skrevet.isValid());
        Gjenoppretting::forkast(kopier[0]);
        QVERIFY(!QFile::exists(fil));
        QVERIFY(!QFileInfo::exists(QFileInfo(fil).absolutePath()));
        QVERIFY(Gjenoppretting::finn(mappe).isEmpty());
    }

    void mappePerLager()
    {
        QTemporaryDir dir;
        QCOMPARE(Gjenoppretting::mappeFor(dir.filePath(u"a.sqlite"_s)), Gjenoppretting::mappeFor(dir.filePath(u"./a.sqlite"_s)));
        QVERIFY(Gjenoppretting::mappeFor(dir.filePath(u"a.sqlite"_s)) != Gjenoppretting::mappeFor(dir.filePath(u"b.sqlite"_s)));
    }

    void ugyldigeFilerHoppesOver()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"sesjon"_s));
        QFile f(dir.filePath(u"sesjon/x.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        QVERIFY(Gjenoppretting::finn(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGjenoppretting)
#include "tst_gjenoppretting.moc"
