// Issue 10 (session 14): the case list keeps its selection across a filter (a model reset on the
// worker's result). In the real main window, by the keyboard: a case open (row 150 of the office's
// cases, past the first page) stays selected and in view when typing the office's name; Down then
// goes to the row below it, not to the top; the selected case stays across the next keystroke; a
// filter without it selects nothing and the editor keeps the case; clearing the filter selects
// the open case again. (Before: nothing was selected after any keystroke.)

#include "casegenerator.h"
#include "domain/katalog.h"
#include "items/saklistemodel.h"
#include "caseeditor.h"
#include "mainwindow.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tilsyn;

class TestListevalg final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        CaseGenerator gen(Katalog::innebygd(), 7);
        Transaksjon t(m_store->db());
        for (int i = 0; i < 2500; ++i)
            m_repo->skriv(gen.neste(), {u"test"_s});
        t.commit();
    }

    void valgetBeholdesGjennomFilteret()
    {
        MainWindow w(*m_store, *m_repo, Katalog::innebygd(), u"kari.nordmann"_s);
        w.resize(1366, 768);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        SakListeModel *liste = w.saksliste();
        QTableView *visning = w.listevisning();
        auto *soek = w.findChild<QLineEdit *>(u"soek"_s);
        QVERIFY(soek);
        const auto skriv = [&](const QString &t) {
            soek->setFocus();
            QTest::keyClicks(soek, t);
            QTRY_VERIFY(liste->filter().tekst.trimmed() == soek->text().trimmed() && !liste->soeker());
        };
        const auto valgt = [&] {
            const QModelIndexList rader = visning->selectionModel()->selectedRows();
            return rader.size() == 1 && rader[0] == visning->currentIndex().siblingAtColumn(0)
                ? rader[0].data(SakListeModel::IdRole).toString() : QString();
        };

        // The case on row 150 of Vestland's cases in the list's order (read here, not in the window).
        skriv(u"Vestland"_s);
        SakListeModel fasit(*m_store, Katalog::innebygd());
        fasit.sort(liste->sorteringskolonne(), liste->sorteringsrekkefoelge());
        fasit.settFilter(liste->filter());
        QVERIFY2(fasit.rowCount() > 160, qPrintable(QString::number(fasit.rowCount())));
        const QString aapen = fasit.id(150);
        soek->selectAll();
        QTest::keyClick(soek, Qt::Key_Backspace);
        QTRY_VERIFY(liste->filter().tekst.isEmpty() && !liste->soeker());
        w.aapneSak(aapen);
        QCOMPARE(w.editor()->sak().id, aapen);

        skriv(u"Vestland"_s); // the open case is among the new rows, at 150: selected and in view
        QTRY_COMPARE(valgt(), aapen);
        QCOMPARE(visning->currentIndex().row(), 150);
        QVERIFY(visning->viewport()->rect().intersects(visning->visualRect(visning->currentIndex())));
        QTest::keyClick(soek, Qt::Key_Down); // into the list, on the kept row
        QVERIFY(visning->hasFocus());
        QCOMPARE(valgt(), aapen);
        QTest::keyClick(visning, Qt::Key_Down); // the row below it, not the top
        QCOMPARE(visning->currentIndex().row(), 151);
        const QString neste = fasit.id(151);
        QCOMPARE(valgt(), neste);

        QTest::keyClick(soek, Qt::Key_Backspace); // "Vestlan": the selected case (not opened) stays
        QTRY_VERIFY(liste->filter().tekst.trimmed() == u"Vestlan"_s && !liste->soeker());
        QTRY_COMPARE(valgt(), neste);
        QVERIFY(visning->viewport()->rect().intersects(visning->visualRect(visning->currentIndex())));

        soek->selectAll();
        skriv(u"zqxzqx"_s); // no row: nothing selected, the editor keeps its case
        QCOMPARE(liste->rowCount(), 0);
        QCOMPARE(valgt(), QString());
        QCOMPARE(w.editor()->sak().id, aapen);

        soek->selectAll();
        QTest::keyClick(soek, Qt::Key_Backspace); // every case again: the open one selected
        QTRY_VERIFY(liste->filter().tekst.isEmpty() && !liste->soeker());
        QTRY_COMPARE(valgt(), aapen);
        QVERIFY(visning->viewport()->rect().intersects(visning->visualRect(visning->currentIndex())));
        QCOMPARE(w.editor()->sak().id, aapen);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
};

QTEST_MAIN(TestListevalg)
#include "tst_listevalg.moc"
