// Import throughput: 100 000 generated cases through the real import path (parse, validate,
// write in one transaction with audit and outbox rows), next to the sqlite3 shell inserting the
// same rows from a dump of the resulting store. Prints numbers; asserts only that it worked.
// TILSYN_BENCH_N overrides the number of cases.

#include "casegenerator.h"
#include "testsupport.h"

#include "domain/katalog.h"
#include "io/jsonlimport.h"
#include "io/sakjson.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

class BenchImport final : public QObject
{
    Q_OBJECT

private slots:
    void importMotSqlite3()
    {
        const int n = qEnvironmentVariableIsSet("TILSYN_BENCH_N") ? qEnvironmentVariableIntValue("TILSYN_BENCH_N") : 100000;
        QTemporaryDir dir;
        QByteArray fil;
        CaseGenerator gen(Katalog::innebygd(), 42);
        for (int i = 0; i < n; ++i) {
            fil += QJsonDocument(sakTilJson(gen.neste())).toJson(QJsonDocument::Compact);
            fil += '\n';
        }

        const QString db = dir.filePath(u"import.sqlite"_s);
        auto store = Store::aapne(db);
        SakRepository repo(*store, Katalog::innebygd());
        JsonlImport import(*store, repo, Katalog::innebygd());
        QElapsedTimer t;
        t.start();
        const JsonlImport::Lest lest = import.les(fil, u"bench.jsonl"_s);
        const qint64 lesMs = t.restart();
        QVERIFY(lest.ok());
        import.skriv(lest, Endringskontekst{.bruker = u"bench"_s});
        const qint64 skrivMs = t.elapsed();
        QCOMPARE(repo.antall(), n);
        store.reset();

        // The same rows, as INSERT statements, loaded by the sqlite3 shell into an empty file.
        const QString sql = dir.filePath(u"rader.sql"_s);
        QProcess dump;
        dump.setStandardOutputFile(sql);
        dump.start(u"sqlite3"_s, {db, u".dump tilsynssak sak_kilde sak_tema tilsynsobjekt vurdering audit outbox"_s});
        QVERIFY(dump.waitForFinished(-1) && dump.exitCode() == 0);
        QProcess raa;
        raa.setStandardInputFile(sql);
        t.start();
        raa.start(u"sqlite3"_s, {dir.filePath(u"raa.sqlite"_s)});
        QVERIFY(raa.waitForFinished(-1) && raa.exitCode() == 0);
        const qint64 raaMs = t.elapsed();

        const double sek = (lesMs + skrivMs) / 1000.0;
        qInfo("import of %d cases: %.2f s (parse+validate %lld ms, write %lld ms) = %.0f cases/s",
              n, sek, lesMs, skrivMs, n / sek);
        qInfo("sqlite3 shell inserting the same rows (%d cases with children, audit and outbox): %.2f s = %.0f cases/s",
              n, raaMs / 1000.0, n / (raaMs / 1000.0));
    }
};

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
