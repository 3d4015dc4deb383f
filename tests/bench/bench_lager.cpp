// Store size (LABELS bench): `tilsyn_gencases N --seed 1` (default 100 000, TILSYN_BENCH_N) imported
// with `tilsynsklient import`, the store's size after a checkpoint next to the JSON Lines file's,
// and where the bytes are (tables, indexes, the search index) from SQLite's dbstat table.
// Prints numbers; asserts only that it worked.

#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class BenchLager final : public QObject
{
    Q_OBJECT

private slots:
    void stoerrelse()
    {
        const QString n = qEnvironmentVariableIsSet("TILSYN_BENCH_N") ? qEnvironmentVariable("TILSYN_BENCH_N") : u"100000"_s;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fil = dir.filePath(u"saker.jsonl"_s);
        const QString db = dir.filePath(u"lager.sqlite"_s);
        QProcess gen;
        gen.start(qEnvironmentVariable("TILSYN_GENCASES"), {n, u"--seed"_s, u"1"_s, u"--out"_s, fil});
        QVERIFY(gen.waitForFinished(-1) && gen.exitCode() == 0);
        QProcess imp;
        imp.setProcessChannelMode(QProcess::MergedChannels);
        imp.start(qEnvironmentVariable("TILSYN_EXE"), {u"--db"_s, db, u"import"_s, fil});
        QVERIFY(imp.waitForFinished(-1));
        QVERIFY2(imp.exitCode() == 0, imp.readAll().constData());

        qint64 sider = 0;
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"lager"_s);
            d.setDatabaseName(db);
            QVERIFY(d.open());
            QSqlQuery q(d);
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            // Every table and index by size; the search index's shadow tables together.
            QVERIFY(q.exec(u"SELECT CASE WHEN name LIKE 'tilsynssak_sok%' THEN 'tilsynssak_sok (FTS5 trigram, all parts)' "
                           u"ELSE name END AS n, sum(pgsize) FROM dbstat GROUP BY n ORDER BY 2 DESC"_s));
            while (q.next()) {
                sider += q.value(1).toLongLong();
                qInfo().noquote() << u"  %1 %2 MB"_s.arg(q.value(0).toString().leftJustified(48))
                                         .arg(q.value(1).toDouble() / 1e6, 6, 'f', 1);
            }
        }
        QSqlDatabase::removeDatabase(u"lager"_s);
        const double lager = double(QFileInfo(db).size()) / 1e6;
        const double jsonl = double(QFileInfo(fil).size()) / 1e6;
        qInfo().noquote() << u"store after import and checkpoint: %1 MB (pages in use %2 MB); JSON Lines: %3 MB"_s
                                 .arg(lager, 0, 'f', 1).arg(double(sider) / 1e6, 0, 'f', 1).arg(jsonl, 0, 'f', 1);
        qInfo().noquote() << u"bench-tabell: store size (%1 cases, after import) | %2 MB | the JSON Lines file %3 MB | %4×"_s
                                 .arg(n).arg(lager, 0, 'f', 1).arg(jsonl, 0, 'f', 1).arg(lager / jsonl, 0, 'f', 2);
    }
};

QTEST_GUILESS_MAIN(BenchLager)
#include "bench_lager.moc"
