// The case editor's objects grid with the keyboard (issue 10 item 6): Tab enters the grid once
// and leaves it, never cell by cell; the arrows choose a cell, Enter or typing edits it, Escape
// returns to the grid; every column is as wide as its header and its typical content.

#include "caseeditor.h"
#include "domain/katalog.h"
#include "objektliste.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
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

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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
        auto *navn = qobject_cast<QLineEdit *>(tabell->cellWidget(1, ObjektListe::Navn));
        QTRY_COMPARE(QApplication::focusWidget(), navn); // Add subject: its name is typed next

        // Tab from a cell leaves the grid; Shift+Tab comes back to the grid, not to a cell.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), leggTil);
        QTest::keyClick(leggTil, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), tabell);
        QTest::keyClick(tabell, Qt::Key_Backtab);
        QWidget *foer = QApplication::focusWidget();
        QVERIFY(foer && foer != tabell && !tabell->isAncestorOf(foer));
        QTest::keyClick(foer, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), tabell);
        QTest::keyClick(tabell, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), leggTil);

        // In the grid: the arrows choose the cell, typing edits it, Escape returns to the grid.
        QTest::keyClick(leggTil, Qt::Key_Backtab);
        tabell->setCurrentCell(0, ObjektListe::Type);
        QTest::keyClick(tabell, Qt::Key_Right);
        QCOMPARE(tabell->currentColumn(), int(ObjektListe::Navn));
        QCOMPARE(QApplication::focusWidget(), tabell);
        QTest::keyClicks(tabell, u"Hamar sykehus"_s);
        QCOMPARE(QApplication::focusWidget(), tabell->cellWidget(0, ObjektListe::Navn));
        QCOMPARE(e.sak().tilsynsobjekter[0].navn, u"Hamar sykehus"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), tabell);
        QTest::keyClick(tabell, Qt::Key_Down);
        QTest::keyClick(tabell, Qt::Key_Right);
        QCOMPARE(tabell->currentColumn(), int(ObjektListe::Tjenesteniva));
        QTest::keyClick(tabell, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), tabell->cellWidget(1, ObjektListe::Tjenesteniva));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), tabell);

        // Every header whole, and a combo box's longest entry in its column (not "Virk", "(ing").
        const QFontMetrics fm(tabell->horizontalHeader()->font());
        for (int k = 0; k < ObjektListe::AntallKolonner; ++k) {
            const QString topp = tabell->horizontalHeaderItem(k)->text();
            QVERIFY2(fm.horizontalAdvance(topp) + fm.height() <= tabell->columnWidth(k),
                     qPrintable(u"%1: %2 px"_s.arg(topp).arg(tabell->columnWidth(k))));
            if (auto *c = qobject_cast<QComboBox *>(tabell->cellWidget(0, k)))
                for (int i = 0; i < c->count(); ++i)
                    if (c->itemText(i).size() <= 20) // the typical entries; longer ones show in the pop-up
                        QVERIFY2(c->fontMetrics().horizontalAdvance(c->itemText(i)) + fm.height() <= tabell->columnWidth(k),
                                 qPrintable(u"%1: '%2' in %3 px"_s.arg(topp, c->itemText(i)).arg(tabell->columnWidth(k))));
        }
        QVERIFY(tabell->columnWidth(ObjektListe::Navn) >= fm.horizontalAdvance(u"Helse Innlandet HF Gjøvik"_s));
    }
};

QTEST_MAIN(TestCaseEditorTastatur)
#include "tst_caseeditortastatur.moc"
