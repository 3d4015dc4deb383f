// The case editor's subjects with the keyboard (issue 10 item 6): Tab enters the list once and
// leaves it, never cell by cell; the arrows choose a subject, Enter goes to its form, where Tab
// moves field by field; every column inside the list with its header whole.

#include "caseeditor.h"
#include "items/sakutkast.h"
#include "domain/katalog.h"
#include "objektliste.h"
#include "valgfridato.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QApplication>
#include <QUndoStack>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tilsyn;

class TestCaseEditorTastatur final : public QObject
{
    Q_OBJECT

    // A new case in `e`, shown and active, on the page with the handling methods.
    static bool nySakPaaBehandlingssiden(CaseEditor &e)
    {
        e.resize(820, 700);
        e.show();
        if (!QTest::qWaitForWindowActive(&e))
            return false;
        e.nySak(u"innlandet"_s);
        auto *bm1 = e.findChild<QAbstractButton *>(u"bm1"_s);
        auto *faner = e.findChild<QTabWidget *>(u"sakfaner"_s);
        for (int i = 0; i < faner->count(); ++i)
            if (faner->widget(i)->isAncestorOf(bm1))
                faner->setCurrentIndex(i);
        return true;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A new case starts in the first field of its first page as laid out on the screen (the
    // topmost stop that takes typing), not in a field further down.
    void nySakStarterIFoersteFelt()
    {
        QTemporaryDir dir;
        auto store = Store::aapne(dir.filePath(u"saker.sqlite"_s));
        SakRepository repo(*store, Katalog::innebygd());
        CaseEditor e(repo, Katalog::innebygd(), u"kari.nordmann"_s);
        e.resize(820, 700);
        e.show();
        QVERIFY(QTest::qWaitForWindowActive(&e));
        auto *faner = e.findChild<QTabWidget *>(u"sakfaner"_s);
        faner->setCurrentIndex(2); // wherever the last case was left
        e.nySak(u"innlandet"_s);
        QCOMPARE(faner->currentIndex(), 0);
        QWidget *side = faner->currentWidget();
        QWidget *oeverst = nullptr;
        int y = INT_MAX;
        for (QWidget *w : side->findChildren<QWidget *>()) {
            if ((w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus || !w->isVisible() || !w->isEnabled() || w->focusProxy()
                || qobject_cast<QScrollArea *>(w))
                continue;
            if (const int wy = w->mapTo(side, QPoint(0, 0)).y(); wy < y) {
                y = wy;
                oeverst = w;
            }
        }
        QVERIFY(oeverst);
        QCOMPARE(oeverst->objectName(), u"saksnummer"_s);
        QTRY_COMPARE(QApplication::focusWidget(), oeverst);
    }

    // Alt+N on a case just opened (new or another) goes to the first field of that page, never
    // back to the field the previous case left the page's focus in: a tryout typed a submitter's
    // name into the previous case's målform box and, with Alt+3, stood on "Avsluttet – Satt".
    void altSifferPaaNySakGaarTilFoersteFelt()
    {
        QTemporaryDir dir;
        auto store = Store::aapne(dir.filePath(u"saker.sqlite"_s));
        SakRepository repo(*store, Katalog::innebygd());
        CaseEditor e(repo, Katalog::innebygd(), u"kari.nordmann"_s);
        e.resize(820, 700);
        e.show();
        QVERIFY(QTest::qWaitForWindowActive(&e));
        auto *faner = e.findChild<QTabWidget *>(u"sakfaner"_s);
        auto alt = [](Qt::Key k) { QTest::keyClick(QApplication::focusWidget(), k, Qt::AltModifier); };
        e.nySak(u"innlandet"_s);
        // The previous case: the focus left deep in page 2 and page 3.
        alt(Qt::Key_2);
        QCOMPARE(faner->currentIndex(), 1);
        e.findChild<QPushButton *>(u"leggTilObjekt"_s)->click();
        e.findChild<QComboBox *>(u"type"_s)->setFocus();
        alt(Qt::Key_3);
        QCOMPARE(faner->currentIndex(), 2);
        QWidget *avsluttet = e.findChild<QWidget *>(u"avsluttet"_s);
        QVERIFY(avsluttet);
        QWidget *avsluttetValg = avsluttet->focusProxy() ? avsluttet->focusProxy() : avsluttet;
        avsluttetValg->setFocus();
        QTRY_VERIFY(avsluttet->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == avsluttet);

        e.nySak(u"innlandet"_s);
        alt(Qt::Key_2);
        QCOMPARE(faner->currentIndex(), 1);
        QCOMPARE(QApplication::focusWidget(), e.findChild<QLineEdit *>(u"innsender.navn"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Ola Nordmann"_s);
        QVERIFY(e.sak().innsender);
        QCOMPARE(e.sak().innsender->navn, u"Ola Nordmann"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(e.isAncestorOf(QApplication::focusWidget())); // typing stays in the editor
        alt(Qt::Key_3);
        QCOMPARE(faner->currentIndex(), 2);
        QWidget *fokus = QApplication::focusWidget();
        QVERIFY(fokus);
        QVERIFY2(fokus != avsluttet && !avsluttet->isAncestorOf(fokus), qPrintable(fokus->objectName()));
        QVERIFY(faner->widget(2)->isAncestorOf(fokus));
        // Back on page 2 of the same case: where the user left it.
        alt(Qt::Key_2);
        QCOMPARE(faner->currentIndex(), 1);
        QVERIFY(faner->widget(1)->isAncestorOf(QApplication::focusWidget()));
    }

    // Alt+3 back on the page after the method changed elsewhere (undo, a reloaded case): the
    // keyboard stands on the chosen method, not on the one chosen when the page was last left (a
    // tryout stood on "3" with BM 5 chosen, and an arrow then chose from 3).
    void altTreStaarPaaValgtBehandlingsmaate()
    {
        QTemporaryDir dir;
        auto store = Store::aapne(dir.filePath(u"saker.sqlite"_s));
        SakRepository repo(*store, Katalog::innebygd());
        CaseEditor e(repo, Katalog::innebygd(), u"kari.nordmann"_s);
        e.resize(820, 700);
        e.show();
        QVERIFY(QTest::qWaitForWindowActive(&e));
        auto *faner = e.findChild<QTabWidget *>(u"sakfaner"_s);
        auto alt = [](Qt::Key k) { QTest::keyClick(QApplication::focusWidget(), k, Qt::AltModifier); };
        e.nySak(u"innlandet"_s);
        alt(Qt::Key_3);
        QCOMPARE(faner->currentIndex(), 2);
        auto *bm3 = e.findChild<QAbstractButton *>(u"bm3"_s);
        bm3->click();
        bm3->setFocus();
        QCOMPARE(QApplication::focusWidget(), bm3);
        alt(Qt::Key_1);
        QCOMPARE(faner->currentIndex(), 0);
        e.findChild<QAbstractButton *>(u"bm5"_s)->click(); // chosen while the page is hidden
        QCOMPARE(e.sak().behandlingsmaate, std::optional<int>(5));
        alt(Qt::Key_3);
        QCOMPARE(faner->currentIndex(), 2);
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), u"bm5"_s);
        QCOMPARE(e.sak().behandlingsmaate, std::optional<int>(5));
    }

    // Only a person has an HPR number or an authorisation: for a virksomhet the fields are
    // disabled and say why; choosing the type Helsepersonell opens them.
    void hprBareForHelsepersonell()
    {
        QTemporaryDir dir;
        auto store = Store::aapne(dir.filePath(u"saker.sqlite"_s));
        SakRepository repo(*store, Katalog::innebygd());
        CaseEditor e(repo, Katalog::innebygd(), u"kari.nordmann"_s);
        e.resize(820, 700);
        e.show();
        QVERIFY(QTest::qWaitForWindowActive(&e));
        e.nySak(u"innlandet"_s);
        e.findChild<QComboBox *>(u"sektor"_s)->setCurrentIndex(e.findChild<QComboBox *>(u"sektor"_s)->findData(u"helse"_s));
        emit e.findChild<QComboBox *>(u"sektor"_s)->activated(e.findChild<QComboBox *>(u"sektor"_s)->currentIndex());
        QCOMPARE(e.sak().sektor, u"helse"_s);
        e.findChild<QTabWidget *>(u"sakfaner"_s)->setCurrentIndex(1);
        e.findChild<QPushButton *>(u"leggTilObjekt"_s)->click();
        auto *type = e.findChild<QComboBox *>(u"type"_s);
        auto *hpr = e.findChild<QLineEdit *>(u"hpr"_s);
        auto *autorisasjon = e.findChild<QLineEdit *>(u"autorisasjon"_s);
        QCOMPARE(e.sak().tilsynsobjekter[0].type, u"virksomhet"_s);
        QVERIFY(!hpr->isEnabled());
        QCOMPARE(hpr->toolTip(), u"Only health personnel have an HPR number: choose the type Health personnel."_s);
        QCOMPARE(hpr->accessibleDescription(), hpr->toolTip());
        QVERIFY(!autorisasjon->isEnabled());
        QCOMPARE(autorisasjon->toolTip(), u"Only health personnel have an authorisation: choose the type Health personnel."_s);
        // Down in the type list: Helsepersonell.
        type->setFocus();
        QTest::keyClick(type, Qt::Key_Down);
        QCOMPARE(e.sak().tilsynsobjekter[0].type, u"helsepersonell"_s);
        QVERIFY(hpr->isEnabled());
        QVERIFY(autorisasjon->isEnabled());
        QCOMPARE(hpr->toolTip(), QString());
        QTest::keyClicks(hpr, u"1234567"_s);
        QCOMPARE(e.sak().tilsynsobjekter[0].hpr, std::optional<QString>(u"1234567"_s));
        QVERIFY(e.utkast()->problemerFor(u"tilsynsobjekter[0].hpr"_s).isEmpty());
        // Back to a virksomhet: the number typed stays, open to be removed, and is flagged.
        QTest::keyClick(type, Qt::Key_Up);
        QCOMPARE(e.sak().tilsynsobjekter[0].type, u"virksomhet"_s);
        QVERIFY(hpr->isEnabled());
        QCOMPARE(e.utkast()->problemerFor(u"tilsynsobjekter[0].hpr"_s).size(), 1);
        hpr->selectAll();
        QTest::keyClick(hpr, Qt::Key_Delete);
        QVERIFY(!e.sak().tilsynsobjekter[0].hpr);
        QVERIFY(e.utkast()->problemerFor(u"tilsynsobjekter[0].hpr"_s).isEmpty());
        QVERIFY(!hpr->isEnabled());
    }

    void objektrutenettetMedTastaturet()
    {
        QTemporaryDir dir;
        auto store = Store::aapne(dir.filePath(u"saker.sqlite"_s));
        SakRepository repo(*store, Katalog::innebygd());
        CaseEditor e(repo, Katalog::innebygd(), u"kari.nordmann"_s);
        e.resize(820, 700); // the editor's share of a 1366×768 window
        e.show();
        QVERIFY(QTest::qWaitForWindowActive(&e));
        e.nySak(u"innlandet"_s);
        e.findChild<QTabWidget *>(u"sakfaner"_s)->setCurrentIndex(1);
        auto *leggTil = e.findChild<QPushButton *>(u"leggTilObjekt"_s);
        leggTil->click();
        leggTil->click();
        auto *tabell = e.findChild<QTableWidget *>(u"tilsynsobjekter"_s);
        QCOMPARE(tabell->rowCount(), 2);
        auto *navn = e.findChild<QLineEdit *>(u"navn"_s);
        QTRY_COMPARE(QApplication::focusWidget(), navn); // Add subject: its name is typed next
        QTest::keyClicks(navn, u"Hamar sykehus"_s);
        QCOMPARE(e.sak().tilsynsobjekter[1].navn, u"Hamar sykehus"_s);

        // Tab from the name goes on in the form, the text kept; never to the tab bar.
        QTest::keyClick(navn, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"tjenesteniva"_s);
        QCOMPARE(e.sak().tilsynsobjekter[1].navn, u"Hamar sykehus"_s);

        // Tab reaches the list once and leaves it; Shift+Tab comes back to it.
        tabell->setFocus(Qt::TabFocusReason);
        QTest::keyClick(tabell, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), leggTil);
        QTest::keyClick(leggTil, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), tabell);
        QTest::keyClick(tabell, Qt::Key_Backtab);
        QWidget *foer = QApplication::focusWidget();
        QVERIFY(foer && foer != tabell && !tabell->isAncestorOf(foer));

        // In the list the arrows choose the subject shown in the form; Enter goes to its name.
        tabell->setFocus(Qt::TabFocusReason);
        QTest::keyClick(tabell, Qt::Key_Up);
        QCOMPARE(tabell->currentRow(), 0);
        QCOMPARE(navn->text(), QString());
        QTest::keyClick(tabell, Qt::Key_Down);
        QCOMPARE(navn->text(), u"Hamar sykehus"_s);
        QTest::keyClick(tabell, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), navn);

        // Every header whole in its column, every column inside the list.
        const QFontMetrics fm(tabell->horizontalHeader()->font());
        int x = 0;
        for (int k = 0; k < ObjektListe::AntallKolonner; ++k) {
            const QString topp = tabell->horizontalHeaderItem(k)->text();
            QVERIFY2(fm.boundingRect(QRect(0, 0, tabell->columnWidth(k) - 8, 100), Qt::TextWordWrap, topp).width()
                         <= tabell->columnWidth(k) - 8,
                     qPrintable(u"%1: %2 px"_s.arg(topp).arg(tabell->columnWidth(k))));
            x += tabell->columnWidth(k);
        }
        QVERIFY2(x <= tabell->viewport()->width(), qPrintable(u"%1 > %2"_s.arg(x).arg(tabell->viewport()->width())));
    }

    // Issue 10 tryout: the arrows choose each handling method on the way (Down from 1 to 5 passes
    // 2, 3 and 4). Browsing is the same as choosing once: one undo entry, and a method passed on
    // the way clears nothing the method finally chosen keeps (Up from 3 to 2 and Down again lost
    // the report's date before).
    void pilerGjennomBehandlingsmaaterErUfarlig()
    {
        QTemporaryDir dir;
        auto store = Store::aapne(dir.filePath(u"saker.sqlite"_s));
        SakRepository repo(*store, Katalog::innebygd());
        CaseEditor e(repo, Katalog::innebygd(), u"kari.nordmann"_s);
        QVERIFY(nySakPaaBehandlingssiden(e));
        auto *bm1 = e.findChild<QAbstractButton *>(u"bm1"_s);
        QVERIFY(bm1->isVisible());
        const int foer = e.undoStack()->count();
        bm1->click();
        bm1->setFocus();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"bm5"_s);
        QCOMPARE(e.sak().behandlingsmaate, std::optional<int>(5));
        QCOMPARE(e.undoStack()->count(), foer + 1); // 1, then 2, 3, 4 and 5 on the way: one step
        e.undoStack()->undo();
        QCOMPARE(e.sak().behandlingsmaate, std::nullopt);

        e.findChild<QAbstractButton *>(u"bm3"_s)->click();
        const QDate oversendt(2026, 3, 2), rapport(2026, 5, 4);
        emit e.findChild<ValgfriDato *>(u"oversendt"_s)->datoEndret(oversendt);
        emit e.findChild<ValgfriDato *>(u"rapport_mottatt"_s)->datoEndret(rapport);
        QCOMPARE(e.sak().rapportMottatt, rapport);
        const int medDatoer = e.undoStack()->count();
        e.findChild<QAbstractButton *>(u"bm3"_s)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up); // 2: the report belongs to 3
        QCOMPARE(e.sak().behandlingsmaate, std::optional<int>(2));
        QCOMPARE(e.sak().rapportMottatt, QDate());
        QCOMPARE(e.sak().oversendt, oversendt);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // back to 3
        QCOMPARE(e.sak().behandlingsmaate, std::optional<int>(3));
        QCOMPARE(e.sak().rapportMottatt, rapport);
        QCOMPARE(e.sak().oversendt, oversendt);
        QCOMPARE(e.undoStack()->count(), medDatoer); // nothing changed: no undo entry left
        // Down 3 → 4 → 5 → 1 → 2 → 3, all the way round: the dates of 3 are still there.
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(e.sak().behandlingsmaate, std::optional<int>(3));
        QCOMPARE(e.sak().rapportMottatt, rapport);
        QCOMPARE(e.sak().oversendt, oversendt);
    }

    // A tryout: on the handling methods "5" was pressed to choose BM 5 and nothing happened (then
    // Space chose 1). The digit the caseworker reads in front of each method chooses it.
    void sifferVelgerBehandlingsmaate()
    {
        QTemporaryDir dir;
        auto store = Store::aapne(dir.filePath(u"saker.sqlite"_s));
        SakRepository repo(*store, Katalog::innebygd());
        CaseEditor e(repo, Katalog::innebygd(), u"kari.nordmann"_s);
        QVERIFY(nySakPaaBehandlingssiden(e));
        auto *bm1 = e.findChild<QAbstractButton *>(u"bm1"_s);
        bm1->setFocus();
        QCOMPARE(QApplication::focusWidget(), bm1);
        QVERIFY2(e.findChild<QAbstractButton *>(u"bm5"_s)->text().startsWith(u'5'), "the label shows the number");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_5);
        QCOMPARE(e.sak().behandlingsmaate, std::optional<int>(5));
        QCOMPARE(QApplication::focusWidget()->objectName(), u"bm5"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::KeypadModifier);
        QCOMPARE(e.sak().behandlingsmaate, std::optional<int>(2));
        QCOMPARE(QApplication::focusWidget()->objectName(), u"bm2"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_9); // no method 9: nothing changes
        QCOMPARE(e.sak().behandlingsmaate, std::optional<int>(2));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_5, Qt::AltModifier); // Alt+5 is a page, not a method
        QCOMPARE(e.sak().behandlingsmaate, std::optional<int>(2));
    }
};

QTEST_MAIN(TestCaseEditorTastatur)
#include "tst_caseeditortastatur.moc"
