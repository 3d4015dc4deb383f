// The approval queue and the letter window's approval, offscreen against a real SQLite store:
// the queue model under QAbstractItemModelTester, the letter window refusing to finalise a type
// that needs approval until the approval is accepted (the central store's acceptance is written
// as sync writes it; tst_godkjenning covers the real server), the leader's window approving and
// returning, and screenshots of the queue and the send dialog in bokmål and nynorsk.

#include "../letters/brevtestdata.h"

#include "domain/katalog.h"
#include "flyt/dokumentflyt.h"
#include "flyt/flytkoemodell.h"
#include "items/innstillinger.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "godkjenningsdialog.h"
#include "godkjenningsvindu.h"
#include "innstillingerdialog.h"
#include "items/kontorpraksis.h"
#include "brevvisning.h"
#include "oversettelser.h"
#include "sperregrunn.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QDir>
#include <QPushButton>
#include <QPrintPreviewWidget>
#include <QScrollBar>
#include <QTableView>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

class TestGodkjenningsvisning final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_saker;
    std::unique_ptr<BrevRepository> m_arkiv;
    const Brevmalkilde m_maler;
    Tilsynssak m_sak;
    Oversettelser m_oversettelser;

    QString nySak(const QString &embete)
    {
        Tilsynssak s = test::brevsak(5);
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.embete = embete;
        s.saksnummer = u"2024/%1"_s.arg(QRandomGenerator::global()->bounded(1000, 9999));
        const auto r = m_saker->lagre(s, Endringskontekst{.bruker = u"kari"_s, .tidspunkt = QDateTime::currentDateTimeUtc()});
        if (!r.ok())
            qFatal("ugyldig testsak: %s", qUtf8Printable(r.problemer.constFirst().melding));
        return s.id;
    }

    void godtaSentralt()
    {
        // What FlytSynk writes when the central store accepts a step.
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(u"UPDATE dokumentflyt SET mottatt = '2026-11-30T09:00:00.000Z' WHERE mottatt IS NULL"_s));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QSettings().setValue(u"sentral/conninfo"_s, u"host=sentral user=kari"_s);
        Innstillinger::navn.sett(u"Kari Saksbehandler"_s);
        Innstillinger::tittel.sett(u"rådgiver"_s);
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_saker = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        m_arkiv = std::make_unique<BrevRepository>(*m_store);
        m_sak = *m_saker->hent(nySak(u"agder"_s));
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(u"INSERT INTO sentral_bruker VALUES ('agder', 'kari', 0), ('agder', 'anne', 1), ('agder', 'per', 1)"_s));
    }

    void koeModellen()
    {
        Dokumentflyt flyt(*m_store);
        const Tilsynssak annen = *m_saker->hent(nySak(u"agder"_s));
        const Tilsynssak tredje = *m_saker->hent(nySak(u"rogaland"_s));
        for (const Tilsynssak &s : {annen, tredje}) {
            const auto v = flyt.lagreUtkast(s, foreslaaUtkast(s, u"bm5-avgjorelse"_s, QDate(2026, 11, 30)), u"kari"_s);
            flyt.sendTilGodkjenning(v.id, s.embete == u"agder" ? QString() : u"ola"_s, u"Se på § 4"_s, u"kari"_s);
        }
        FlytkoeModell koe(flyt, FlytkoeModell::Utvalg::TilGodkjenning, u"anne"_s);
        QAbstractItemModelTester tester(&koe, QAbstractItemModelTester::FailureReportingMode::QtTest);
        koe.oppdater();
        QCOMPARE(koe.rowCount(), 0); // not a leader (no role learnt at sync)
        m_store->settMeta(u"sentral_lederroller"_s, u"agder"_s);
        koe.oppdater();
        QCOMPARE(koe.rowCount(), 1); // rogaland's letter is not hers
        QCOMPARE(koe.columnCount(), 6);
        QCOMPARE(koe.index(0, FlytkoeModell::SaksnummerKolonne).data().toString(), *annen.saksnummer);
        // By name (the caseworker the draft names, as she wrote it), the login as the tool tip.
        QVERIFY(!annen.saksbehandler.value_or(QString()).isEmpty());
        QCOMPARE(koe.index(0, FlytkoeModell::FraKolonne).data().toString(), *annen.saksbehandler);
        QCOMPARE(koe.index(0, FlytkoeModell::FraKolonne).data(Qt::ToolTipRole).toString(), u"kari"_s);
        QCOMPARE(koe.index(0, FlytkoeModell::MerknadKolonne).data().toString(), u"Se på § 4"_s);
        QCOMPARE(koe.headerData(FlytkoeModell::MerknadKolonne, Qt::Horizontal).toString(), u"Note"_s);
        const QString vid = koe.index(0, 0).data(FlytkoeModell::VersjonRolle).toString();
        flyt.behandle(vid, Flytstatus::SendtTilbake, u"Begrunn bedre."_s, u"anne"_s, {});
        koe.oppdater();
        QCOMPARE(koe.rowCount(), 0);
        FlytkoeModell tilbake(flyt, FlytkoeModell::Utvalg::Tilbakesendt, u"kari"_s);
        QAbstractItemModelTester tester2(&tilbake, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tilbake.oppdater();
        QCOMPARE(tilbake.rowCount(), 1);
        QCOMPARE(tilbake.index(0, FlytkoeModell::MerknadKolonne).data().toString(), u"Begrunn bedre."_s);
        QCOMPARE(tilbake.index(0, FlytkoeModell::FraKolonne).data().toString(), u"anne"_s);
        m_store->settMeta(u"sentral_lederroller"_s, QStringLiteral(""));
    }

    void brevvinduetVenterPaaGodkjenning()
    {
        Brevvisning visning(Katalog::innebygd(), m_maler);
        visning.settArkiv(m_arkiv.get(), u"kari"_s);
        visning.settSak(m_sak, QDate(2026, 11, 30));
        QVERIFY(visning.velgType(u"bm5-avgjorelse"_s));
        visning.settFritekst(u"saksforhold"_s, u"Det godkjente saksforholdet."_s);
        auto *knapp = visning.findChild<QPushButton *>(u"ferdigstill"_s);
        auto *send = visning.findChild<QPushButton *>(u"tilGodkjenning"_s);
        QVERIFY(send && !send->isHidden());
        QVERIFY(!knapp->isEnabled());
        QVERIFY2(visning.ferdigstillingsgrunn().contains(u"approval"_s), qUtf8Printable(visning.ferdigstillingsgrunn()));
        QString feil;
        QCOMPARE(visning.ferdigstill(&feil), 0);
        QVERIFY2(feil.contains(u"godkjennes av en leder"_s) || feil.contains(u"approval"_s), qUtf8Printable(feil));

        QVERIFY2(visning.sendTilGodkjenning(u"anne"_s, u"Haster"_s, u"kari"_s, &feil), qUtf8Printable(feil));
        QVERIFY2(visning.flytstatus().startsWith(u"Sent for approval"_s), qUtf8Printable(visning.flytstatus()));

        // The leader's window (same store here; roles as learnt at sync).
        m_store->settMeta(u"sentral_lederroller"_s, u"agder"_s);
        Dokumentflyt flyt(*m_store);
        Godkjenningsvindu vindu(flyt, *m_saker, Katalog::innebygd(), m_maler, u"anne"_s);
        QCOMPARE(vindu.koe()->rowCount(), 1);
        vindu.velg(0);
        QVERIFY(!vindu.behandle(false)); // returning needs a comment
        QVERIFY(vindu.melding().contains(u"comment"_s));
        Innstillinger::navn.sett(u"Anne Leder"_s); // the leader's own profile signs
        Innstillinger::tittel.sett(u"fylkeslege"_s);
        QVERIFY(vindu.behandle(true));
        Innstillinger::navn.sett(u"Kari Saksbehandler"_s);
        Innstillinger::tittel.sett(u"rådgiver"_s);
        QCOMPARE(vindu.koe()->rowCount(), 0);
        // Recorded, not final: the letter still cannot be finalised.
        visning.oppdater();
        QVERIFY(!knapp->isEnabled());
        QVERIFY(visning.flytstatus().contains(u"Not final"_s));
        godtaSentralt();
        visning.oppdater();
        QVERIFY2(knapp->isEnabled(), qUtf8Printable(visning.ferdigstillingsgrunn()));
        const qint64 id = visning.ferdigstill(&feil);
        QVERIFY2(id > 0, qUtf8Printable(feil));
        const QString tekst = test::pdfTekst(m_arkiv->hentKontrollert(id).pdf);
        QVERIFY2(tekst.contains(u"Anne Leder"_s) && tekst.contains(u"fylkeslege"_s), qUtf8Printable(tekst.right(400)));
        QVERIFY(tekst.contains(u"Kari Saksbehandler"_s));
        QVERIFY(tekst.contains(u"Dokumentet er elektronisk godkjent"_s));
        QVERIFY(tekst.contains(u"Det godkjente saksforholdet."_s));
        // The same draft shown again (the desktop reloads the case after finalising): the window
        // says it was finalised and offers no second finalising (a tryout got a duplicate warning,
        // then nothing). The approval still belongs to exactly this draft.
        visning.settFritekst(u"saksforhold"_s, u"Noe annet."_s); // a draft again ...
        visning.settFritekst(u"saksforhold"_s, u"Det godkjente saksforholdet."_s); // ... the one just finalised
        visning.oppdater();
        QVERIFY2(visning.ferdigstillingsgrunn().contains(u"was finalised"_s), qUtf8Printable(visning.ferdigstillingsgrunn()));
        QVERIFY(!knapp->isEnabled());

        // An edit after approval: a new version, approval needed again.
        visning.settFritekst(u"saksforhold"_s, u"Endret etterpå."_s);
        QVERIFY(!knapp->isEnabled());
        QVERIFY(visning.flytstatus().contains(u"sent for approval again"_s));
        m_store->settMeta(u"sentral_lederroller"_s, QStringLiteral(""));
    }

    // Settings: approval can be turned off, with the keyboard, only for an office without a
    // central store; then an avgjørelse is finalised at once and names only the caseworker.
    void godkjenningSlaasAvIInnstillingene()
    {
        Innstillinger::telefon.sett(u"38 17 60 00"_s);
        Innstillinger::embete.sett(u"agder"_s);
        Innstillinger::godkjenner.sett(u"Ola Profilgodkjenner"_s);
        Innstillinger::godkjennerTittel.sett(u"fylkeslege"_s);
        {
            // With a central store: checked, disabled, and the dialog says why.
            InnstillingerDialog d(Katalog::innebygd());
            auto *boks = d.findChild<QCheckBox *>(u"godkjenningPaa"_s);
            QVERIFY(boks && boks->isChecked() && !boks->isEnabled());
            QVERIFY(d.findChild<QLabel *>(u"godkjenningForklaring"_s)->text().contains(u"only for an office without a central store"_s));
        }
        const QVariant sentral = QSettings().value(u"sentral/conninfo"_s);
        QSettings().remove(u"sentral/conninfo"_s);
        Kontorpraksis::brevSomKreverGodkjenning.sett({u"bm5-avgjorelse"_s}); // the office asked for approval
        Brevvisning visning(Katalog::innebygd(), m_maler);
        visning.settArkiv(m_arkiv.get(), u"kari"_s);
        visning.settSak(m_sak, QDate(2026, 11, 30));
        QVERIFY(visning.velgType(u"bm5-avgjorelse"_s));
        visning.settFritekst(u"saksforhold"_s, u"Uten godkjenning."_s);
        auto *knapp = visning.findChild<QPushButton *>(u"ferdigstill"_s);
        QVERIFY(!knapp->isEnabled()); // no leader can approve without a central store
        // Nor can it be sent for approval: disabled with the reason, as tool tip and status text
        // (a tryout was told "not final until the central store has accepted it", which never comes).
        {
            auto *send = visning.findChild<QPushButton *>(u"tilGodkjenning"_s);
            QVERIFY(send && !send->isHidden());
            QVERIFY(!send->isEnabled());
            QVERIFY2(send->toolTip().contains(u"No central store"_s), qUtf8Printable(send->toolTip()));
            const QString linje = visning.findChild<Sperrelinje *>()->text();
            QVERIFY2(linje.contains(u"No central store"_s), qUtf8Printable(linje));
            QString nei;
            QVERIFY(!visning.sendTilGodkjenning({}, u"Haster"_s, u"kari"_s, &nei));
            QVERIFY2(nei.contains(u"No central store"_s), qUtf8Printable(nei));
        }

        {
            InnstillingerDialog d(Katalog::innebygd());
            d.show();
            QVERIFY(QTest::qWaitForWindowActive(&d));
            auto *boks = d.findChild<QCheckBox *>(u"godkjenningPaa"_s);
            QVERIFY(boks->isChecked() && boks->isEnabled());
            QTest::keyClick(&d, Qt::Key_V, Qt::AltModifier); // "… appro&val": focus and toggle
            QTRY_VERIFY(!boks->isChecked());
            QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(boks));
            QTest::keyClick(boks, Qt::Key_Space); // Space toggles it back and forth
            QVERIFY(boks->isChecked());
            QTest::keyClick(boks, Qt::Key_Space);
            QVERIFY(!boks->isChecked());
            QVERIFY(d.findChild<QLabel *>(u"godkjenningForklaring"_s)->text().contains(u"name only the caseworker"_s));
            QTest::keyClick(boks, Qt::Key_Return); // OK
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        QCOMPARE(Kontorpraksis::godkjenning.verdi(), u"av"_s);
        QVERIFY(Kontorpraksis::typerSomKreverGodkjenning().isEmpty());
        visning.oppdater();
        QVERIFY2(knapp->isEnabled(), qUtf8Printable(visning.ferdigstillingsgrunn()));
        QString feil;
        const qint64 id = visning.ferdigstill(&feil);
        QVERIFY2(id > 0, qUtf8Printable(feil));
        const QString tekst = test::pdfTekst(m_arkiv->hentKontrollert(id).pdf);
        QVERIFY2(tekst.contains(u"Kari Saksbehandler"_s), qUtf8Printable(tekst.right(400)));
        QVERIFY(!tekst.contains(u"elektronisk godkjent"_s));
        QVERIFY(!tekst.contains(u"Ola Profilgodkjenner"_s)); // the profile's approver did not act
        QVERIFY(!tekst.contains(u"fylkeslege"_s));

        // Back on, as the other tests expect.
        {
            InnstillingerDialog d(Katalog::innebygd());
            auto *boks = d.findChild<QCheckBox *>(u"godkjenningPaa"_s);
            QVERIFY(!boks->isChecked());
            boks->setChecked(true);
            d.accept();
        }
        QVERIFY(Kontorpraksis::godkjenningPaa());
        QSettings().remove(Kontorpraksis::brevSomKreverGodkjenning.noekkel());
        QSettings().setValue(u"sentral/conninfo"_s, sentral);
    }

    // The leader reads the letter she approves: the page at a readable width, not a thumbnail;
    // Tab reaches it, the page keys scroll it, Ctrl++ / Ctrl+- zoom (a tryout saw a ~240 px page).
    void lederenLeserBrevet()
    {
        Dokumentflyt flyt(*m_store);
        const Tilsynssak s = *m_saker->hent(nySak(u"agder"_s));
        const auto v = flyt.lagreUtkast(s, foreslaaUtkast(s, u"bm5-avgjorelse"_s, QDate(2026, 11, 30)), u"kari"_s);
        flyt.sendTilGodkjenning(v.id, {}, u"Se på § 4"_s, u"kari"_s);
        m_store->settMeta(u"sentral_lederroller"_s, u"agder"_s);
        Godkjenningsvindu vindu(flyt, *m_saker, Katalog::innebygd(), m_maler, u"anne"_s);
        vindu.resize(1340, 700);
        vindu.show();
        QVERIFY(QTest::qWaitForWindowActive(&vindu));
        vindu.velg(vindu.koe()->rowCount() - 1);
        auto *side = vindu.findChild<QPrintPreviewWidget *>();
        QVERIFY(side);
        QTRY_VERIFY(side->pageCount() >= 1);
        QCOMPARE(side->zoomMode(), QPrintPreviewWidget::FitToWidth);
        QVERIFY2(side->width() >= 600, qPrintable(QString::number(side->width())));
        // Tab from the list reaches the page.
        vindu.findChild<QTableView *>(u"tilGodkjenning"_s)->setFocus();
        for (int i = 0; i < 12 && !side->isAncestorOf(QApplication::focusWidget()); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(side->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"-"_s));
        auto *rulle = side->findChild<QAbstractScrollArea *>();
        QVERIFY(rulle);
        const int foer = rulle->verticalScrollBar()->value();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
        QVERIFY(rulle->verticalScrollBar()->value() > foer);
        const qreal zoom = side->zoomFactor();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY2(side->zoomFactor() > zoom, qPrintable(QString::number(side->zoomFactor())));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(side->zoomFactor() < zoom);
        m_store->settMeta(u"sentral_lederroller"_s, QStringLiteral(""));
    }

    // A tryout (l06): once the last letter in the queue was approved, the preview still showed it.
    // Approved with Alt+A, the queue is empty and the preview no longer shows the letter.
    void forhaandsvisningenFoelgerKoeen()
    {
        Dokumentflyt flyt(*m_store);
        m_store->settMeta(u"sentral_lederroller"_s, u"agder"_s);
        const Tilsynssak s = *m_saker->hent(nySak(u"agder"_s));
        flyt.sendTilGodkjenning(flyt.lagreUtkast(s, foreslaaUtkast(s, u"bm5-avgjorelse"_s, QDate(2026, 11, 30)), u"kari"_s).id,
                                {}, {}, u"kari"_s);
        {
            // Sent without a note: the letter window says so without "(note: )" (a tryout, c04).
            Brevvisning visning(Katalog::innebygd(), m_maler);
            visning.settArkiv(m_arkiv.get(), u"kari"_s);
            visning.settSak(s, QDate(2026, 11, 30));
            QVERIFY(visning.velgType(u"bm5-avgjorelse"_s));
            QVERIFY2(visning.flytstatus().startsWith(u"Sent for approval"_s) && !visning.flytstatus().contains(u"note"_s),
                     qUtf8Printable(visning.flytstatus()));
        }
        Godkjenningsvindu vindu(flyt, *m_saker, Katalog::innebygd(), m_maler, u"anne"_s);
        vindu.resize(1340, 700);
        vindu.show();
        QVERIFY(QTest::qWaitForWindowActive(&vindu));
        while (vindu.koe()->rowCount() > 1) { // earlier tests' letters
            vindu.velg(0);
            QVERIFY(vindu.behandle(true));
        }
        QCOMPARE(vindu.koe()->rowCount(), 1);
        vindu.velg(0);
        auto *side = vindu.findChild<QPrintPreviewWidget *>();
        QTRY_VERIFY(side->pageCount() >= 1);
        QTest::qWait(50);
        const QImage brevet = side->grab().toImage();
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : static_cast<QWidget *>(&vindu), Qt::Key_A,
                        Qt::AltModifier);
        QTRY_COMPARE(vindu.koe()->rowCount(), 0);
        QVERIFY2(vindu.melding().startsWith(u"Approved"_s), qUtf8Printable(vindu.melding()));
        QTest::qWait(50);
        QVERIFY(side->grab().toImage() != brevet);
        m_store->settMeta(u"sentral_lederroller"_s, QStringLiteral(""));
    }

    void skjermbilder_data()
    {
        QTest::addColumn<QString>("spraak");
        QTest::newRow("nb") << u"nb"_s;
        QTest::newRow("nn") << u"nn"_s;
    }

    void skjermbilder()
    {
        QFETCH(QString, spraak);
        QVERIFY(m_oversettelser.last(spraak));
        const QString ut = qEnvironmentVariable("TILSYN_SKJERMBILDER", m_dir.filePath(u"bilder"_s));
        QVERIFY(QDir().mkpath(ut));
        Dokumentflyt flyt(*m_store);
        const Tilsynssak s = *m_saker->hent(nySak(u"agder"_s));
        Brevutkast u = foreslaaUtkast(s, u"bm5-avgjorelse"_s, QDate(2026, 11, 30));
        u.fritekst.insert(u"saksforhold"_s, spraak);
        const auto v = flyt.lagreUtkast(s, u, u"kari"_s);
        flyt.sendTilGodkjenning(v.id, {}, u"Kan du se på vurderingen av § 4?"_s, u"kari"_s);
        m_store->settMeta(u"sentral_lederroller"_s, u"agder"_s);
        Godkjenningsvindu vindu(flyt, *m_saker, Katalog::innebygd(), m_maler, u"anne"_s);
        vindu.velg(vindu.koe()->rowCount() - 1);
        vindu.settKommentar(u"Begrunn konklusjonen bedre."_s);
        vindu.resize(1280, 720);
        vindu.show();
        QTest::qWait(300);
        QVERIFY(vindu.grab().save(QDir(ut).filePath(u"godkjenning-%1.png"_s.arg(spraak))));
        SendTilGodkjenningDialog d({{u"anne"_s, true}, {u"kari"_s, false}, {u"per"_s, true}});
        QVERIFY(d.velg(u"anne"_s));
        QVERIFY(!d.velg(u"kari"_s)); // a caseworker is not offered
        d.settMerknad(u"Kan du se på vurderingen av § 4?"_s);
        d.show();
        QTest::qWait(200);
        QVERIFY(d.grab().save(QDir(ut).filePath(u"send-til-godkjenning-%1.png"_s.arg(spraak))));
        m_store->settMeta(u"sentral_lederroller"_s, QStringLiteral(""));
        // The settings dialog's approval choice, for an office without a central store.
        const QVariant sentral = QSettings().value(u"sentral/conninfo"_s);
        QSettings().remove(u"sentral/conninfo"_s);
        {
            InnstillingerDialog innstillinger(Katalog::innebygd());
            innstillinger.show();
            QTest::qWait(200);
            QVERIFY(innstillinger.grab().save(QDir(ut).filePath(u"innstillinger-godkjenning-%1.png"_s.arg(spraak))));
        }
        QSettings().setValue(u"sentral/conninfo"_s, sentral);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestGodkjenningsvisning t;
    try {
        return QTest::qExec(&t, argc, argv);
    } catch (const StoreError &e) {
        qFatal("StoreError: %s", qUtf8Printable(e.melding()));
    }
}
#include "tst_godkjenningsvisning.moc"
