// The desktop's case list follows a finished sync (issue 12): a leader on another client assigns a
// case to the caseworker; the caseworker's running desktop syncs (F5) and its "Mine saker" and
// "Ufordelte" filters show the change without a restart. The list re-reads on its worker thread
// (a background search that ends in soekFerdig), not by counting on the GUI thread. Real
// PostgreSQL (pg_virtualenv), the real desktop offscreen.

#include "pgtestmiljo.h"
#include "synctestklient.h"

#include "caseeditor.h"
#include "domain/katalog.h"
#include "flyt/tildeling.h"
#include "items/innstillinger.h"
#include "items/saklistemodel.h"
#include "mainwindow.h"
#include "oversettelser.h"
#include "skrivebord.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

class TestSynkliste final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tildelingFraLederenVisesUtenOmstart();

private:
    QTemporaryDir m_dir;
};

void TestSynkliste::tildelingFraLederenVisesUtenOmstart()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    const QString kari = pg.opprettBruker(u"kari"_s, {u"agder"_s});
    const QString anne = pg.opprettBruker(u"anne"_s, {u"agder"_s});
    pg.verdi(u"GRANT tilsyn_leder_agder TO \"%1\""_s.arg(anne));
    SyncTestKlient leder(m_dir.path(), u"leder"_s, pg.conninfo(anne));
    const QString sak = leder.nySak(u"agder"_s, 21);
    leder.endre(sak, [](Tilsynssak &s) {
        s.saksbehandler.reset();
        s.avsluttet = {};
        s.utfall.reset();
    });
    leder.synk();

    // Kari's desktop, syncing with her login.
    Innstillinger::navn.sett(u"Kari Saksbehandler"_s);
    Innstillinger::tittel.sett(u"rådgiver"_s);
    Innstillinger::telefon.sett(u"38 17 60 00"_s);
    Innstillinger::embete.sett(u"agder"_s);
    Innstillinger::godkjenner.sett(u"Anne Leder"_s);
    Innstillinger::godkjennerTittel.sett(u"seksjonssjef"_s);
    Innstillinger::profilSpurt.sett(true);
    QSettings().setValue(u"sentral/conninfo"_s, pg.conninfo(kari));
    auto store = Store::aapne(m_dir.filePath(u"kari.sqlite"_s));
    store->registrerKatalog(Katalog::innebygd());
    Oversettelser oversettelser;
    Skrivebord skrivebord(*store, Katalog::innebygd(), oversettelser);
    skrivebord.start();
    QTRY_VERIFY_WITH_TIMEOUT(skrivebord.vindu(), 30000);
    MainWindow *w = skrivebord.vindu();
    SakListeModel *liste = w->saksliste();
    QTRY_COMPARE_WITH_TIMEOUT(liste->rowCount(), 1, 60000); // the first sync brought the case
    auto *mine = w->findChild<QCheckBox *>(u"filterMine"_s);
    auto *ufordelte = w->findChild<QCheckBox *>(u"filterUfordelte"_s);
    QVERIFY(mine && ufordelte);
    mine->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(liste->rowCount(), 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!liste->soeker(), 30000);

    // The leader assigns it to kari on her own client and syncs.
    QCOMPARE(leder.store().meta(u"sentral_lederroller"_s), u"agder"_s);
    Tildeling(leder.store()).tildel(sak, kari, anne);
    leder.synk();

    // Kari presses F5: "Mine saker" shows it, re-read in the background.
    QSignalSpy lest(liste, &SakListeModel::soekFerdig);
    QAction *synk = w->findChild<QAction *>(u"handlingSynkroniser"_s);
    QVERIFY(synk);
    synk->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(liste->rowCount(), 1, 60000);
    QCOMPARE(liste->id(0), sak);
    QVERIFY(lest.count() >= 1);
    QCOMPARE(Tildeling(*store).tildelt(sak).value_or(u"-"_s), kari);

    // Unassigned again by the leader: gone from "Mine saker", in "Ufordelte".
    Tildeling(leder.store()).tildel(sak, {}, anne);
    leder.synk();
    synk->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(liste->rowCount(), 0, 60000);
    mine->setChecked(false);
    ufordelte->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!liste->soeker(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(liste->rowCount(), 1, 30000);
    QCOMPARE(liste->id(0), sak);
}

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QApplication app(argc, argv);
    TestSynkliste t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_synkliste.moc"
