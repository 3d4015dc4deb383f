// The sync problems window driven as a caseworker would, on conflicts and rejected changes made
// by real syncs against PostgreSQL (pg_virtualenv): the three versions side by side, an edit that
// cannot be read refused at the field with nothing changed, a resolution by button (asked first
// when it replaces what somebody wrote), send again, and the status-bar button of the main window.

#include "pgtestmiljo.h"
#include "synctestklient.h"

#include "domain/katalog.h"
#include "mainwindow.h"
#include "modalvent.h"
#include "oversettelser.h"
#include "synkproblemvisning.h"
#include "sync/synkproblemer.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

// The confirmation before a resolution replaces what somebody wrote, as the test saw it.
struct Bekreftelse
{
    bool kom = false;
    bool lukketAvTast = true; // false: still open 5 s after the key, closed by the test
    QString tittel;
    QString tekst;
    QString standard; // the default button's text
    bool escapeErNei = false;
};

// Once the confirmation (objectName bekreftKonflikt) is up, records it and presses `tast` on it
// (its exec() blocks the code that opened it, so a timer watches for it); saved to `bilde` first
// when one is named.
std::shared_ptr<Bekreftelse> svar(Qt::Key tast, Qt::KeyboardModifiers mod = Qt::NoModifier, const QString &bilde = {})
{
    auto b = std::make_shared<Bekreftelse>();
    auto *tidtaker = new QTimer(qApp);
    auto start = std::make_shared<QElapsedTimer>();
    start->start();
    QObject::connect(tidtaker, &QTimer::timeout, qApp, [tidtaker, start, b, tast, mod, bilde] {
        auto *m = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (m && m->objectName() == u"bekreftKonflikt" && m->isVisible()) {
            tidtaker->stop();
            tidtaker->deleteLater();
            // Keys only once it holds the keyboard (tests/support/modalvent.h), as every window test.
            m = ventPaaMeldingsboks(u"bekreftKonflikt"_s, 10000);
            if (!m)
                return; // failed, saying why, and closed
            b->kom = true;
            b->tittel = m->windowTitle();
            b->tekst = m->text();
            b->standard = m->defaultButton() ? m->defaultButton()->text() : QString();
            b->escapeErNei = m->escapeButton() && m->escapeButton() == m->button(QMessageBox::Cancel);
            if (!bilde.isEmpty())
                m->grab().save(bilde);
            QTest::keyClick(m, tast, mod);
            QTimer::singleShot(5000, m, [m, b] {
                b->lukketAvTast = false;
                m->done(QMessageBox::No);
            });
        } else if (start->elapsed() > 30000) {
            tidtaker->stop();
            tidtaker->deleteLater();
        }
    });
    tidtaker->start(20);
    return b;
}

// Kari (client a) and Per (client b) of agder share case `nr`; each wrote «Sammendrag» offline and
// Kari synced first, so Per's next sync meets the conflict. `prefiks` names the two clients' stores.
struct Sammendragskonflikt
{
    Sammendragskonflikt(PgTestMiljo &pg, const QString &mappe, const QString &prefiks, quint32 nr)
    {
        pg.opprettEmbete(u"agder"_s);
        kari = pg.opprettBruker(u"kari"_s, {u"agder"_s});
        a = std::make_unique<SyncTestKlient>(mappe, prefiks + u"a"_s, pg.conninfo(kari));
        b = std::make_unique<SyncTestKlient>(mappe, prefiks + u"b"_s, pg.conninfo(pg.opprettBruker(u"per"_s, {u"agder"_s})));
        id = a->nySak(u"agder"_s, nr);
        a->synk();
        b->synk();
        a->endre(id, [](Tilsynssak &s) { s.sammendrag = u"Karis setning"_s; });
        b->endre(id, [](Tilsynssak &s) { s.sammendrag = u"Pers setning"_s; });
        a->synk();
    }
    QString kari; ///< Kari's login
    QString id;   ///< the shared case
    std::unique_ptr<SyncTestKlient> a, b;
};

} // namespace

class TestSynkProblemVisning final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!PgTestMiljo::tilgjengelig())
            QSKIP("no PostgreSQL (run the tests through scripts/test.sh)");
    }

    void konflikterVisesOgLoeses()
    {
        PgTestMiljo pg;
        pg.opprettEmbete(u"agder"_s);
        const QString kari = pg.opprettBruker(u"kari"_s, {u"agder"_s});
        SyncTestKlient a(m_dir.path(), u"ka"_s, pg.conninfo(kari));
        SyncTestKlient b(m_dir.path(), u"kb"_s, pg.conninfo(pg.opprettBruker(u"per"_s, {u"agder"_s})));
        const QString id = a.nySak(u"agder"_s, 41);
        a.leggTilObjekt(id, u"ekstra"_s, u"Ekstra enhet"_s);
        a.synk();
        b.synk();
        a.endre(id, [](Tilsynssak &s) {
            s.sammendrag = u"fra a"_s;
            s.tilsynsobjekter.last().navn = u"Omdøpt enhet"_s;
        });
        b.endre(id, [](Tilsynssak &s) {
            s.sammendrag = u"fra b"_s;
            s.tilsynsobjekter.removeLast();
        });
        a.synk();
        QCOMPARE(b.synk().konflikter, 2);

        SynkProblemer sp(b.store(), b.repo(), Katalog::innebygd(), u"per"_s);
        SynkProblemVisning v(sp, Katalog::innebygd());
        v.resize(1100, 750);
        v.show();
        QSignalSpy endret(&v, &SynkProblemVisning::sakEndret);
        QSignalSpy antall(&v, &SynkProblemVisning::antallEndret);
        auto *liste = v.findChild<QTreeWidget *>(u"konfliktliste"_s);
        QCOMPARE(liste->topLevelItemCount(), 2);
        QStringList felt{liste->topLevelItem(0)->text(1), liste->topLevelItem(1)->text(1)};
        felt.sort();
        QCOMPARE(felt, (QStringList{u"Subject «Omdøpt enhet»"_s, u"Summary"_s}));
        QCOMPARE(liste->topLevelItem(0)->text(0), *b.hent(id)->saksnummer);

        // The summary conflict: base, mine and theirs side by side; keep mine with the button.
        const int sammendrag = liste->topLevelItem(0)->text(1) == u"Summary" ? 0 : 1;
        liste->setCurrentItem(liste->topLevelItem(sammendrag));
        QCOMPARE(v.findChild<QPlainTextEdit *>(u"mine"_s)->toPlainText(), u"fra b"_s);
        QCOMPARE(v.findChild<QPlainTextEdit *>(u"deres"_s)->toPlainText(), u"fra a"_s);
        QVERIFY(!v.findChild<QPlainTextEdit *>(u"base"_s)->toPlainText().isEmpty());
        auto *loes = v.findChild<QPushButton *>(u"loes"_s);
        QVERIFY(!loes->isEnabled()); // nothing chosen yet
        QTest::mouseClick(v.findChild<QRadioButton *>(u"velgMine"_s), Qt::LeftButton);
        QVERIFY(loes->isEnabled());
        // Mine replaces what Kari wrote: asked first, naming her and showing her text; Cancel is
        // the default and Escape's answer. Alt+R (&Replace) goes on.
        const auto ja = svar(Qt::Key_R, Qt::AltModifier);
        QTest::mouseClick(loes, Qt::LeftButton);
        QVERIFY(ja->kom);
        QVERIFY(ja->lukketAvTast);
        QVERIFY2(ja->tekst.contains(u"«fra a»"_s) && ja->tekst.contains(kari), qPrintable(ja->tekst));
        QVERIFY2(ja->tittel.contains(kari), qPrintable(ja->tittel));
        QCOMPARE(ja->standard, u"Cancel"_s);
        QVERIFY(ja->escapeErNei);
        QCOMPARE(b.hent(id)->sammendrag, std::optional<QString>(u"fra b"_s));
        // Kari's text is still in the case's history, as the question says.
        QVERIFY(b.verdi(u"SELECT count(*) FROM audit WHERE sak_id = '%1' AND endringer LIKE '%\"fra a\"%'"_s.arg(id)).toInt() > 0);
        QCOMPARE(endret.size(), 1);
        QCOMPARE(liste->topLevelItemCount(), 1);
        QCOMPARE(antall.last().at(0).toInt(), 1);

        // The subject: mine removed it, theirs renamed it. An edit that is not readable is refused.
        liste->setCurrentItem(liste->topLevelItem(0));
        QCOMPARE(v.findChild<QPlainTextEdit *>(u"mine"_s)->toPlainText(), u"(removed)"_s);
        const QString deres = v.findChild<QPlainTextEdit *>(u"deres"_s)->toPlainText();
        QVERIFY(deres.contains(u"navn: Omdøpt enhet"_s));
        const QString type = b.hent(id)->tilsynsobjekter.last().type; // a code, shown by its catalogue name
        QVERIFY2(deres.contains(u"type: "_s + Katalog::innebygd().navn(Katalog::Liste::Objekttype, type)), qPrintable(deres));
        QTest::mouseClick(v.findChild<QRadioButton *>(u"velgRediger"_s), Qt::LeftButton);
        auto *redigert = v.findChild<QPlainTextEdit *>(u"redigert"_s);
        QVERIFY(redigert->isEnabled());
        QVERIFY(redigert->toPlainText().contains(u"Omdøpt enhet"_s)); // starts from theirs (mine is removed)
        // A sync finishing meanwhile (the window re-reads) keeps the choice and the text being typed.
        redigert->setPlainText(u"halvferdig"_s);
        v.lesPaaNytt();
        QCOMPARE(redigert->toPlainText(), u"halvferdig"_s);
        QVERIFY(v.findChild<QRadioButton *>(u"velgRediger"_s)->isChecked());
        const QByteArray foer = dump(b.sti());
        redigert->setPlainText(u"{ \"navn\": "_s);
        QTest::mouseClick(loes, Qt::LeftButton);
        QVERIFY(v.findChild<QLabel *>(u"konfliktFeil"_s)->text().contains(u"cannot be read"_s));
        QCOMPARE(dump(b.sti()), foer);
        QCOMPARE(liste->topLevelItemCount(), 1);

        QJsonObject objekt = sp.konflikter().constFirst().deres.toObject();
        objekt.insert("navn"_L1, u"Samlet enhet"_s);
        redigert->setPlainText(QString::fromUtf8(QJsonDocument(objekt).toJson()));
        const auto ogsaaJa = svar(Qt::Key_R, Qt::AltModifier); // the edit replaces Kari's «Omdøpt enhet»
        QTest::mouseClick(loes, Qt::LeftButton);
        QVERIFY(ogsaaJa->kom && ogsaaJa->lukketAvTast);
        QVERIFY2(ogsaaJa->tekst.contains(u"Omdøpt enhet"_s), qPrintable(ogsaaJa->tekst));
        QCOMPARE(liste->topLevelItemCount(), 0);
        QCOMPARE(b.hent(id)->tilsynsobjekter.last().navn, u"Samlet enhet"_s);
        QCOMPARE(antall.last().at(0).toInt(), 0);
        b.synk();
        a.synk();
        QCOMPARE(a.alle(), b.alle());
        QCOMPARE(pg.verdi(u"SELECT count(*) FROM konflikt WHERE loest"_s).toInt(), 2);
    }

    // Issue 10 (b10, b29): «Theirs» names the colleague who wrote it, by name where known, and when.
    void deresSierHvemOgNaar()
    {
        PgTestMiljo pg;
        const Sammendragskonflikt k(pg, m_dir.path(), u"d"_s, 44);
        const QString &kari = k.kari, &id = k.id;
        SyncTestKlient &b = *k.b;
        const QDateTime skrevet = pg.verdi(u"SELECT max(tidspunkt) FROM sak_historikk WHERE sak_id = ?"_s, {id}).toDateTime();
        QCOMPARE(b.synk().konflikter, 1);

        SynkProblemer sp(b.store(), b.repo(), Katalog::innebygd(), u"per"_s);
        QCOMPARE(sp.konflikter().constFirst().deresAv, kari);
        QCOMPARE(sp.konflikter().constFirst().deresNavn, kari); // nobody has named her here yet
        QVERIFY(std::abs(sp.konflikter().constFirst().deresTidspunkt.secsTo(skrevet)) <= 1);
        // A draft Kari wrote, synced to Per's client, names her (Personnavn, as the history does).
        QSqlQuery q(b.store().db());
        QVERIFY(q.prepare(u"INSERT INTO brevutkast (id, sak_id, type, brev, innhold, noekkel, laget_av, laget) "
                          u"VALUES ('u1', ?, 'kvittering', 'kvittering|innsender|', ?, ?, ?, ?)"_s));
        for (const QVariant &v : QVariantList{id, u"{\"saksbehandler\": {\"navn\": \"Kari Nordmann\"}}"_s,
                                              QString(64, u'a'), kari, skrevet.toUTC().toString(Qt::ISODate)})
            q.addBindValue(v);
        QVERIFY(q.exec());
        SynkProblemVisning v(sp, Katalog::innebygd());
        v.resize(1366, 768); // the office's screens
        v.show();
        QCOMPARE(v.findChild<QPlainTextEdit *>(u"deres"_s)->toPlainText(), u"Karis setning"_s);
        const auto titler = [&v] {
            QStringList ut;
            for (const QGroupBox *g : v.findChildren<QGroupBox *>())
                ut.append(g->title());
            return ut.join(u" | "_s);
        };
        const QString naar = QLocale().toString(skrevet.toLocalTime(), u"dd.MM.yyyy HH:mm"_s);
        QVERIFY2(titler().contains(u"Theirs: Kari Nordmann, "_s + naar), qPrintable(titler()));

        // In bokmål and nynorsk, the box and the question before Keep mine (Escape: nothing
        // happens). TILSYN_SKJERMBILDER=<folder> saves both, to look at.
        const QString mappe = qEnvironmentVariable("TILSYN_SKJERMBILDER");
        QTest::mouseClick(v.findChild<QRadioButton *>(u"velgMine"_s), Qt::LeftButton);
        const QLocale foer;
        for (const QString &spraak : {u"nb"_s, u"nn"_s}) {
            Oversettelser t; // the program's and Qt's, as the program loads them
            QVERIFY(t.last(spraak));
            const QString tittel = QCoreApplication::translate("tilsyn::SynkProblemVisning", "Theirs: %1, %2");
            QVERIFY(!tittel.startsWith(u"Theirs"_s));
            QTRY_VERIFY2(titler().contains(tittel.arg(u"Kari Nordmann"_s, naar)), qPrintable(titler()));
            QVERIFY(v.findChild<QRadioButton *>(u"velgMine"_s)->isChecked());
            if (!mappe.isEmpty()) {
                QTest::qWait(200); // laid out again in the new language (LayoutRequest is posted)
                v.grab().save(mappe + u"/konflikt-"_s + spraak + u".png"_s);
            }
            const auto nei = svar(Qt::Key_Escape, {}, mappe.isEmpty() ? QString() : mappe + u"/konflikt-bekreft-"_s + spraak + u".png"_s);
            QTest::mouseClick(v.findChild<QPushButton *>(u"loes"_s), Qt::LeftButton);
            QVERIFY(nei->kom && nei->lukketAvTast);
            QCOMPARE(nei->tittel, QCoreApplication::translate("tilsyn::KonfliktBekreftelse", "Replace what %1 wrote?")
                                      .arg(u"Kari Nordmann"_s));
            QVERIFY2(nei->tekst.contains(u"«Karis setning»"_s) && !nei->tekst.contains(u"This replaces"_s), qPrintable(nei->tekst));
            QCOMPARE(nei->standard, QCoreApplication::translate("QPlatformTheme", "Cancel"));
            QVERIFY(nei->standard != u"Cancel"_s);
        }
        QLocale::setDefault(foer);
        QCOMPARE(v.findChild<QTreeWidget *>(u"konfliktliste"_s)->topLevelItemCount(), 1);
    }

    // The tester (issue 10): nothing anybody wrote is replaced without a question. From the
    // keyboard: Keep mine over Kari's text asks, and Escape — or Enter, the default Cancel — leaves
    // the store, the conflict and the choice as they were; Keep theirs over my own text asks too.
    void escapePaaBekreftelsenEndrerIngenting()
    {
        PgTestMiljo pg;
        const Sammendragskonflikt k(pg, m_dir.path(), u"e"_s, 45);
        const QString &kari = k.kari, &id = k.id;
        SyncTestKlient &b = *k.b;
        QCOMPARE(b.synk().konflikter, 1);

        SynkProblemer sp(b.store(), b.repo(), Katalog::innebygd(), u"per"_s);
        SynkProblemVisning v(sp, Katalog::innebygd());
        v.show();
        QApplication::setActiveWindow(&v);
        QVERIFY(QTest::qWaitForWindowActive(&v));
        auto *liste = v.findChild<QTreeWidget *>(u"konfliktliste"_s);
        auto *mine = v.findChild<QRadioButton *>(u"velgMine"_s);
        liste->setFocus();
        QCOMPARE(liste->topLevelItemCount(), 1);
        QTest::keyClick(&v, Qt::Key_M, Qt::AltModifier); // Keep &mine
        QTRY_VERIFY(mine->isChecked());
        const QByteArray foer = dump(b.sti());

        const auto escape = svar(Qt::Key_Escape);
        QTest::keyClick(&v, Qt::Key_R, Qt::AltModifier); // &Resolve
        QTRY_VERIFY(escape->kom);
        QVERIFY(escape->lukketAvTast);
        QVERIFY2(escape->tekst.contains(u"«Karis setning»"_s) && escape->tekst.contains(kari), qPrintable(escape->tekst));
        QCOMPARE(dump(b.sti()), foer);
        QCOMPARE(liste->topLevelItemCount(), 1);
        QCOMPARE(b.hent(id)->sammendrag, std::optional<QString>(u"Karis setning"_s));
        QVERIFY(mine->isChecked()); // the choice stays: Resolve asks again

        const auto aktiv = [&v] {
            QApplication::setActiveWindow(&v); // as the desktop does when the question closes
            return QTest::qWaitForWindowActive(&v);
        };
        QVERIFY(aktiv());
        const auto enter = svar(Qt::Key_Return);
        QTest::keyClick(&v, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(enter->kom);
        QVERIFY(enter->lukketAvTast);
        QCOMPARE(dump(b.sti()), foer);

        QVERIFY(aktiv());
        QTest::keyClick(&v, Qt::Key_T, Qt::AltModifier); // Keep &theirs: replaces what I wrote
        QTRY_VERIFY(v.findChild<QRadioButton *>(u"velgDeres"_s)->isChecked());
        const auto deres = svar(Qt::Key_Escape);
        QTest::keyClick(&v, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(deres->kom);
        QVERIFY(deres->lukketAvTast);
        QVERIFY2(deres->tekst.contains(u"«Pers setning»"_s), qPrintable(deres->tekst));
        QCOMPARE(dump(b.sti()), foer);
        QCOMPARE(liste->topLevelItemCount(), 1);
        // What I wrote stays in the case's history, as the question says (my own edit's row).
        QVERIFY(b.verdi(u"SELECT count(*) FROM audit WHERE sak_id = '%1' AND endringer LIKE '%\"Pers setning\"%'"_s.arg(id)).toInt() > 0);
    }

    void avvisteSendesPaaNyttEllerForkastes()
    {
        PgTestMiljo pg;
        pg.opprettEmbete(u"agder"_s);
        pg.opprettEmbete(u"rogaland"_s);
        const QString kari = pg.opprettBruker(u"kari"_s, {u"agder"_s});
        SyncTestKlient a(m_dir.path(), u"aa"_s, pg.conninfo(kari));
        const QString id = a.nySak(u"rogaland"_s, 42);
        const QString annen = a.nySak(u"troms-finnmark"_s, 43);
        QCOMPARE(a.synk().avvist, 2);

        SynkProblemer sp(a.store(), a.repo(), Katalog::innebygd(), u"kari"_s);
        SynkProblemVisning v(sp, Katalog::innebygd());
        v.visAvviste();
        v.show();
        auto *liste = v.findChild<QTreeWidget *>(u"avvistliste"_s);
        QCOMPARE(liste->topLevelItemCount(), 2);
        QCOMPARE(liste->topLevelItem(0)->text(0), u"Draft"_s);
        QVERIFY(liste->topLevelItem(0)->text(3).contains(u"rogaland"_s));

        // Discarding a case that was never stored centrally is refused, with the reason shown.
        liste->setCurrentItem(liste->topLevelItem(1));
        QTimer::singleShot(0, this, [] {
            auto *boks = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (boks)
                boks->button(QMessageBox::Yes)->click();
        });
        const QByteArray foer = dump(a.sti());
        QTest::mouseClick(v.findChild<QPushButton *>(u"forkast"_s), Qt::LeftButton);
        QVERIFY(v.findChild<QLabel *>(u"avvistFeil"_s)->text().contains(u"aldri lagret i sentralen"_s));
        QCOMPARE(dump(a.sti()), foer);

        // Access granted: send the first again, and it is registered.
        pg.verdi(u"GRANT tilsyn_embete_rogaland TO \""_s + kari + u"\""_s);
        liste->setCurrentItem(liste->topLevelItem(0));
        QTest::mouseClick(v.findChild<QPushButton *>(u"sendPaaNytt"_s), Qt::LeftButton);
        QCOMPARE(liste->topLevelItemCount(), 1);
        QCOMPARE(a.synk().pushet, 1);
        QVERIFY(a.hent(id)->saksnummer);
        QVERIFY(!a.hent(annen)->saksnummer);

        // The main window's status bar shows what is left and opens it on click.
        MainWindow vindu(a.store(), a.repo(), Katalog::innebygd(), u"kari"_s);
        auto *knapp = vindu.findChild<QToolButton *>(u"synkproblemer"_s);
        QVERIFY(knapp->isHidden());
        vindu.settSynkproblemer(sp.antallKonflikter(), sp.antallAvviste());
        QVERIFY(!knapp->isHidden());
        QCOMPARE(knapp->text(), u"1 rejected"_s);
        QSignalSpy onsket(&vindu, &MainWindow::synkproblemerOnsket);
        knapp->click();
        QCOMPARE(onsket.size(), 1);
        vindu.settSynkproblemer(0, 0);
        QVERIFY(knapp->isHidden());

        // The open case says so when it has a refused change of its own, and links to the window.
        vindu.settSakensSynkproblemer([&sp](const QString &sakId) { return sp.forSak(sakId); });
        auto *merknad = vindu.findChild<QLabel *>(u"sakSynkmerknad"_s);
        vindu.aapneSak(annen);
        QVERIFY(!merknad->isHidden());
        QVERIFY2(merknad->text().contains(u"refused"_s), qPrintable(merknad->text()));
        emit merknad->linkActivated(u"#"_s);
        QCOMPARE(onsket.size(), 2);
        vindu.aapneSak(id); // registered after being sent again: nothing to decide
        QVERIFY(merknad->isHidden());
    }

    // Issue 10 (b13–b15, b29): the window is left from the keyboard (a Close button, Escape,
    // Ctrl+W) and a language switch at run time reaches every text of it.
    void lukkesFraTastaturetOgFolgerSpraaket()
    {
        SyncTestKlient a(m_dir.path(), u"kl"_s, u"host=/ingen"_s);
        SynkProblemer sp(a.store(), a.repo(), Katalog::innebygd(), u"kari"_s);
        SynkProblemVisning v(sp, Katalog::innebygd());
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        auto *lukk = v.findChild<QPushButton *>(u"lukk"_s);
        QVERIFY(lukk && lukk->isVisible());
        QTest::keyClick(&v, Qt::Key_Escape);
        QTRY_VERIFY(!v.isVisible());
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QTest::keyClick(&v, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!v.isVisible());

        QTranslator nn;
        QVERIFY(nn.load(u":/i18n/tilsynsklient_nn.qm"_s));
        QCoreApplication::installTranslator(&nn);
        const auto oversatt = [](const char *tekst) {
            return QCoreApplication::translate("tilsyn::SynkProblemVisning", tekst);
        };
        const QString loes = oversatt("&Resolve");
        QVERIFY(loes != u"&Resolve"_s);
        QTRY_COMPARE(v.findChild<QPushButton *>(u"loes"_s)->text(), loes); // LanguageChange is posted
        QCOMPARE(v.findChild<QRadioButton *>(u"velgMine"_s)->text(), oversatt("Keep &mine"));
        QCOMPARE(v.findChild<QPushButton *>(u"forkast"_s)->text(), oversatt("&Discard my changes…"));
        QCOMPARE(lukk->text(), oversatt("Close &window"));
        QCOMPARE(v.findChild<QTreeWidget *>(u"avvistliste"_s)->headerItem()->text(3), oversatt("Reason"));
        for (const QLabel *l : v.findChildren<QLabel *>()) // the explanations too (b29: bokmål under nynorsk)
            QVERIFY2(!l->text().startsWith(u"The "_s) && !l->text().startsWith(u"These "_s), qPrintable(l->text()));
        QCOMPARE(v.windowTitle(), oversatt("Sync: conflicts and rejected changes"));
        QCoreApplication::removeTranslator(&nn);
        QTRY_COMPARE(v.findChild<QPushButton *>(u"loes"_s)->text(), u"&Resolve"_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSynkProblemVisning)
#include "tst_synkproblemvisning.moc"
