// The recovery copy: written a moment after the first unsaved change (QSaveFile), read back as
// the same case, removed when the case is saved.

#include "domain/katalog.h"
#include "items/gjenoppretting.h"
#include "items/sakutkast.h"

#include <QFile>
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
        const QList<Gjenoppretting::Kopi> kopier = Gjenoppretting::finn(dir.filePath(u"recovery"_s));
        QCOMPARE(kopier.size(), 1);
        QCOMPARE(kopier[0].sak, utkast.sak());
        QCOMPARE(kopier[0].versjon, 4);
        QVERIFY(kopier[0].skrevet.isValid());

        utkast.markerLagret(5);
        QVERIFY(!QFile::exists(g.fil(s.id)));
    }

    void ugyldigeFilerHoppesOver()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"x.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        QVERIFY(Gjenoppretting::finn(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGjenoppretting)
#include "tst_gjenoppretting.moc"
