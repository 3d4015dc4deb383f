// The case's last decision closes it (issue 10, the tryout on main 2f35db4): in the real desktop,
// with the keyboard only, a BM 5 case with two tilsynsobjekter gets its two avgjørelser. The
// first is finalised with the milestone unticked (its default: the other object still lacks
// its decision); the last with "Registrer milepælen «avsluttet» med brevets dato" ticked. The
// store's case must then be closed on the letter's date, audited, the editor must show it at
// once and View → Start oppfølging must be offered. Unticked, nothing changes.

#include "brevvisning.h"
#include "caseeditor.h"
#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "items/saklistemodel.h"
#include "letters/brevrepository.h"
#include "mainwindow.h"
#include "oversettelser.h"
#include "skrivebord.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "tastehjelp.h"
#include "../letters/brevtestdata.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QPointer>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace tilsyn;
using tilsyn::test::naarModal;

namespace {

QPointer<QWidget> g_hovedvindu;

// Where a key goes: the focused widget of the active window (a closed dialog gives the
// activation back to its parent, which the offscreen platform does not do by itself).
QWidget *mottaker()
{
    QWidget *aktiv = QApplication::activeWindow();
    if (!aktiv || !aktiv->isVisible()) {
        QWidget *vindu = QApplication::activeModalWidget();
        if (!vindu)
            vindu = g_hovedvindu;
        if (vindu)
            QApplication::setActiveWindow(vindu);
    }
    if (!QApplication::focusWidget() && QApplication::activeWindow())
        return QApplication::activeWindow();
    return QApplication::focusWidget();
}

void tast(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
{
    QTest::keyClick(mottaker(), k, m);
}

// A button's accelerator is an animated click fired by a 100 ms timer: wait for it.
void alt(Qt::Key k)
{
    tast(k, Qt::AltModifier);
    QTest::qWait(200);
    QCoreApplication::processEvents();
}

} // namespace

class TestAvsluttendeBrev final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
    Oversettelser m_oversettelser;
    std::unique_ptr<Skrivebord> m_skrivebord;

    // A decided BM 5 case (two objects, lovbrudd), not closed, open in the main window; `endre`
    // changes it before it is saved.
    QString aapneNySak(const QString &saksnummer, const std::function<void(Tilsynssak &)> &endre = {})
    {
        Tilsynssak s = test::brevsak(5, 2);
        s.id = nyId();
        s.saksnummer = saksnummer;
        s.avsluttet = QDate();
        s.brukerinvolvering = Brukerinvolvering{true, false, {}}; // so that the editor can save it
        if (endre)
            endre(s);
        const auto r = m_repo->lagre(s, {u"kari"_s});
        if (!r.ok())
            qFatal("%s", qPrintable(r.problemer.constFirst().melding));
        m_skrivebord->vindu()->saksliste()->sakLagret(s.id);
        m_skrivebord->vindu()->aapneSak(s.id);
        return s.id;
    }

    // Ctrl+P in the main window opens the letter window; GJOER works in it, then Escape closes it.
    // True when GJOER ran to its end without a failed check and no modal window is left after.
    bool iBrevdialogen(const std::function<void(QWidget *dialog)> &gjoer)
    {
        bool gjort = false;
        naarModal(u"brevdialog"_s, [&](QWidget *dialog) {
            gjoer(dialog);
            if (QTest::currentTestFailed())
                return; // as a failed check in the window did before: no Escape
            gjort = true;
            tast(Qt::Key_Escape);
        });
        QApplication::setActiveWindow(m_skrivebord->vindu());
        tast(Qt::Key_P, Qt::ControlModifier);
        return gjort && QTest::qWaitFor([] { return !QApplication::activeModalWidget(); }, 30000);
    }

    // Ctrl+P, the proposed avgjørelse (to `til`), Alt+F (Ferdigstill…), in the question the
    // milestone box as proposed (`foreslaatt`) and then as `haken`, Alt+F, Escape.
    void ferdigstillAvgjorelse(const QString &til, bool foreslaatt, bool haken)
    {
        const auto ferdigstill = [&](QWidget *dialog) {
            auto *visning = dialog->findChild<Brevvisning *>();
            QCOMPARE(visning->utkast().type, u"bm5-avgjorelse"_s);
            QCOMPARE(visning->utkast().mottaker.navn, til);
            QTRY_VERIFY2_WITH_TIMEOUT(visning->kanFerdigstilles(), qPrintable(visning->ferdigstillingsgrunn()), 30000);
            naarModal(u"ferdigstillBekreftelse"_s, [&](QWidget *boks) {
                auto *milepel = boks->findChild<QCheckBox *>(u"medMilepel"_s);
                QVERIFY(milepel);
                QCOMPARE(milepel->isChecked(), foreslaatt);
                if (milepel->isChecked() != haken)
                    alt(Qt::Key_R); // "&Registrer milepælen «avsluttet» med brevets dato"
                QCOMPARE(milepel->isChecked(), haken);
                alt(Qt::Key_F); // "&Ferdigstill"
            });
            alt(Qt::Key_F); // "&Ferdigstill…"
            QTRY_VERIFY_WITH_TIMEOUT(!visning->kanFerdigstilles(), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() == dialog, 30000);
            QCOMPARE(test::ventPaaModal(u"brevdialog"_s), dialog); // the keyboard back in it: keys follow
        };
        QVERIFY(iBrevdialogen(ferdigstill));
    }

    // The last avgjørelse of a case on which the store would refuse "avsluttet": in the question
    // the box is unticked and disabled with the reason (`grunn`, the store's rule) right above it,
    // Alt+R does not tick it, Alt+F finalises the letter, and no error follows the question.
    void ferdigstillUtenMuligMilepel(const QString &objekt, const QString &til, const QString &grunn)
    {
        const auto ferdigstill = [&](QWidget *dialog) {
            auto *visning = dialog->findChild<Brevvisning *>();
            // The avgjørelse to `objekt`, chosen by keys (a case without utfall is not proposed one).
            for (const auto &[tast_, navn, data] : {std::tuple{Qt::Key_T, u"brevtype"_s, u"bm5-avgjorelse"_s},
                                                    std::tuple{Qt::Key_M, u"mottaker"_s, objekt}}) {
                alt(tast_); // "Brev&type", "&Mottaker"
                auto *valg = test::finn<QComboBox>(dialog, navn);
                QCOMPARE(QApplication::focusWidget(), valg);
                tast(Qt::Key_Home);
                for (int i = 0; i < valg->count() && valg->currentData().toString() != data; ++i)
                    tast(Qt::Key_Down);
                QCOMPARE(valg->currentData().toString(), data);
            }
            QCOMPARE(visning->utkast().mottaker.navn, til);
            QTRY_VERIFY2_WITH_TIMEOUT(visning->kanFerdigstilles(), qPrintable(visning->ferdigstillingsgrunn()), 30000);
            naarModal(u"ferdigstillBekreftelse"_s, [&](QWidget *w) {
                auto *boks = qobject_cast<QMessageBox *>(w);
                auto *milepel = boks->findChild<QCheckBox *>(u"medMilepel"_s);
                QVERIFY(milepel);
                QVERIFY(!milepel->isChecked());
                QVERIFY(!milepel->isEnabled());
                QVERIFY2(boks->informativeText().contains(grunn), qPrintable(boks->informativeText()));
                QVERIFY(milepel->toolTip().contains(grunn));
                alt(Qt::Key_R);
                QVERIFY(!milepel->isChecked());
                alt(Qt::Key_F); // "&Ferdigstill"
            });
            alt(Qt::Key_F); // "&Ferdigstill…"
            QTRY_VERIFY_WITH_TIMEOUT(!visning->kanFerdigstilles(), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() == dialog, 30000); // no error box
            QCOMPARE(test::ventPaaModal(u"brevdialog"_s), dialog); // the keyboard back in it: keys follow
        };
        QVERIFY(iBrevdialogen(ferdigstill));
    }

    // View → "Start follow-up of this case's breaches": enabled? (its state is set as the menu opens)
    bool startOppfolgingTilbys()
    {
        MainWindow *w = m_skrivebord->vindu();
        QApplication::setActiveWindow(w);
        alt(Qt::Key_V); // "&Vis"
        if (!QTest::qWaitFor([w] { return w->visningsmeny()->isVisible(); }, 30000))
            return false;
        const bool tilbys = w->findChild<QAction *>(u"handlingStartOppfolging"_s)->isEnabled();
        QTest::keyClick(w->visningsmeny(), Qt::Key_Escape);
        if (!QTest::qWaitFor([w] { return !w->visningsmeny()->isVisible(); }, 30000))
            qWarning("the View menu did not close");
        return tilbys;
    }

    int milepelrevisjoner(const QString &sakId)
    {
        QSqlQuery q(m_store->db());
        q.prepare(u"SELECT COUNT(*) FROM audit WHERE sak_id = ? AND handling = ?"_s);
        q.addBindValue(sakId);
        q.addBindValue(u"milepæl registrert ved ferdigstilt brev"_s);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Innstillinger::navn.sett(u"Kari Nordmann"_s);
        Innstillinger::tittel.sett(u"seniorrådgiver"_s);
        Innstillinger::telefon.sett(u"55 57 20 00"_s);
        Innstillinger::embete.sett(u"vestland"_s);
        Innstillinger::godkjenner.sett(u"Eva Berg"_s);
        Innstillinger::godkjennerTittel.sett(u"fylkeslege"_s);
        Innstillinger::profilSpurt.sett(true);
        QVERIFY(m_dir.isValid());
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_store->registrerKatalog(Katalog::innebygd());
        m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        QVERIFY(m_oversettelser.last(u"nb"_s));
        m_skrivebord = std::make_unique<Skrivebord>(*m_store, Katalog::innebygd(), m_oversettelser);
        m_skrivebord->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_skrivebord->vindu(), 30000);
        g_hovedvindu = m_skrivebord->vindu();
        QVERIFY(QTest::qWaitForWindowActive(m_skrivebord->vindu()));
    }

    void cleanupTestCase()
    {
        m_skrivebord.reset();
        QSettings().clear();
    }

    // Ticked on the last decision: the case is closed on the letter's date, in the store (audited),
    // in the editor at once, and its follow-up can start.
    void sisteAvgjorelseMedMilepelLukkerSaken()
    {
        const QString id = aapneNySak(u"2024/801"_s);
        const CaseEditor *e = m_skrivebord->vindu()->editor();
        QTRY_VERIFY(e->harSak() && e->sak().id == id);
        QVERIFY(!startOppfolgingTilbys());
        ferdigstillAvgjorelse(u"Helse Bergen HF, Haukeland universitetssjukehus"_s, false, false);
        QVERIFY(!m_repo->hent(id)->avsluttet.isValid()); // still open after the first decision
        ferdigstillAvgjorelse(u"Lege Per Hansen"_s, true, true);
        QCOMPARE(BrevRepository(*m_store).forSak(id).size(), 2);
        const QDate brevdato = BrevRepository(*m_store).forSak(id).constLast().dato;
        QCOMPARE(brevdato, QDate::currentDate());
        QCOMPARE(m_repo->hent(id)->avsluttet, brevdato);
        QCOMPARE(milepelrevisjoner(id), 1);
        QCOMPARE(e->sak().avsluttet, brevdato);
        QVERIFY(!e->erEndret());
        QVERIFY(startOppfolgingTilbys());
    }

    // Both decisions in one letter window: the next recipient chosen with Alt+M and Down.
    void beggeAvgjorelserIEttVindu()
    {
        const QString id = aapneNySak(u"2024/803"_s);
        const CaseEditor *e = m_skrivebord->vindu()->editor();
        QTRY_VERIFY(e->harSak() && e->sak().id == id);
        const auto beggeAvgjorelser = [&](QWidget *dialog) {
            auto *visning = dialog->findChild<Brevvisning *>();
            for (const bool siste : {false, true}) {
                if (siste) {
                    alt(Qt::Key_M); // "&Mottaker"
                    QCOMPARE(QApplication::focusWidget()->objectName(), u"mottaker"_s);
                    tast(Qt::Key_Down);
                    QCOMPARE(visning->utkast().mottaker.navn, u"Lege Per Hansen"_s);
                }
                QTRY_VERIFY2_WITH_TIMEOUT(visning->kanFerdigstilles(), qPrintable(visning->ferdigstillingsgrunn()), 30000);
                naarModal(u"ferdigstillBekreftelse"_s, [&](QWidget *boks) {
                    QCOMPARE(boks->findChild<QCheckBox *>(u"medMilepel"_s)->isChecked(), siste);
                    alt(Qt::Key_F); // "&Ferdigstill"
                });
                alt(Qt::Key_F); // "&Ferdigstill…"
                QTRY_VERIFY_WITH_TIMEOUT(!visning->kanFerdigstilles(), 30000);
                QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() == dialog, 30000);
                QCOMPARE(test::ventPaaModal(u"brevdialog"_s), dialog); // the keyboard back in it: keys follow
            }
        };
        QVERIFY(iBrevdialogen(beggeAvgjorelser));
        QCOMPARE(BrevRepository(*m_store).forSak(id).size(), 2);
        QCOMPARE(m_repo->hent(id)->avsluttet, QDate::currentDate());
        QCOMPARE(e->sak().avsluttet, QDate::currentDate());
        QVERIFY(startOppfolgingTilbys());
    }

    // The caseworker had typed in the case (not saved) before the last decision: the milestone
    // joins those edits in the editor at once, nothing is asked, and saving keeps both.
    void milepelenKommerOppaaUlagredeEndringer()
    {
        const QString id = aapneNySak(u"2024/804"_s);
        CaseEditor *e = m_skrivebord->vindu()->editor();
        QTRY_VERIFY(e->harSak() && e->sak().id == id);
        ferdigstillAvgjorelse(u"Helse Bergen HF, Haukeland universitetssjukehus"_s, false, false);
        QApplication::setActiveWindow(m_skrivebord->vindu());
        alt(Qt::Key_1); // the page "Saken"
        alt(Qt::Key_G); // "Sammendra&g"
        QCOMPARE(QApplication::focusWidget()->objectName(), u"sammendrag"_s);
        tast(Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), u" Epikrisen kom fram."_s);
        QVERIFY(e->erEndret());
        // Any other question (e.g. "Save the unsaved changes?") is recorded and cancelled.
        QStringList spurt;
        QTimer vakt;
        connect(&vakt, &QTimer::timeout, this, [&spurt] {
            auto *b = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (b && b->objectName() != u"ferdigstillBekreftelse"_s) {
                spurt.append(b->text());
                b->reject();
            }
        });
        vakt.start(50);
        ferdigstillAvgjorelse(u"Lege Per Hansen"_s, true, true);
        vakt.stop();
        const QDate dato = QDate::currentDate();
        QCOMPARE(m_repo->hent(id)->avsluttet, dato);
        QCOMPARE(e->sak().avsluttet, dato); // shown at once
        QVERIFY2(spurt.isEmpty(), qPrintable(spurt.join(u'\n')));
        QVERIFY(e->sak().sammendrag->endsWith(u" Epikrisen kom fram."_s)); // the edit kept
        QVERIFY(startOppfolgingTilbys());
        QApplication::setActiveWindow(m_skrivebord->vindu());
        tast(Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!e->erEndret());
        QCOMPARE(m_repo->hent(id)->avsluttet, dato); // the save did not undo it
        QVERIFY(m_repo->hent(id)->sammendrag->endsWith(u" Epikrisen kom fram."_s));
    }

    // Issue 10 (session 12): a BM 5 case without utfall, and one whose mottatt is after the
    // letter's date. Closing either on the letter's date breaks a rule the store enforces, which
    // the question used to offer ticked and finalising then refused with "milepælen kan ikke
    // registreres". Now the question says so beforehand; the letters are stored, the cases stay open.
    void milepelSomLagetAvviserTilbysIkke()
    {
        const QList<std::pair<std::function<void(Tilsynssak &)>, QString>> saker{
            {[](Tilsynssak &s) { s.utfall.reset(); }, u"en avsluttet sak med behandlingsmåte 5 må ha utfall"_s},
            {[](Tilsynssak &s) { s.mottatt = QDate::currentDate().addDays(3); }, u"er før mottatt"_s}};
        int nr = 810;
        for (const auto &[endre, grunn] : saker) {
            const QString id = aapneNySak(u"2024/%1"_s.arg(++nr), endre);
            const CaseEditor *e = m_skrivebord->vindu()->editor();
            QTRY_VERIFY(e->harSak() && e->sak().id == id);
            ferdigstillUtenMuligMilepel(u"o1"_s, u"Helse Bergen HF, Haukeland universitetssjukehus"_s, grunn);
            ferdigstillUtenMuligMilepel(u"o2"_s, u"Lege Per Hansen"_s, grunn);
            QCOMPARE(BrevRepository(*m_store).forSak(id).size(), 2);
            QVERIFY(!m_repo->hent(id)->avsluttet.isValid());
            QCOMPARE(milepelrevisjoner(id), 0);
            QVERIFY(!e->sak().avsluttet.isValid());
        }
    }

    // Issue 10 (session 14): finalising the BM 2 oversendelse offered only «oversendt»; in BM 2
    // the statsforvalter's case is closed when the henvendelse is sent on (DOMAIN §2), so the
    // question offers «avsluttet» too, ticked, with the decision's checks: it names the
    // innsender's orientering still to be finalised. Both ticked: forwarded and closed on the
    // letter's date, in one audited change.
    void bm2OversendelseTilbyrOgsaaAvsluttet()
    {
        const QString id = aapneNySak(u"2024/820"_s, [](Tilsynssak &s) {
            const Tilsynssak bm2 = test::brevsak(2);
            s.behandlingsmaate = 2;
            s.tilsynsobjekter = bm2.tilsynsobjekter;
            s.vurderinger.clear();
            s.utfall.reset();
        });
        const CaseEditor *e = m_skrivebord->vindu()->editor();
        QTRY_VERIFY(e->harSak() && e->sak().id == id);
        const auto ferdigstill = [&](QWidget *dialog) {
            auto *visning = dialog->findChild<Brevvisning *>();
            alt(Qt::Key_T); // "Brev&type"
            auto *type = test::finn<QComboBox>(dialog, u"brevtype"_s);
            QCOMPARE(QApplication::focusWidget(), type);
            tast(Qt::Key_Home);
            for (int i = 0; i < type->count() && type->currentData().toString() != u"bm2-oversendelse"_s; ++i)
                tast(Qt::Key_Down);
            QCOMPARE(visning->utkast().type, u"bm2-oversendelse"_s);
            QTRY_VERIFY2_WITH_TIMEOUT(visning->kanFerdigstilles(), qPrintable(visning->ferdigstillingsgrunn()), 30000);
            naarModal(u"ferdigstillBekreftelse"_s, [&](QWidget *w) {
                auto *boks = qobject_cast<QMessageBox *>(w);
                auto *oversendt = boks->findChild<QCheckBox *>(u"medMilepel"_s);
                auto *avsluttet = boks->findChild<QCheckBox *>(u"medMilepel_avsluttet"_s);
                QVERIFY(oversendt && avsluttet);
                QVERIFY2(oversendt->text().contains(u"oversendt"_s), qPrintable(oversendt->text()));
                QVERIFY2(avsluttet->text().contains(u"avsluttet"_s), qPrintable(avsluttet->text()));
                QVERIFY(oversendt->isVisible() && avsluttet->isVisible());
                // Laid out under the first box, above the buttons (QMessageBox holds one tick box).
                QTRY_VERIFY(avsluttet->y() >= oversendt->y() + oversendt->height());
                QVERIFY(avsluttet->mapTo(boks, QPoint(0, avsluttet->height())).y()
                        <= boks->findChild<QPushButton *>(u"bekreftFerdigstill"_s)->mapTo(boks, QPoint()).y());
                QVERIFY(oversendt->isChecked() && avsluttet->isChecked());
                QVERIFY(avsluttet->isEnabled());
                QVERIFY2(boks->text().contains(u"Orientering om oversendelse av henvendelsen"_s), qPrintable(boks->text()));
                alt(Qt::Key_O); // "Registrer &også milepælen «avsluttet» …"
                QVERIFY(!avsluttet->isChecked());
                alt(Qt::Key_O);
                QVERIFY(avsluttet->isChecked());
                alt(Qt::Key_F); // "&Ferdigstill"
            });
            alt(Qt::Key_F); // "&Ferdigstill…"
            QTRY_VERIFY_WITH_TIMEOUT(!visning->kanFerdigstilles(), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() == dialog, 30000);
            QCOMPARE(test::ventPaaModal(u"brevdialog"_s), dialog); // the keyboard back in it: keys follow
        };
        QVERIFY(iBrevdialogen(ferdigstill));
        const QList<FerdigBrev> brev = BrevRepository(*m_store).forSak(id);
        QCOMPARE(brev.size(), 1);
        QCOMPARE(m_repo->hent(id)->oversendt, brev.constFirst().dato);
        QCOMPARE(m_repo->hent(id)->avsluttet, brev.constFirst().dato);
        QCOMPARE(milepelrevisjoner(id), 1);
        QCOMPARE(e->sak().avsluttet, brev.constFirst().dato);
    }

    // Unticked on the last decision: the letter is stored, the case stays open.
    void sisteAvgjorelseUtenMilepelEndrerIkkeSaken()
    {
        const QString id = aapneNySak(u"2024/802"_s);
        const CaseEditor *e = m_skrivebord->vindu()->editor();
        QTRY_VERIFY(e->harSak() && e->sak().id == id);
        const int versjon = m_repo->versjon(id);
        ferdigstillAvgjorelse(u"Helse Bergen HF, Haukeland universitetssjukehus"_s, false, false);
        ferdigstillAvgjorelse(u"Lege Per Hansen"_s, true, false);
        QCOMPARE(BrevRepository(*m_store).forSak(id).size(), 2);
        QVERIFY(!m_repo->hent(id)->avsluttet.isValid());
        QCOMPARE(m_repo->versjon(id), versjon);
        QCOMPARE(milepelrevisjoner(id), 0);
        QVERIFY(!e->sak().avsluttet.isValid());
        QVERIFY(!startOppfolgingTilbys());
    }
};

QTEST_MAIN(TestAvsluttendeBrev)
#include "tst_avsluttendebrev.moc"
