// The main window by keys, from a new caseworker's keyboard-only tryout under Xvfb (issue 10,
// session 13):
//  - the own window's and the example store's File menus (every menu) never give one Alt letter
//    to two different actions (Alt+F, E closed the example store where habit loaded it);
//  - every menu entry, tool button or editor button disabled by the state of the case says why:
//    its tool tip (shown in menus too) and status tip, and its key pressed says it in the status
//    bar — translated (it was greyed with nothing said while the case had unsaved edits);
//  - the sample cases, closed and loaded again, are kept as they were left, with their window's
//    filter, until the caseworker asks for fresh ones;
//  - undo goes on past a save, says that the case is then unsaved again, and changes nothing stored;
//  - the case's tables show whole rows; the case list's edge column is elided, not cut.

#include "caseeditor.h"
#include "sakslistedelegat.h"
#include "mainwindow.h"
#include "oversettelser.h"
#include "skrivebord.h"
#include "sperregrunn.h"

#include "domain/katalog.h"
#include "io/eksempellager.h"
#include "io/jsonlimport.h"
#include "items/innstillinger.h"
#include "items/saklistemodel.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

QChar bokstav(const QString &t)
{
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        if (t[i] == u'&' && t[i + 1] == u'&')
            ++i;
        else if (t[i] == u'&')
            return t[i + 1].toLower();
    }
    return {};
}

QString hvem(const QAction *a)
{
    return a->objectName().isEmpty() ? QString(a->text()).remove(u'&') : a->objectName();
}

// Per menu of the menu bar (by its position): Alt letter → the action (or submenu) it gives.
QList<QHash<QChar, QString>> menybokstaver(QMainWindow *w)
{
    QList<QHash<QChar, QString>> ut;
    for (QAction *m : w->menuBar()->actions()) {
        if (!m->menu())
            continue;
        emit m->menu()->aboutToShow();
        QHash<QChar, QString> her;
        her.insert(u'#', QString(m->text()).remove(u'&')); // which menu, for the message
        for (QAction *a : m->menu()->actions())
            if (!a->isSeparator() && a->isVisible() && !bokstav(a->text()).isNull())
                her.insert(bokstav(a->text()), hvem(a));
        ut.append(her);
    }
    return ut;
}

} // namespace

class TestVinduTaster final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QFile::remove(Eksempellager::standardSti());
        QVERIFY(m_dir.isValid());
        test::fyllProfil();
        m_eget = Store::aapne(m_dir.filePath(u"eget.sqlite"_s));
        m_eget->registrerKatalog(Katalog::innebygd());
        SakRepository repo(*m_eget, Katalog::innebygd());
        JsonlImport imp(*m_eget, repo, Katalog::innebygd());
        QFile f(test::testdata(u"sosial-2024/cases.jsonl"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const JsonlImport::Lest lest = imp.les(f.readAll(), u"cases.jsonl"_s);
        QVERIFY2(lest.ok(), qPrintable(lest.problemer.join(u'\n')));
        imp.skriv(lest, {u"kari"_s});
        Eksempellager::lag(m_dir.filePath(u"eksempel.sqlite"_s), Katalog::innebygd(), u"kari"_s);
        m_eksempel = Store::aapne(m_dir.filePath(u"eksempel.sqlite"_s));
    }

    // Alt+F, E was "Close sample cases" in the example window and "Load sample cases" in the own
    // one. In every menu of the two windows one letter is one action, or free in one of them.
    void menyeneSierDetSamme_data() { spraakRader(); }
    void menyeneSierDetSamme()
    {
        QFETCH(QString, spraak);
        QVERIFY(m_oversettelser.last(spraak));
        Skrivebord eget(*m_eget, Katalog::innebygd(), m_oversettelser);
        Skrivebord eksempel(*m_eksempel, Katalog::innebygd(), m_oversettelser);
        eget.start();
        eksempel.start();
        QVERIFY(eget.vindu() && eksempel.vindu());
        const auto a = menybokstaver(eget.vindu());
        const auto b = menybokstaver(eksempel.vindu());
        QCOMPARE(a.size(), b.size());
        QStringList feil;
        for (qsizetype m = 0; m < a.size(); ++m)
            for (auto it = a[m].cbegin(); it != a[m].cend(); ++it)
                if (it.key() != u'#' && b[m].contains(it.key()) && b[m].value(it.key()) != it.value())
                    feil.append(u"%1, %2: %3 in the own window, %4 in the example store's"_s.arg(a[m].value(u'#'), it.key(),
                                                                                               it.value(), b[m].value(it.key())));
        QVERIFY2(feil.isEmpty(), qPrintable(feil.join(u'\n')));
        // The two are there to compare, each in its own window.
        QVERIFY(a[0].values().contains(u"handlingEksempel"_s) && b[0].values().contains(u"handlingLukkEksempel"_s));
    }

    // Every menu entry and tool button of the main window, and every button of the case's pages,
    // that the state disables says why, in the UI's language: tool tip and status tip (menus show
    // tool tips), and its key or Alt letter pressed says it in the status bar. Walked with no case
    // open, a stored case open, and a new draft (unsaved, not valid).
    void sperredeSierHvorfor_data() { spraakRader(); }
    void sperredeSierHvorfor()
    {
        QFETCH(QString, spraak);
        QVERIFY(m_oversettelser.last(spraak));
        Innstillinger::spraak.sett(spraak);
        Skrivebord sb(*m_eget, Katalog::innebygd(), m_oversettelser);
        sb.start();
        MainWindow *w = sb.vindu();
        QVERIFY(w && QTest::qWaitForWindowActive(w));
        QTRY_VERIFY_WITH_TIMEOUT(w->listevisning()->model()->rowCount() > 0, 30000);
        QStringList feil;
        int sperret = 0;
        auto sjekk = [&](const QString &tilstand) {
            QList<std::pair<QObject *, QString>> alle; // the object and where it is
            for (QAction *m : w->menuBar()->actions()) {
                if (!m->menu())
                    continue;
                emit m->menu()->aboutToShow(); // reasons that are worked out when the menu opens
                if (!m->menu()->toolTipsVisible())
                    feil.append(u"%1: menu %2 shows no tool tips"_s.arg(tilstand, m->text()));
                for (QAction *a : m->menu()->actions())
                    if (!a->isSeparator() && !a->menu())
                        alle.append({a, m->text()});
            }
            for (QAction *a : w->findChild<QToolBar *>(u"verktoeylinje"_s)->actions())
                alle.append({a, u"toolbar"_s});
            auto *faner = w->editor()->findChild<QTabWidget *>();
            for (int side = 0; w->editor()->harSak() && side < faner->count(); ++side) {
                if (!faner->isTabEnabled(side))
                    continue;
                faner->setCurrentIndex(side);
                QCoreApplication::processEvents();
                for (QAbstractButton *b : w->editor()->findChildren<QAbstractButton *>())
                    if (b->isVisible() && !qobject_cast<QCheckBox *>(b) && !b->text().isEmpty())
                        alle.append({b, faner->tabText(side)});
                for (const auto &[o, hvor] : std::as_const(alle))
                    if (auto *b = qobject_cast<QAbstractButton *>(o); b && !b->isEnabled() && hvor == faner->tabText(side))
                        sjekkKnapp(w, b, tilstand, feil);
            }
            for (const auto &[o, hvor] : std::as_const(alle)) {
                auto *a = qobject_cast<QAction *>(o);
                if (!a || !a->isVisible() || a->isEnabled())
                    continue;
                ++sperret;
                const QString navn = u"%1: %2 ▸ %3"_s.arg(tilstand, hvor, QString(a->text()).remove(u'&'));
                const QString grunn = sperregrunn(a);
                if (grunn.isEmpty() || a->toolTip() != grunn || a->statusTip() != grunn) {
                    feil.append(u"%1: reason '%2', tool tip '%3', status tip '%4'"_s.arg(navn, grunn, a->toolTip(), a->statusTip()));
                    continue;
                }
                const QString noekkel = tilstand + u'/' + hvem(a);
                if (spraak == u"en")
                    m_engelsk.insert(noekkel, grunn);
                else if (m_engelsk.value(noekkel) == grunn)
                    feil.append(u"%1: reason not translated: '%2'"_s.arg(navn, grunn));
                if (a->shortcut().isEmpty())
                    continue;
                w->statusBar()->clearMessage();
                w->listevisning()->setFocus();
                QTest::keySequence(QApplication::focusWidget(), a->shortcut());
                if (!w->statusBar()->currentMessage().contains(grunn))
                    feil.append(u"%1: %2 says '%3'"_s.arg(navn, a->shortcut().toString(), w->statusBar()->currentMessage()));
            }
        };
        sjekk(u"no case"_s);
        // A key the focused field uses is its own: Ctrl+Z in the search field undoes the typing
        // there (Edit ▸ Undo is disabled, and would otherwise only say so).
        auto *soek = w->findChild<QLineEdit *>(u"soek"_s);
        soek->setFocus();
        QTest::keyClicks(soek, u"abc"_s);
        QTest::keyClick(soek, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(soek->text().isEmpty(), qPrintable(soek->text()));
        w->listevisning()->setFocus();
        QTest::keyClick(w->listevisning(), Qt::Key_Down);
        QTest::keyClick(w->listevisning(), Qt::Key_Return);
        QVERIFY(w->editor()->harSak());
        sjekk(u"stored case"_s);
        w->listevisning()->setFocus();
        QTest::keyClick(w->listevisning(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(w->editor()->harSak() && w->editor()->erEndret());
        sjekk(u"new draft"_s);
        w->editor()->forkastEndringer();
        for (const QString &f : std::as_const(feil))
            qWarning("%s", qPrintable(f));
        QVERIFY2(sperret >= 6, qPrintable(QString::number(sperret)));
        QVERIFY2(feil.isEmpty(), qPrintable(u"%1 problems, the first: %2"_s.arg(feil.size()).arg(feil.value(0))));
    }

    // Closed (Ctrl+W) and loaded again, the sample cases are as they were left, and so is their
    // window's filter; File ▸ Fresh sample cases makes them again, filter and all.
    void eksempellagerBeholdes()
    {
        QVERIFY(m_oversettelser.last(u"nb"_s));
        SakRepository repo(*m_eget, Katalog::innebygd());
        MainWindow eget(*m_eget, repo, Katalog::innebygd(), u"kari"_s);
        QSignalSpy laget(&eget, &MainWindow::eksempellagerLaget);
        const QString sti = Eksempellager::standardSti();
        eget.lastEksempel();
        QCOMPARE(laget.size(), 1);
        QString id;
        {
            auto lager = Store::aapne(sti);
            SakRepository r(*lager, Katalog::innebygd());
            MainWindow vindu(*lager, r, Katalog::innebygd(), u"kari"_s);
            vindu.show();
            QVERIFY(QTest::qWaitForWindowExposed(&vindu));
            QTRY_VERIFY_WITH_TIMEOUT(vindu.listevisning()->model()->rowCount() > 0, 30000);
            vindu.listevisning()->setFocus();
            QTest::keyClick(vindu.listevisning(), Qt::Key_Down);
            QTest::keyClick(vindu.listevisning(), Qt::Key_Return);
            QVERIFY(vindu.editor()->harSak());
            id = vindu.editor()->sak().id;
            auto *sammendrag = vindu.editor()->findChild<QPlainTextEdit *>(u"sammendrag"_s);
            sammendrag->setFocus();
            QTest::keyClick(sammendrag, Qt::Key_End, Qt::ControlModifier);
            QTest::keyClicks(sammendrag, u" Prøvd ut."_s);
            QTest::keyClick(sammendrag, Qt::Key_S, Qt::ControlModifier);
            QVERIFY(!vindu.editor()->erEndret());
            vindu.findChild<QLineEdit *>(u"soek"_s)->setText(u"sjukeheim"_s);
            vindu.findChild<QCheckBox *>(u"filterForfalte"_s)->setChecked(true);
            QVERIFY(vindu.close());
        }
        eget.lastEksempel();
        QCOMPARE(laget.size(), 2);
        {
            auto lager = Store::aapne(sti);
            SakRepository r(*lager, Katalog::innebygd());
            QVERIFY2(r.hent(id)->sammendrag.value_or(QString()).endsWith(u" Prøvd ut."_s), "the sample cases were made again");
            MainWindow vindu(*lager, r, Katalog::innebygd(), u"kari"_s);
            QCOMPARE(vindu.findChild<QLineEdit *>(u"soek"_s)->text(), u"sjukeheim"_s);
            QVERIFY(vindu.findChild<QCheckBox *>(u"filterForfalte"_s)->isChecked());
        }
        auto *nye = eget.findChild<QAction *>(u"handlingNyeEksempel"_s);
        QVERIFY(nye && nye->isVisible() && eget.filmeny()->actions().contains(nye));
        nye->trigger();
        QCOMPARE(laget.size(), 3);
        auto lager = Store::aapne(sti);
        SakRepository r(*lager, Katalog::innebygd());
        QVERIFY(!r.hent(id) || !r.hent(id)->sammendrag.value_or(QString()).endsWith(u" Prøvd ut."_s));
        MainWindow vindu(*lager, r, Katalog::innebygd(), u"kari"_s);
        QVERIFY(vindu.findChild<QLineEdit *>(u"soek"_s)->text().isEmpty());
        QVERIFY(!vindu.findChild<QCheckBox *>(u"filterForfalte"_s)->isChecked());
        QVERIFY(!vindu.findChild<QAction *>(u"handlingNyeEksempel"_s)->isVisible()); // not inside them
    }

    // Undo after Save is offered, as in any editor: the case is then unsaved again ("*", the
    // status bar says so), the stored case is unchanged until saved, and Save stores the undone state.
    void angreEtterLagring()
    {
        QVERIFY(m_oversettelser.last(u"nb"_s));
        SakRepository repo(*m_eget, Katalog::innebygd());
        MainWindow w(*m_eget, repo, Katalog::innebygd(), u"kari"_s);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.listevisning()->model()->rowCount() > 0, 30000);
        w.listevisning()->setFocus();
        QTest::keyClick(w.listevisning(), Qt::Key_Down);
        QTest::keyClick(w.listevisning(), Qt::Key_Return);
        const QString id = w.editor()->sak().id;
        const QString foer = repo.hent(id)->sammendrag.value_or(QString());
        auto *sammendrag = w.editor()->findChild<QPlainTextEdit *>(u"sammendrag"_s);
        sammendrag->setFocus();
        QTest::keyClick(sammendrag, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(sammendrag, u" Lagt til."_s);
        QTest::keyClick(sammendrag, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!w.editor()->erEndret());
        QCOMPARE(repo.hent(id)->sammendrag.value_or(QString()), foer + u" Lagt til."_s);
        auto *angre = w.findChild<QAction *>(u"handlingAngre"_s);
        QVERIFY2(angre->isEnabled() && angre->text().startsWith(u"&Angre «"_s), qPrintable(angre->text()));
        w.listevisning()->setFocus();
        QTest::keyClick(w.listevisning(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(w.editor()->erEndret());
        QVERIFY2(w.windowTitle().contains(u" *"_s), qPrintable(w.windowTitle()));
        QVERIFY2(w.statusBar()->currentMessage().contains(u"skiller seg nå fra det som er lagret"_s),
                 qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(repo.hent(id)->sammendrag.value_or(QString()), foer + u" Lagt til."_s); // nothing stored changed by undo
        QCOMPARE(w.editor()->sak().sammendrag.value_or(QString()), foer);
        QTest::keyClick(w.listevisning(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!w.editor()->erEndret());
        QCOMPARE(repo.hent(id)->sammendrag.value_or(QString()), foer);
    }

    // At 1366×768 the case's tables show whole rows (issue 10 tryout: half a second object), and
    // the case list's column at its right edge is drawn up to the edge with its text elided.
    void heleRaderOgKant()
    {
        QVERIFY(m_oversettelser.last(u"nb"_s));
        QSettings().remove(Innstillinger::vindusgeometri.noekkel());
        QSettings().remove(Innstillinger::splitter.noekkel());
        SakRepository repo(*m_eget, Katalog::innebygd());
        MainWindow w(*m_eget, repo, Katalog::innebygd(), u"kari"_s);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.listevisning()->model()->rowCount() > 0, 30000);
        w.listevisning()->setFocus();
        QTest::keyClick(w.listevisning(), Qt::Key_Down);
        QTest::keyClick(w.listevisning(), Qt::Key_Return);
        QVERIFY(w.editor()->harSak());
        QTest::keyClick(w.editor(), Qt::Key_2, Qt::AltModifier);
        auto *tabell = w.editor()->findChild<QTableView *>(u"tilsynsobjekter"_s);
        QTRY_VERIFY(tabell->isVisible());
        for (int n = 0; n < 3; ++n) { // one to three subjects, one with a name over two lines
            if (n > 0) {
                w.editor()->findChild<QAbstractButton *>(u"leggTilObjekt"_s)->click();
                auto *navn = w.editor()->findChild<QLineEdit *>(u"navn"_s);
                QVERIFY(navn);
                navn->setFocus();
                QTest::keyClicks(navn, u"Vangen sjukeheim, avdeling for langtidsopphald og korttidsopphald"_s);
            }
            QCoreApplication::processEvents();
            int rader = 0;
            for (int r = 0; r < std::min(tabell->model()->rowCount(), 5); ++r)
                rader += tabell->rowHeight(r);
            QVERIFY2(tabell->model()->rowCount() == n + 1, qPrintable(QString::number(tabell->model()->rowCount())));
            rader += std::max(0, 2 - tabell->model()->rowCount()) * tabell->verticalHeader()->defaultSectionSize(); // room for two
            QTRY_COMPARE(tabell->viewport()->height(), rader);
        }
        w.editor()->forkastEndringer();
        // The list: a cell running past the edge is drawn to the edge (elided), one inside whole.
        QCOMPARE(SakListeDelegat::tegneflate(QRect(500, 0, 200, 20), 560), QRect(500, 0, 61, 20));
        QCOMPARE(SakListeDelegat::tegneflate(QRect(300, 0, 200, 20), 560), QRect(300, 0, 200, 20));
        QVERIFY(qobject_cast<SakListeDelegat *>(w.listevisning()->itemDelegate()));
    }

private:
    static void spraakRader()
    {
        QTest::addColumn<QString>("spraak");
        QTest::newRow("en") << u"en"_s; // first: the reasons in nb and nn are compared with these
        QTest::newRow("nb") << u"nb"_s;
        QTest::newRow("nn") << u"nn"_s;
    }

    static void sjekkKnapp(MainWindow *w, QAbstractButton *b, const QString &tilstand, QStringList &feil)
    {
        const QString navn = u"%1: button %2 '%3'"_s.arg(tilstand, b->objectName(), b->text());
        const QString grunn = sperregrunn(b);
        if (grunn.isEmpty() || b->statusTip() != grunn || !b->toolTip().contains(grunn)) {
            feil.append(u"%1: reason '%2', tool tip '%3'"_s.arg(navn, grunn, b->toolTip()));
            return;
        }
        const QKeySequence tast = QKeySequence::mnemonic(b->text());
        if (tast.isEmpty())
            return;
        w->statusBar()->clearMessage();
        w->listevisning()->setFocus();
        QTest::keySequence(QApplication::focusWidget(), tast);
        if (!w->statusBar()->currentMessage().contains(grunn))
            feil.append(u"%1: %2 says '%3'"_s.arg(navn, tast.toString(), w->statusBar()->currentMessage()));
    }

    QTemporaryDir m_dir;
    Oversettelser m_oversettelser;
    std::unique_ptr<Store> m_eget;
    std::unique_ptr<Store> m_eksempel;
    QHash<QString, QString> m_engelsk;
};

QTEST_MAIN(TestVinduTaster)
#include "tst_vindutaster.moc"
