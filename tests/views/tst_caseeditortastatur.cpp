// The case editor's subjects with the keyboard (issue 10 item 6): Tab enters the list once and
// leaves it, never cell by cell; the arrows choose a subject, Enter goes to its form, where Tab
// moves field by field; every column inside the list with its header whole.

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
};

QTEST_MAIN(TestCaseEditorTastatur)
#include "tst_caseeditortastatur.moc"
