// Desktop writers that fail say so (issue 13 item 4): the case editor tells the user, naming the
// file, when the recovery copy of the open case cannot be written, and the letter window's
// "Save PDF draft" reports a full disk or an unwritable folder with the file named, leaving
// nothing under the name. (The statistics export: tst_statistikkvisning; the store, backup,
// archive and the CLI writers: tst_cli_skrivefeil; the recovery copy itself: tst_gjenoppretting.)

#include "../letters/brevtestdata.h"
#include "brevvisning.h"
#include "caseeditor.h"
#include "domain/katalog.h"
#include "items/gjenoppretting.h"
#include "items/sakutkast.h"
#include "letters/brevmalkilde.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tilsyn;

class TestSkrivefeilVisning final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_saker = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
    }

    // The recovery copy's file is /dev/full (a full disk): the editor says so once, naming the
    // file, a moment after the edit; the unsaved edit stays in the window.
    void gjenopprettingskopiKanIkkeSkrives()
    {
        Tilsynssak sak = test::brevsak(2);
        sak.brukerinvolvering = Brukerinvolvering{true, false, QString()}; // the editor requires it to save
        QVERIFY(m_saker->lagre(sak, {u"tester"_s}).ok());
        CaseEditor editor(*m_saker, Katalog::innebygd(), u"kari"_s);
        QStringList varsler;
        editor.settDialoger([](const QString &) { return true; }, [&](const QString &t) { varsler.append(t); });
        editor.show();
        QVERIFY(editor.aapne(sak.id));
        auto *sammendrag = editor.findChild<QPlainTextEdit *>(u"sammendrag"_s);
        QVERIFY(sammendrag);
        sammendrag->setFocus();
        QTest::keyClicks(sammendrag, u"ny"_s);
        QVERIFY(editor.erEndret());
        // Now that the case is changed (a saved case's old copy is removed first), its copy's file is /dev/full.
        const QString fil = editor.gjenoppretting()->fil(sak.id);
        QVERIFY(QDir().mkpath(QFileInfo(fil).absolutePath()));
        QVERIFY(QFile::link(u"/dev/full"_s, fil));
        QTest::keyClicks(sammendrag, u" tekst"_s);
        QTRY_COMPARE_WITH_TIMEOUT(varsler.size(), 1, 30000);
        QCOMPARE(varsler[0], u"The recovery copy of this case could not be written:\n%1: kan ikke skrive filen: No space "
                              "left on device\n\nYour unsaved changes are only in this window until you save the case."_s
                                 .arg(fil));
        // More typing: not said again; the edit is kept, and saving it works.
        QTest::keyClicks(sammendrag, u" mer"_s);
        QTest::qWait(Gjenoppretting::kVentetidMs + 500);
        QCOMPARE(varsler.size(), 1);
        QVERIFY(editor.sak().sammendrag.value_or(QString()).contains(u"ny tekst mer"_s));
        QVERIFY(editor.lagre());
        QCOMPARE(m_saker->hent(sak.id)->sammendrag, editor.sak().sammendrag);
        QFile::remove(fil);
    }

    // "Save PDF draft": a full disk and a folder that does not exist are said, naming the file; no
    // file is left under the name, and a device is never replaced by a file.
    void utkastPdfKanIkkeSkrives()
    {
        const Brevmalkilde maler;
        Brevvisning visning(Katalog::innebygd(), maler);
        visning.settSak(test::brevsak(2), QDate(2024, 4, 1));
        QString feil;
        QVERIFY(!visning.lagrePdf(u"/dev/full"_s, &feil));
        QCOMPARE(feil, u"/dev/full: kan ikke skrive filen: No space left on device"_s);
        QVERIFY(!QFileInfo(u"/dev/full"_s).isFile());

        const QString mangler = m_dir.filePath(u"finnes-ikke/utkast.pdf"_s);
        feil.clear();
        QVERIFY(!visning.lagrePdf(mangler, &feil));
        QVERIFY2(feil.startsWith(mangler + u": kan ikke skrive filen: "_s), qPrintable(feil));
        QVERIFY(!QFileInfo::exists(mangler));

        const QString ok = m_dir.filePath(u"utkast.pdf"_s);
        QVERIFY2(visning.lagrePdf(ok, &feil), qPrintable(feil));
        QFile f(ok);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_saker;
};

QTEST_MAIN(TestSkrivefeilVisning)
#include "tst_skrivefeilvisning.moc"
