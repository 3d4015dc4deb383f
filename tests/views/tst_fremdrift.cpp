// Progress and cancel for long work in the desktop (issue 15 item 4): the import and the export
// run on a worker thread behind a progress dialog with Cancel. A cancelled import leaves the
// store byte-identical, a cancelled export leaves no file, and the GUI thread keeps running its
// timers during a long import.

#include "casegenerator.h"
#include "fremdriftsvakt.h"
#include "domain/katalog.h"
#include "importforhaandsvisning.h"
#include "io/jsonlexport.h"
#include "io/jsonlimport.h"
#include "mainwindow.h"
#include "drift/fremdrift.h"
#include "reports/rapporttabell.h"
#include "reports/rapportvalg.h"
#include "reports/xlsxskriver.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tilsyn;
using namespace tilsyn::test;

namespace {

constexpr int kSaker = 20000;
constexpr int kFoerst = 500;

QByteArray eksport(const SakRepository &repo)
{
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    eksporterJsonl(repo, b);
    return b.data();
}

} // namespace

class TstFremdrift final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        // 20 000 generated cases (seeded), as export writes them.
        m_fil = m_dir.filePath(u"saker.jsonl"_s);
        QFile f(m_fil);
        QVERIFY(f.open(QIODevice::WriteOnly));
        CaseGenerator gen(Katalog::innebygd(), 15);
        for (int i = 0; i < kSaker; ++i)
            f.write(eksportLinje(gen.neste()) + '\n');
        f.close();
        // The store the import is cancelled into already holds the file's first 500 cases.
        m_store = Store::aapne(m_dir.filePath(u"lager.sqlite"_s));
        m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray foerste;
        for (int i = 0; i < kFoerst; ++i)
            foerste += f.readLine();
        JsonlImport imp(*m_store, *m_repo, Katalog::innebygd());
        const JsonlImport::Lest lest = imp.les(foerste, u"saker.jsonl"_s);
        QVERIFY2(lest.ok(), qPrintable(lest.problemer.mid(0, 3).join(u'\n')));
        QCOMPARE(imp.skriv(lest, {u"test"_s}), kFoerst);
    }

    // Cancelled half-way through writing: the transaction rolls back, the store is unchanged.
    void avbruttImportLaeterLageretUroert()
    {
        MainWindow w(*m_store, *m_repo, Katalog::innebygd(), u"kari.nordmann"_s);
        w.show();
        const QByteArray foer = eksport(*m_repo);
        int avbruttVed = -1;
        Fremdriftsvakt vakt(w, [&](QProgressDialog &d) {
            if (avbruttVed < 0 && d.labelText().startsWith(u"Importing"_s) && d.maximum() == 1000
                && d.value() >= 500) {
                avbruttVed = d.value();
                d.findChild<QPushButton *>(u"fremdriftAvbryt"_s)->click();
            }
        });
        QVERIFY(!w.importer(m_fil));
        QCOMPARE(vakt.meldinger(), QStringList{});
        qInfo("cancelled at %d per mille of the writing; longest GUI gap %lld ms", avbruttVed, vakt.lengsteGapMs());
        QVERIFY2(avbruttVed >= 500 && avbruttVed < 1000, qPrintable(QString::number(avbruttVed)));
        QCOMPARE(m_repo->antall(), kFoerst);
        QVERIFY(eksport(*m_repo) == foer); // byte-identical
        QCOMPARE(w.statusBar()->currentMessage(), u"Import cancelled; nothing was imported"_s);
        QVERIFY(!synligFremdrift(w));
    }

    // The whole import on the worker: the GUI thread's timer never waits more than 50 ms.
    void guiSvarerUnderLangImport()
    {
        auto store = Store::aapne(m_dir.filePath(u"stort.sqlite"_s));
        SakRepository repo(*store, Katalog::innebygd());
        MainWindow w(*store, repo, Katalog::innebygd(), u"kari.nordmann"_s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        int stoersteVerdi = 0;
        Fremdriftsvakt vakt(w, [&](QProgressDialog &d) { stoersteVerdi = std::max(stoersteVerdi, d.value()); });
        QElapsedTimer klokke;
        klokke.start();
        QVERIFY(w.importer(m_fil));
        const qint64 ms = klokke.elapsed();
        QCOMPARE(vakt.meldinger(), QStringList{});
        qInfo("imported %d cases in %lld ms; longest gap between GUI timer runs %lld ms wall, %lld ms of GUI-thread CPU",
              kSaker, ms, vakt.lengsteGapMs(), vakt.lengsteCpuMs());
        QCOMPARE(repo.antall(), kSaker);
        QVERIFY(vakt.saaDialog());
        QVERIFY(stoersteVerdi > 0);
        QVERIFY2(vakt.lengsteCpuMs() <= 50, qPrintable(QString::number(vakt.lengsteCpuMs())));
        // The wall-clock gap (printed above) is not asserted: it measures the scheduler as much as
        // the program, and a loaded CI machine (a neighbour test starting, a CPU quota) stretches it
        // with no warning the load average would give in time. The GUI thread's own CPU time
        // between two timer runs (asserted above) is what shows the work is off the GUI thread.
        // What happened (issue 10: a replace said "Importerte 1 sak"). %Ln: "20,000" in English.
        QCOMPARE(w.statusBar()->currentMessage(), u"Import: %1 new case(s) imported"_s.arg(QLocale().toString(20000)));
    }

    // The export writes what the contract's export writes; cancelled, it leaves no file at all.
    void eksportOgAvbruttEksport()
    {
        auto store = Store::aapne(m_dir.filePath(u"stort.sqlite"_s));
        SakRepository repo(*store, Katalog::innebygd());
        MainWindow w(*store, repo, Katalog::innebygd(), u"kari.nordmann"_s);
        w.show();
        QTemporaryDir ut;
        const QString fil = ut.filePath(u"saker.jsonl"_s);
        QVERIFY(w.eksporter(fil));
        QFile f(fil);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == eksport(repo));
        QVERIFY(QFile::remove(fil));

        int avbruttVed = -1;
        Fremdriftsvakt vakt(w, [&](QProgressDialog &d) {
            if (avbruttVed < 0 && d.maximum() == 1000 && d.value() > 0) {
                avbruttVed = d.value();
                d.findChild<QPushButton *>(u"fremdriftAvbryt"_s)->click();
            }
        });
        QVERIFY(!w.eksporter(fil));
        QCOMPARE(vakt.meldinger(), QStringList{});
        qInfo("export cancelled at %d per mille", avbruttVed);
        QVERIFY2(avbruttVed > 0 && avbruttVed < 1000, qPrintable(QString::number(avbruttVed)));
        QVERIFY(!QFile::exists(fil));
        QCOMPARE(QDir(ut.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{});
        QCOMPARE(w.statusBar()->currentMessage(), u"Export cancelled; no file was written"_s);
    }

    // The XLSX workbook (statistics): written with progress per sheet; cancelled, nothing is left.
    void arbeidsbokMedFremdriftOgAvbrudd()
    {
        const QList<Rapporttabell> tabeller{
            {u"behandlingsmaate"_s, {u"bm"_s, u"antall"_s}, {{u"BM 1"_s, 3}, {u"BM 5"_s, 2}}},
            {u"temaer"_s, {u"tema"_s, u"antall"_s}, {{u"journal"_s, 1}}}};
        const Rapportvalg valg = Rapportvalg::forAar(u"helse"_s, 2024);
        QTemporaryDir ut;
        QList<QPair<qint64, qint64>> steg;
        Fremdrift f([&](qint64 gjort, qint64 totalt) { steg.append({gjort, totalt}); });
        QCOMPARE(skrivXlsx(ut.filePath(u"a.xlsx"_s), tabeller, valg, &f), QString());
        QCOMPARE(steg.value(0), (QPair<qint64, qint64>(0, 2)));
        QVERIFY(QFileInfo(ut.filePath(u"a.xlsx"_s)).size() > 0);
        Fremdrift avbrutt;
        avbrutt.avbryt();
        QVERIFY_THROWS_EXCEPTION(Avbrutt, skrivXlsx(ut.filePath(u"b.xlsx"_s), tabeller, valg, &avbrutt));
        QCOMPARE(QDir(ut.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"a.xlsx"_s});
    }

private:
    QTemporaryDir m_dir;
    QString m_fil;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
};

QTEST_MAIN(TstFremdrift)
#include "tst_fremdrift.moc"
