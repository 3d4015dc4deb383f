// What a sync tells about assignment and approval, on the real desktops (offscreen) against the
// real PostgreSQL (pg_virtualenv). A tryout (b19, b20, c05, c06): Per got no word when a case was
// assigned to him, the case and the list still named the former caseworker, and the leader's main
// window showed no sign of the letter waiting for her (only Ctrl+Shift+G did). Now the caseworker's
// F5 says "Case S was assigned to you by X" in the status bar and the case's saksbehandler is the
// assignee; the leader's desktop counts the letters waiting for her in a status-bar button (Tab,
// Space opens the queue) and in the menu item, and says so when a sync brings one.

#include "../sync/pgtestmiljo.h"
#include "../sync/synctestklient.h"

#include "domain/katalog.h"
#include "flyt/dokumentflyt.h"
#include "flyt/tildeling.h"
#include "godkjenningsvindu.h"
#include "items/innstillinger.h"
#include "items/saklistemodel.h"
#include "letters/brevutkast.h"
#include "mainwindow.h"
#include "oversettelser.h"
#include "skrivebord.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "synkstyring.h"
#include "modalvent.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

class TestTildelingsvarsel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fordelingOgKoeSies();

private:
    QTemporaryDir m_dir;
};

namespace {

void profil(const QString &navn, const QString &tittel, const QString &conninfo)
{
    Innstillinger::navn.sett(navn);
    Innstillinger::tittel.sett(tittel);
    Innstillinger::telefon.sett(u"38 17 60 00"_s);
    Innstillinger::embete.sett(u"agder"_s);
    Innstillinger::godkjenner.sett(u"Anne Leder"_s);
    Innstillinger::godkjennerTittel.sett(u"seksjonssjef"_s);
    Innstillinger::profilSpurt.sett(true);
    QSettings().setValue(u"sentral/conninfo"_s, conninfo);
}

// F5 in the active window, as a person presses it; true once the sync it started has reported.
bool f5(MainWindow *w)
{
    auto *synk = w->findChild<SynkStyring *>();
    QSignalSpy synket(synk, &SynkStyring::oppdatert);
    QApplication::setActiveWindow(w);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : static_cast<QWidget *>(w), Qt::Key_F5);
    return QTest::qWaitFor([&] { return synket.count() > 0; }, 60000);
}

} // namespace

void TestTildelingsvarsel::fordelingOgKoeSies()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    const QString kari = pg.opprettBruker(u"kari"_s, {u"agder"_s});
    const QString anne = pg.opprettBruker(u"anne"_s, {u"agder"_s});
    pg.verdi(u"GRANT tilsyn_leder_agder TO \"%1\""_s.arg(anne));
    SyncTestKlient leder(m_dir.path(), u"leder"_s, pg.conninfo(anne));
    const QString sakId = leder.nySak(u"agder"_s, 5);
    leder.endre(sakId, [](Tilsynssak &s) { s.saksbehandler = u"Per Hansen"_s; });
    leder.synk();
    QCOMPARE(leder.store().meta(u"sentral_lederroller"_s), u"agder"_s);

    // Kari's desktop: the first sync brings the case, Per's.
    profil(u"Kari Saksbehandler"_s, u"rådgiver"_s, pg.conninfo(kari));
    auto store = Store::aapne(m_dir.filePath(u"kari.sqlite"_s));
    store->registrerKatalog(Katalog::innebygd());
    Oversettelser oversettelser;
    {
        Skrivebord skrivebord(*store, Katalog::innebygd(), oversettelser);
        skrivebord.start();
        QTRY_VERIFY_WITH_TIMEOUT(skrivebord.vindu(), 30000);
        MainWindow *w = skrivebord.vindu();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTRY_COMPARE_WITH_TIMEOUT(w->saksliste()->rowCount(), 1, 60000);
        QVERIFY(f5(w));
        QVERIFY2(!w->statusBar()->currentMessage().contains(u"assigned"_s), qUtf8Printable(w->statusBar()->currentMessage()));

        // The leader assigns it to Kari on her client, by Kari's name, and syncs; Kari's F5 tells her.
        SakRepository lederrepo(leder.store(), Katalog::innebygd());
        // Her name is not known on the leader's client: the login goes in the field ...
        QVERIFY(Tildeling(leder.store()).fordel(lederrepo, sakId, kari, kari, anne).isEmpty());
        QCOMPARE(lederrepo.hent(sakId)->saksbehandler.value_or(QString()), kari);
        leder.synk();
        QVERIFY(f5(w));
        const QString nr = SakRepository(*store, Katalog::innebygd()).hent(sakId)->saksnummer.value_or(sakId);
        const QString melding = w->statusBar()->currentMessage();
        QVERIFY2(melding.contains(u"Case %1 was assigned to you by"_s.arg(nr)), qUtf8Printable(melding));
        // One notion of who has it: the list's column follows the assignment on this client too.
        QTRY_COMPARE_WITH_TIMEOUT(w->saksliste()->index(w->saksliste()->radForId(sakId), SakListeModel::SaksbehandlerColumn)
                                      .data().toString(), u"Kari Saksbehandler"_s, 60000);
        // ... and her client puts her name in it, which the leader's client gets at its next sync.
        QCOMPARE(SakRepository(*store, Katalog::innebygd()).hent(sakId)->saksbehandler.value_or(QString()),
                 u"Kari Saksbehandler"_s);
        // Said once: the next sync has no news (and pushes her name).
        w->statusBar()->clearMessage();
        QVERIFY(f5(w));
        QVERIFY2(!w->statusBar()->currentMessage().contains(u"assigned"_s), qUtf8Printable(w->statusBar()->currentMessage()));
        leder.synk();
        QCOMPARE(lederrepo.hent(sakId)->saksbehandler.value_or(QString()), u"Kari Saksbehandler"_s);
        // Kari is no leader: no queue button.
        auto *knapp = w->findChild<QToolButton *>(u"tilGodkjenning"_s);
        QVERIFY(knapp && !knapp->isVisible());

        // She sends the decision for approval; F5 pushes it.
        Dokumentflyt flyt(*store);
        const Tilsynssak sak = *SakRepository(*store, Katalog::innebygd()).hent(sakId);
        Brevutkast u = foreslaaUtkast(sak, u"bm5-avgjorelse"_s, QDate(2026, 11, 30));
        u.saksbehandler = {u"Kari Saksbehandler"_s, u"rådgiver"_s, {}};
        flyt.sendTilGodkjenning(flyt.lagreUtkast(sak, u, kari).id, {}, u"Kan du se på denne?"_s, kari);
        QVERIFY(f5(w));
    }

    // Anne's desktop on her store: the main window shows the letter waiting once a sync brings it.
    profil(u"Anne Leder"_s, u"seksjonssjef"_s, pg.conninfo(anne));
    Skrivebord skrivebord(leder.store(), Katalog::innebygd(), oversettelser);
    skrivebord.start();
    QTRY_VERIFY_WITH_TIMEOUT(skrivebord.vindu(), 30000);
    MainWindow *w = skrivebord.vindu();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    auto *knapp = w->findChild<QToolButton *>(u"tilGodkjenning"_s);
    QVERIFY(knapp);
    QTRY_VERIFY_WITH_TIMEOUT(knapp->isVisible(), 60000); // the first sync brought it
    // (The English plural forms come from tilsynsklient_en, which the test does not load.)
    QVERIFY2(knapp->text().startsWith(u"1 letter"_s) && knapp->text().endsWith(u"for approval"_s), qUtf8Printable(knapp->text()));
    QVERIFY2(w->statusBar()->currentMessage().startsWith(u"1 letter"_s)
                 && w->statusBar()->currentMessage().contains(u"waiting for your approval"_s),
             qUtf8Printable(w->statusBar()->currentMessage()));
    QAction *meny = w->findChild<QAction *>(u"handlingGodkjenning"_s);
    QVERIFY2(meny->text().contains(u"(1 waiting)"_s), qUtf8Printable(meny->text()));
    // The button opens the queue from the keyboard (Space on it).
    bool sett = false;
    QTimer::singleShot(0, this, [&] {
        if (!qobject_cast<Godkjenningsvindu *>(QApplication::activeModalWidget()))
            return;
        auto *vindu = ventPaaModal<Godkjenningsvindu>(); // shown and holding the keyboard
        if (!vindu)
            return;
        sett = true;
        QTest::keyClick(vindu, Qt::Key_Escape);
    });
    knapp->setFocus(Qt::TabFocusReason);
    QTest::keyClick(knapp, Qt::Key_Space);
    QTRY_VERIFY(sett);
}

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QApplication app(argc, argv);
    TestTildelingsvarsel t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_tildelingsvarsel.moc"
