// "Fordel denne saken…" (Assign this case…) in the real desktop, driven by the keyboard (issue 12):
// a leader of the case's office (the role as learnt at sync) opens View, presses the accelerator,
// picks a caseworker in the dialog with the arrow keys and Return: the assignment is stored,
// audited with the leader's central login and waits in the store for the next sync; "Mine saker"
// follows it. A caseworker without the leader role is not offered the entry, and the store refuses
// the assignment anyway. Also: an avskrivning the central store did not keep, in the sync problems
// window.

#include "caseeditor.h"
#include "domain/katalog.h"
#include "flyt/tildeling.h"
#include "items/innstillinger.h"
#include "items/saklistemodel.h"
#include "mainwindow.h"
#include "oversettelser.h"
#include "skrivebord.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "modalvent.h"
#include "../letters/brevtestdata.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace tilsyn;

class TestTildelingsvisning final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
    Oversettelser m_oversettelser;
    std::unique_ptr<Skrivebord> m_skrivebord;
    QString m_sak;

    QString les(const QString &sql)
    {
        QSqlQuery q(m_store->db());
        if (!q.exec(sql) || !q.next())
            return u"<ingen>"_s;
        return q.value(0).toString();
    }

    // The View menu opened with Alt+V (nb "&Vis"), as a person does.
    QMenu *aapneVisMeny()
    {
        MainWindow *w = m_skrivebord->vindu();
        QApplication::setActiveWindow(w);
        QTest::keyClick(w, Qt::Key_V, Qt::AltModifier);
        if (!QTest::qWaitFor([w] { return w->visningsmeny()->isVisible(); }, 30000))
            return nullptr;
        return w->visningsmeny();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Innstillinger::navn.sett(u"Anne Leder"_s);
        Innstillinger::tittel.sett(u"seksjonssjef"_s);
        Innstillinger::telefon.sett(u"38 17 60 00"_s);
        Innstillinger::embete.sett(u"agder"_s);
        Innstillinger::godkjenner.sett(u"Anne Leder"_s);
        Innstillinger::godkjennerTittel.sett(u"seksjonssjef"_s);
        Innstillinger::profilSpurt.sett(true);
        // Her central login (a socket folder that does not exist: sync fails at once, offline).
        QSettings().setValue(u"sentral/conninfo"_s, u"host=%1 dbname=tilsyn user=anne"_s.arg(m_dir.filePath(u"ingen"_s)));
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_store->registrerKatalog(Katalog::innebygd());
        m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        Tilsynssak s = test::brevsak(5);
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.embete = u"agder"_s;
        s.saksbehandler.reset();
        s.avsluttet = {};
        s.utfall.reset();
        const auto r = m_repo->lagre(s, Endringskontekst{.bruker = u"anne"_s});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.problemer.constFirst().melding));
        m_sak = s.id;
        // What sync learnt: the office's users, and that anne leads agder.
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(u"INSERT INTO sentral_bruker VALUES ('agder', 'anne', 1), ('agder', 'kari', 0), ('agder', 'per', 0)"_s));
        m_store->settMeta(u"sentral_lederroller"_s, u"agder"_s);
        QVERIFY(m_oversettelser.last(u"nb"_s));
        m_skrivebord = std::make_unique<Skrivebord>(*m_store, Katalog::innebygd(), m_oversettelser);
        m_skrivebord->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_skrivebord->vindu(), 30000);
        QVERIFY(QTest::qWaitForWindowActive(m_skrivebord->vindu()));
        m_skrivebord->vindu()->aapneSak(m_sak);
        QTRY_VERIFY_WITH_TIMEOUT(m_skrivebord->vindu()->editor()->harSak(), 30000);
    }

    void lederFordelerMedTastaturet()
    {
        MainWindow *w = m_skrivebord->vindu();
        QMenu *meny = aapneVisMeny();
        QVERIFY(meny);
        QAction *tildel = w->findChild<QAction *>(u"handlingTildel"_s);
        QVERIFY(tildel && tildel->isVisible());
        QCOMPARE(tildel->text(), u"For&del denne saken…"_s);
        // The dialog is modal: answer it with the keyboard once it is up.
        bool svart = false;
        QString valgt;
        QTimer::singleShot(0, this, [&] {
            // Once it holds the keyboard (activation is asynchronous: a key before went to the main window).
            QInputDialog *d = test::ventPaaModal<QInputDialog>();
            if (!d)
                return;
            // Whatever fails below, the dialog is closed so the test goes on and reports it.
            const auto lukk = qScopeGuard([d, &svart] {
                if (!svart)
                    d->reject();
            });
            QVERIFY(QTest::qWaitForWindowActive(d));
            QCOMPARE(d->windowTitle(), u"Fordel sak"_s);
            QCOMPARE(d->comboBoxItems(),
                     (QStringList{u"(ingen: ufordelt)"_s, u"Anne Leder (anne)"_s, u"kari"_s, u"per"_s}));
            QCOMPARE(d->textValue(), u"(ingen: ufordelt)"_s); // nobody has it yet
            QWidget *felt = QApplication::focusWidget();
            QVERIFY(felt && qobject_cast<QComboBox *>(felt));
            QTest::keyClick(felt, Qt::Key_Down); // anne
            QTest::keyClick(felt, Qt::Key_Down); // kari
            valgt = d->textValue();
            QTest::keyClick(felt, Qt::Key_Return);
            svart = true;
        });
        QTest::keyClick(meny, Qt::Key_D); // "For&del denne saken…"
        QTRY_VERIFY(svart);
        QCOMPARE(valgt, u"kari"_s);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        // The assignee is the case's saksbehandler (by name where known; kari's is not).
        QCOMPARE(m_repo->hent(m_sak)->saksbehandler.value_or(u"-"_s), u"kari"_s);

        // Stored, audited by the leader's central login, waiting for the next sync.
        QCOMPARE(Tildeling(*m_store).tildelt(m_sak).value_or(u"-"_s), u"kari"_s);
        QCOMPARE(les(u"SELECT bruker || ' av ' || av || ' ' || coalesce(mottatt, 'ikke sendt') FROM tildeling"_s),
                 u"kari av anne ikke sendt"_s);
        QCOMPARE(les(u"SELECT count(*) FROM audit WHERE handling = 'sak tildelt'"_s), u"1"_s);
        QCOMPARE(les(u"SELECT bruker || ' ' || endringer FROM audit WHERE handling = 'sak tildelt'"_s),
                 u"anne {\"tildelt\":\"kari\"}"_s);
        // "Mine saker" of kari now holds it (the list's filter as the desktop runs it).
        SakListeModel liste(*m_store, Katalog::innebygd());
        SakFilter mine;
        mine.saksbehandler = u"Kari Saksbehandler"_s;
        mine.sentralbruker = u"kari"_s;
        liste.settFilter(mine);
        QCOMPARE(liste.rowCount(), 1);
        QCOMPARE(liste.id(0), m_sak);
    }

    void saksbehandlerSerIkkeFordeling()
    {
        // Not (or no longer) a leader of agder, as learnt at the last sync.
        m_store->settMeta(u"sentral_lederroller"_s, QStringLiteral(""));
        MainWindow *w = m_skrivebord->vindu();
        QMenu *meny = aapneVisMeny();
        QVERIFY(meny);
        QAction *tildel = w->findChild<QAction *>(u"handlingTildel"_s);
        QVERIFY(!tildel->isVisible());
        QVERIFY(!meny->actions().contains(tildel) || !tildel->isVisible());
        QTest::keyClick(meny, Qt::Key_Escape);
        QTRY_VERIFY(!meny->isVisible());
        // And the store refuses it whatever the window offers.
        QVERIFY_THROWS_EXCEPTION(StoreError, Tildeling(*m_store).tildel(m_sak, u"per"_s, u"kari"_s));
        QCOMPARE(Tildeling(*m_store).tildelt(m_sak).value_or(u"-"_s), u"kari"_s);
        QCOMPARE(les(u"SELECT count(*) FROM tildeling"_s), u"1"_s);
        QCOMPARE(les(u"SELECT count(*) FROM audit WHERE handling = 'sak tildelt'"_s), u"1"_s);
    }

    // A tryout (l11, l12, b20): the dialog preselected "(nobody)" for a case Kari had, showed the
    // leader by login, and after assigning to Per the case and the list still said Kari. Now it
    // preselects who has the case, shows the leader by her profile's name, and the assignee
    // becomes the case's saksbehandler: the field and the list's column say Per at once (and on
    // every client once the case syncs); "Mine saker" follows the assignment.
    void fordelingViserDenSomHarSaken()
    {
        m_store->settMeta(u"sentral_lederroller"_s, u"agder"_s);
        MainWindow *w = m_skrivebord->vindu();
        QMenu *meny = aapneVisMeny();
        QVERIFY(meny);
        bool svart = false;
        QString forvalgt, valgt;
        QStringList punkter;
        QTimer::singleShot(0, this, [&] {
            // Once it holds the keyboard (activation is asynchronous: a key before went to the main window).
            QInputDialog *d = test::ventPaaModal<QInputDialog>();
            if (!d)
                return;
            const auto lukk = qScopeGuard([d, &svart] {
                if (!svart)
                    d->reject();
            });
            QVERIFY(QTest::qWaitForWindowActive(d));
            punkter = d->comboBoxItems();
            forvalgt = d->textValue();
            QWidget *felt = QApplication::focusWidget();
            QVERIFY(felt && qobject_cast<QComboBox *>(felt));
            QTest::keyClick(felt, Qt::Key_Down); // per, below kari
            valgt = d->textValue();
            QTest::keyClick(felt, Qt::Key_Return);
            svart = true;
        });
        QTest::keyClick(meny, Qt::Key_D);
        QTRY_VERIFY(svart);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(punkter, (QStringList{u"(ingen: ufordelt)"_s, u"Anne Leder (anne)"_s, u"kari"_s, u"per"_s}));
        QCOMPARE(forvalgt, u"kari"_s);
        QCOMPARE(valgt, u"per"_s);
        QCOMPARE(Tildeling(*m_store).tildelt(m_sak).value_or(u"-"_s), u"per"_s);
        QCOMPARE(m_repo->hent(m_sak)->saksbehandler.value_or(u"-"_s), u"per"_s);
        auto *felt = w->editor()->findChild<QLineEdit *>(u"saksbehandler"_s);
        QVERIFY(felt);
        QTRY_COMPARE(felt->text(), u"per"_s);
        QTRY_COMPARE_WITH_TIMEOUT(w->saksliste()->index(w->saksliste()->radForId(m_sak), SakListeModel::SaksbehandlerColumn)
                                      .data().toString(), u"per"_s, 30000);
        SakListeModel liste(*m_store, Katalog::innebygd());
        SakFilter mine;
        mine.saksbehandler = u"Kari Saksbehandler"_s;
        mine.sentralbruker = u"kari"_s;
        liste.settFilter(mine);
        QCOMPARE(liste.rowCount(), 0);
        mine.saksbehandler = u"per"_s;
        mine.sentralbruker = u"per"_s;
        liste.settFilter(mine);
        QCOMPARE(liste.rowCount(), 1);
    }

    // An avskrivning made here that the central store did not keep (tst_avskrivningsynk makes one
    // on a real server; here the rows are written as JournalSynk writes them): the status-bar
    // count includes it, the sync problems window opens on its tab, names the document, and
    // "Merk som sett" (Alt+E) takes it off.
    void tapteAvskrivningerVises()
    {
        QSqlQuery q(m_store->db());
        const QString post = u"INSERT INTO journalpost (id, sak_id, type, nummer, foreloepig, journaldato, dokumentdato, "
                             u"tittel, offentlig_tittel, parter, unntatt_offentlighet, hjemmel, status, registrert_av, "
                             u"registrert, synk) VALUES ('%1', '%2', '%3', %4, %4, '2024-03-04', '2024-03-01', '%5', "
                             u"'Dokument i tilsynssak', '[]', 1, '', 'Journalført', 'anne', '2024-03-04T10:00:00Z', "
                             u"'ferdig')"_s;
        QVERIFY(q.exec(post.arg(u"p-klage"_s, m_sak, u"I"_s).arg(1).arg(u"Klage på helsehjelp"_s)));
        QVERIFY(q.exec(post.arg(u"p-brev-a"_s, m_sak, u"U"_s).arg(2).arg(u"Kvittering"_s)));
        QVERIFY(q.exec(post.arg(u"p-brev-b"_s, m_sak, u"U"_s).arg(3).arg(u"Kvittering"_s)));
        QVERIFY(q.exec(u"UPDATE journalpost SET avskrevet_dato = '2024-03-07', avskrevet_av = 'anne', "
                       u"avskrivningsmaate = 'Besvart med brev', avskrevet_med = 'p-brev-b' WHERE id = 'p-klage'"_s));
        QVERIFY(q.exec(u"INSERT INTO journal_avskrivning_tapt (journalpost_id, sak_id, dato, av, maate, med, sentral_dato, "
                       u"sentral_av, sentral_maate, sentral_med, registrert) VALUES ('p-klage', '%1', '2024-03-07', "
                       u"'anne', 'Besvart med brev', 'p-brev-b', '2024-03-06', 'kari', 'Besvart med brev', 'p-brev-a', "
                       u"'2024-03-08T09:00:00.000Z')"_s.arg(m_sak)));
        QVERIFY(q.exec(u"UPDATE journalpost SET avskrevet_dato = '2024-03-06', avskrevet_av = 'kari', "
                       u"avskrevet_med = 'p-brev-a' WHERE id = 'p-klage'"_s));
        MainWindow *w = m_skrivebord->vindu();
        w->findChild<QAction *>(u"handlingSynkproblemer"_s)->trigger();
        QWidget *vindu = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((vindu = w->findChild<QWidget *>(u"synkproblemer"_s, Qt::FindChildrenRecursively)) && vindu->isVisible()
                    && vindu->isWindow(), 30000);
        auto *faner = vindu->findChild<QTabWidget *>();
        QCOMPARE(faner->currentIndex(), 2);
        QCOMPARE(faner->tabText(2), u"Avskrevet to ganger (1)"_s);
        auto *knapp = w->findChild<QToolButton *>(u"synkproblemer"_s);
        QTRY_COMPARE_WITH_TIMEOUT(knapp->text(), u"1 konflikt"_s, 30000);
        auto *liste = vindu->findChild<QTreeWidget *>(u"tapteAvskrivninger"_s);
        QCOMPARE(liste->topLevelItemCount(), 1);
        const QString nr = *m_repo->hent(m_sak)->saksnummer;
        QCOMPARE(liste->topLevelItem(0)->text(0), nr + u"-1"_s);
        QCOMPARE(liste->topLevelItem(0)->text(1), u"Klage på helsehjelp"_s);
        QCOMPARE(liste->topLevelItem(0)->text(2), u"Besvart med brev %1-3, 07.03.2024, anne"_s.arg(nr));
        QCOMPARE(liste->topLevelItem(0)->text(3), u"Besvart med brev %1-2, 06.03.2024, kari"_s.arg(nr));
        vindu->resize(1100, 500);
        QTest::qWait(200);
        const QString ut = qEnvironmentVariable("TILSYN_SKJERMBILDER", m_dir.filePath(u"bilder"_s));
        QVERIFY(QDir().mkpath(ut));
        QVERIFY(vindu->grab().save(QDir(ut).filePath(u"avskrevet-to-ganger-nb.png"_s)));
        QApplication::setActiveWindow(vindu);
        QVERIFY(QTest::qWaitForWindowActive(vindu));
        QTest::keyClick(vindu, Qt::Key_E, Qt::AltModifier); // "Merk som s&ett"
        QTRY_COMPARE_WITH_TIMEOUT(liste->topLevelItemCount(), 0, 30000);
        QCOMPARE(faner->tabText(2), u"Avskrevet to ganger (0)"_s);
        QTRY_VERIFY(!knapp->isVisible());
        QCOMPARE(les(u"SELECT sett_av FROM journal_avskrivning_tapt"_s), w->bruker());
        QVERIFY(!les(u"SELECT sett FROM journal_avskrivning_tapt"_s).isEmpty());
        vindu->close();
    }

    void cleanupTestCase()
    {
        m_skrivebord.reset();
    }
};

QTEST_MAIN(TestTildelingsvisning)
#include "tst_tildelingsvisning.moc"
