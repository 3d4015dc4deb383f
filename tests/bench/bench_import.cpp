// Import throughput: N generated cases (default 100 000) through the real import path (parse and
// validate on every core: the calling thread and bulktraader(); then the bulk write in one
// transaction with audit and outbox rows), next to the sqlite3 shell's `.import` of the same lines
// into one table, measured in the same run. Prints wall and CPU time of each phase and bench-tabell rows; asserts only that it worked.
// TILSYN_BENCH_N overrides the number of cases.

#include "casegenerator.h"
#include "testsupport.h"

#include "domain/katalog.h"
#include "io/jsonlimport.h"
#include "io/sakjson.h"
#include "store/bulktraader.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

// CPU time of the whole process (every thread), in ms.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

QString s(double ms)
{
    return QString::number(ms / 1000.0, 'f', 2) + u" s"_s;
}

} // namespace

class BenchImport final : public QObject
{
    Q_OBJECT

private slots:
    void importMotSqlite3()
    {
        const int n = qEnvironmentVariableIsSet("TILSYN_BENCH_N") ? qEnvironmentVariableIntValue("TILSYN_BENCH_N") : 100000;
        QTemporaryDir dir;
        QByteArray innhold;
        CaseGenerator gen(Katalog::innebygd(), 42);
        for (int i = 0; i < n; ++i) {
            innhold += QJsonDocument(sakTilJson(gen.neste())).toJson(QJsonDocument::Compact);
            innhold += '\n';
        }
        const QString fil = dir.filePath(u"saker.jsonl"_s);
        {
            QFile f(fil);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(innhold) == innhold.size());
        }

        // The reference: the sqlite3 shell loads the same lines, one row each, into one table.
        QProcess raa;
        raa.start(u"sqlite3"_s, {dir.filePath(u"raa.sqlite"_s)});
        QVERIFY(raa.waitForStarted());
        QElapsedTimer t;
        t.start();
        raa.write(u"PRAGMA journal_mode=WAL;\nCREATE TABLE linjer (linje TEXT);\n.mode ascii\n.separator \"\\037\" \"\\n\"\n"
                  u".import '%1' linjer\nSELECT count(*) FROM linjer;\n"_s.arg(fil).toUtf8());
        raa.closeWriteChannel();
        QVERIFY(raa.waitForFinished(-1) && raa.exitCode() == 0);
        const double raaMs = double(t.elapsed());
        QVERIFY2(raa.readAllStandardOutput().trimmed().endsWith(QByteArray::number(n)), "sqlite3 .import failed");

        const QString db = dir.filePath(u"import.sqlite"_s);
        auto store = Store::aapne(db);
        SakRepository repo(*store, Katalog::innebygd());
        JsonlImport import(*store, repo, Katalog::innebygd());
        double cpu = cpuMs();
        t.restart();
        const JsonlImport::Lest lest = import.les(innhold, u"bench.jsonl"_s);
        const double lesMs = double(t.restart());
        const double lesCpu = cpuMs() - cpu;
        cpu = cpuMs();
        QVERIFY(lest.ok());
        import.skriv(lest, Endringskontekst{.bruker = u"bench"_s});
        const double skrivMs = double(t.elapsed());
        const double skrivCpu = cpuMs() - cpu;
        QCOMPARE(repo.antall(), n);
        store.reset();

        const double alt = lesMs + skrivMs;
        const int traader = bulktraader()->maxThreadCount() + 1; // the pool and the calling thread
        qInfo("import of %d cases: %.2f s (parse+validate %.0f ms, write %.0f ms) = %.0f cases/s", n, alt / 1000.0,
              lesMs, skrivMs, n / (alt / 1000.0));
        qInfo("CPU time: parse+validate %.0f ms on %d threads, write %.0f ms", lesCpu, traader, skrivCpu);
        qInfo("reference: sqlite3 .import of the same %d lines (%.1f MB) into one table: %.2f s", n,
              double(innhold.size()) / 1e6, raaMs / 1000.0);
        auto rad = [](const QString &hva, const QString &naa, const QString &ref, const QString &forhold) {
            const QString linje = QStringList{hva, naa, ref, forhold}.join(u" | "_s);
            qInfo("bench-tabell: %s", qPrintable(linje));
        };
        rad(u"import of %1 cases (CPU %2)"_s.arg(n).arg(s(lesCpu + skrivCpu)), s(alt),
            u"sqlite3 `.import` of the same lines into one table %1"_s.arg(s(raaMs)),
            u"%1×"_s.arg(alt / raaMs, 0, 'f', 1));
        rad(u"import: parse+validate (%1 threads; CPU %2)"_s.arg(traader).arg(s(lesCpu)), s(lesMs),
            u"goal ≤ 2 s"_s, u"%1×"_s.arg(lesMs / 2000.0, 0, 'f', 2));
        rad(u"import: write, one transaction (CPU %1)"_s.arg(s(skrivCpu)), s(skrivMs),
            u"sqlite3 `.import` of the same lines into one table %1"_s.arg(s(raaMs)),
            u"%1×"_s.arg(skrivMs / raaMs, 0, 'f', 1));
    }
};

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
