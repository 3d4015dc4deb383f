// The desktop's store care entries: in the File and Help menus of the real main window
// (offscreen), translated when the language changes, and Copy support information puts versions,
// the schema version and the sync state on the clipboard, without case content.

#include "testsupport.h"

#include "domain/katalog.h"
#include "drift/stoettelogg.h"
#include "io/jsonlimport.h"
#include "mainwindow.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "synkstyring.h"
#include "vedlikehold.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

class TstVedlikehold final : public QObject
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
        QFile f(test::testdata(u"sosial-2024/cases.jsonl"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        JsonlImport import(*m_store, *m_repo, Katalog::innebygd());
        const auto lest = import.les(f.readAll(), f.fileName());
        QVERIFY(lest.ok());
        import.skriv(lest, Endringskontekst{.bruker = u"test"_s});
        Stoettelogg::installer(m_dir.filePath(u"logg"_s));
    }

    void menyerOgStoetteinformasjon()
    {
        MainWindow vindu(*m_store, *m_repo, Katalog::innebygd(), u"test"_s);
        SynkStyring synk(m_store->sti(), u"test"_s);
        auto *v = new Vedlikehold(vindu, *m_store, Katalog::innebygd(), synk);
        vindu.show();
        QVERIFY(vindu.filmeny()->actions().contains(vindu.findChild<QAction *>(u"handlingSikkerhetskopi"_s)));
        QVERIFY(vindu.filmeny()->actions().contains(vindu.findChild<QAction *>(u"handlingGjenopprett"_s)));
        QVERIFY(vindu.hjelpmeny()->actions().contains(vindu.findChild<QAction *>(u"handlingKontroller"_s)));
        QAction *info = vindu.findChild<QAction *>(u"handlingStoetteinfo"_s);
        QVERIFY(vindu.hjelpmeny()->actions().contains(info));
        QCOMPARE(info->text(), u"Copy &support information"_s);
        // Backup and restore come before Quit, which stays last.
        const QList<QAction *> fil = vindu.filmeny()->actions();
        QVERIFY(fil.indexOf(vindu.findChild<QAction *>(u"handlingGjenopprett"_s)) == fil.size() - 2);

        synk.settConninfo(QString()); // offline: says so in the status
        qWarning("a warning for the support information");
        info->trigger();
        const QString tekst = QApplication::clipboard()->text();
        QVERIFY2(tekst.startsWith(u"Tilsynsklient "_s), qPrintable(tekst));
        QVERIFY(tekst.contains(u"skjemaversjon %1 (programmet: %1)"_s.arg(Store::skjemaversjon())));
        QVERIFY(tekst.contains(u"Saker: 243;"_s));
        QVERIFY(tekst.contains(u"Sentralt lager: ikke satt opp"_s));
        QVERIFY(tekst.contains(u"Synkronisering: Offline (no central store set up)"_s));
        QVERIFY(tekst.contains(u"WARN a warning for the support information"_s));
        QVERIFY(!tekst.contains(u"Klage på oppfølging etter innleggelse."_s));
        QCOMPARE(tekst, v->stoetteinformasjon());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
};

QTEST_MAIN(TstVedlikehold)
#include "tst_vedlikehold.moc"
