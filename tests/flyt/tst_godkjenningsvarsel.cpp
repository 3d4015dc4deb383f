// Approval between two people, seen by the caseworker on her real desktop (offscreen) against the
// real PostgreSQL (pg_virtualenv): the leader's queue names the caseworker by her profile's name,
// not her login; a sync (F5) that brings the leader's return or approval says so in the status bar,
// naming the letter, the case and the leader by name, and counts it in the menu item; Ctrl+Shift+G
// lists her letters still waiting and the returned one with the leader's name and the whole comment
// (a tryout saw "Fra: siri", "Sendt tilbake av kmjelde", only "Oppdatert 17:05" and a cut comment).

#include "../sync/pgtestmiljo.h"
#include "../sync/synctestklient.h"

#include "domain/katalog.h"
#include "flyt/dokumentflyt.h"
#include "flyt/flytkoemodell.h"
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
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

class TestGodkjenningsvarsel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saksbehandlerenFaarBeskjedMedNavn();

private:
    QTemporaryDir m_dir;
};

void TestGodkjenningsvarsel::saksbehandlerenFaarBeskjedMedNavn()
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
    leder.synk();

    // Kari's desktop, syncing with her login; her profile names her.
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
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTRY_COMPARE_WITH_TIMEOUT(w->saksliste()->rowCount(), 1, 60000); // the first sync brought the case
    auto *synk = w->findChild<SynkStyring *>();
    QVERIFY(synk);
    QSignalSpy synket(synk, &SynkStyring::oppdatert);
    // Keys go where a person's would: the focused widget of the active window.
    const auto tast = [w](Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
        QApplication::setActiveWindow(w);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : static_cast<QWidget *>(w), k, m);
    };
    const auto f5 = [&] {
        const qsizetype foer = synket.count();
        tast(Qt::Key_F5);
        return QTest::qWaitFor([&] { return synket.count() > foer; }, 60000);
    };

    // She sends the decision for approval; F5 pushes it.
    const QString vid = [&] {
        Dokumentflyt flyt(*store);
        Brevutkast u = foreslaaUtkast(*SakRepository(*store, Katalog::innebygd()).hent(sakId), u"bm5-avgjorelse"_s,
                                      QDate(2026, 11, 30));
        u.saksbehandler = {u"Kari Saksbehandler"_s, u"rådgiver"_s, {}};
        const Utkastversjon v = flyt.lagreUtkast(*SakRepository(*store, Katalog::innebygd()).hent(sakId), u, kari);
        flyt.sendTilGodkjenning(v.id, {}, u"Kan du se på denne?"_s, kari);
        return v.id;
    }();
    QVERIFY(f5());

    // The leader's queue names her by name; the login is the tool tip.
    leder.synk();
    Dokumentflyt lederflyt(leder.store());
    FlytkoeModell koe(lederflyt, FlytkoeModell::Utvalg::TilGodkjenning, anne);
    koe.oppdater();
    QCOMPARE(koe.rowCount(), 1);
    QCOMPARE(koe.index(0, FlytkoeModell::FraKolonne).data().toString(), u"Kari Saksbehandler"_s);
    QCOMPARE(koe.index(0, FlytkoeModell::FraKolonne).data(Qt::ToolTipRole).toString(), kari);

    // Nothing answered yet: no news.
    QVERIFY(f5());
    QVERIFY2(!w->statusBar()->currentMessage().contains(u"returned"_s), qUtf8Printable(w->statusBar()->currentMessage()));

    // The leader returns it with a comment; Kari's F5 says so, by name, with the letter and case.
    const QString kommentar = u"Vurderingen av § 4 må begrunnes bedre, og fristen for dokumentasjon må stå i konklusjonen."_s;
    lederflyt.behandle(vid, Flytstatus::SendtTilbake, kommentar, anne, {u"Anne Leder"_s, u"seksjonssjef"_s, {}});
    leder.synk();
    QVERIFY(f5());
    const QString melding = w->statusBar()->currentMessage();
    QVERIFY2(melding.contains(u"Anne Leder returned your letter"_s) && melding.contains(u"Avgjørelse i tilsynssak"_s)
                 && melding.contains(kommentar),
             qUtf8Printable(melding));
    QVERIFY(!melding.contains(anne));
    // The office's people, as "Send for approval" and "Assign" list them, by name where known.
    {
        const QList<Kontorbruker> brukere = Tildeling(*store).brukere(u"agder"_s);
        const auto a = std::find_if(brukere.cbegin(), brukere.cend(), [&](const Kontorbruker &k) { return k.bruker == anne; });
        QVERIFY(a != brukere.cend());
        QCOMPARE(a->navn, u"Anne Leder"_s);
    }
    QAction *meny = w->findChild<QAction *>(u"handlingGodkjenning"_s);
    QVERIFY(meny);
    QVERIFY2(meny->text().contains(u"1 new"_s), qUtf8Printable(meny->text()));

    // Ctrl+Shift+G: "Returned to me (1)", by name, the whole comment under the list.
    bool sett = false;
    QTimer::singleShot(0, this, [&] {
        if (!qobject_cast<Godkjenningsvindu *>(QApplication::activeModalWidget()))
            return;
        auto *vindu = ventPaaModal<Godkjenningsvindu>(); // shown and holding the keyboard
        if (!vindu)
            return;
        QCOMPARE(vindu->tilbakesendt()->rowCount(), 1);
        QCOMPARE(vindu->tilbakesendt()->index(0, FlytkoeModell::FraKolonne).data().toString(), u"Anne Leder"_s);
        QVERIFY(vindu->windowTitle().contains(u"(1)"_s));
        QVERIFY2(vindu->melding().contains(u"Anne Leder"_s) && vindu->melding().contains(kommentar),
                 qUtf8Printable(vindu->melding()));
        sett = true;
        QTest::keyClick(vindu, Qt::Key_Escape);
    });
    tast(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(sett);
    QVERIFY2(!meny->text().contains(u"new"_s), qUtf8Printable(meny->text())); // seen

    // Revised and sent again: the window lists it as hers, waiting, with the leaders it went to.
    const QString vid2 = [&] {
        Dokumentflyt flyt(*store);
        Brevutkast u = foreslaaUtkast(*SakRepository(*store, Katalog::innebygd()).hent(sakId), u"bm5-avgjorelse"_s,
                                      QDate(2026, 11, 30));
        u.saksbehandler = {u"Kari Saksbehandler"_s, u"rådgiver"_s, {}};
        u.fritekst.insert(u"saksforhold"_s, u"Begrunnet bedre."_s);
        const Utkastversjon v = flyt.lagreUtkast(*SakRepository(*store, Katalog::innebygd()).hent(sakId), u, kari);
        flyt.sendTilGodkjenning(v.id, {}, u"Ny versjon."_s, kari);
        return v.id;
    }();
    {
        Dokumentflyt flyt(*store);
        FlytkoeModell venter(flyt, FlytkoeModell::Utvalg::Venter, kari);
        venter.oppdater();
        QCOMPARE(venter.rowCount(), 1);
        QCOMPARE(venter.index(0, FlytkoeModell::MerknadKolonne).data().toString(), u"Ny versjon."_s);
    }
    QVERIFY(f5());
    leder.synk();
    lederflyt.behandle(vid2, Flytstatus::Godkjent, {}, anne, {u"Anne Leder"_s, u"seksjonssjef"_s, {}});
    leder.synk();
    QVERIFY(f5());
    QVERIFY2(w->statusBar()->currentMessage().contains(u"Anne Leder approved your letter"_s),
             qUtf8Printable(w->statusBar()->currentMessage()));
}

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QApplication app(argc, argv);
    TestGodkjenningsvarsel t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_godkjenningsvarsel.moc"
