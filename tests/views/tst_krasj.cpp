// The crash test: the real tilsynsklient (TILSYN_EXE) is started offscreen with a test hook that
// opens a case and makes an unsaved edit; once the recovery copy is on disk the process is killed
// (SIGKILL); a restart offers the copy back and the edit is restored, while the store itself was
// never written.

#include "domain/katalog.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tilsyn;

class TestKrasj final : public QObject
{
    Q_OBJECT

private slots:
    void gjenopprettingEtterKrasj()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"saker.sqlite"_s);
        const QString eksempel = test::testdata(u"sosial-2024/cases.jsonl"_s);
        const test::Kjoring imp = test::kjoerCli({u"--db"_s, db, u"import"_s, eksempel});
        QVERIFY2(imp.status == 0, imp.feil.constData());
        QFile f(eksempel);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString id = QJsonDocument::fromJson(f.readLine()).object().value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        const QString kopi = dir.filePath(u"data/tilsynsklient/recovery/%1.json"_s.arg(id));

        QProcess p;
        p.setProcessEnvironment([&] {
            QProcessEnvironment e = env;
            e.insert(u"TILSYN_TEST_SCRIPT"_s, u"rediger:%1: KRASJTEST-ENDRING"_s.arg(id));
            return e;
        }());
        p.start(qEnvironmentVariable("TILSYN_EXE"), {u"--db"_s, db});
        QVERIFY(p.waitForStarted());
        QDeadlineTimer frist(60000);
        while (!QFile::exists(kopi) && !frist.hasExpired() && p.state() == QProcess::Running)
            QTest::qWait(50);
        p.kill(); // SIGKILL: no chance to clean up
        QVERIFY(p.waitForFinished());
        const QByteArray sagt = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(QFile::exists(kopi), qPrintable(u"no recovery copy; the client said: "_s + QString::fromUtf8(sagt)));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QVERIFY2(sagt.contains(QByteArray("REDIGERT " + id.toUtf8())), sagt.constData());

        {
            // The edit was never saved to the store.
            auto store = Store::aapne(db);
            SakRepository repo(*store, Katalog::innebygd());
            QVERIFY(!repo.hent(id)->sammendrag.value_or(QString()).contains(u"KRASJTEST"_s));
        }

        QProcess omstart;
        omstart.setProcessEnvironment([&] {
            QProcessEnvironment e = env;
            e.insert(u"TILSYN_TEST_SCRIPT"_s, u"gjenopprett"_s);
            return e;
        }());
        omstart.start(qEnvironmentVariable("TILSYN_EXE"), {u"--db"_s, db});
        QVERIFY(omstart.waitForFinished(60000));
        QCOMPARE(omstart.exitCode(), 0);
        const QString ut = QString::fromUtf8(omstart.readAllStandardOutput());
        QVERIFY2(ut.contains(u"TILBUDT "_s), qPrintable(ut));
        QVERIFY2(ut.contains(u"SAK "_s + id), qPrintable(ut));
        QVERIFY2(ut.contains(u"KRASJTEST-ENDRING"_s), qPrintable(ut));
        QVERIFY2(ut.contains(u"ULAGRET 1"_s), qPrintable(ut));
    }
};

QTEST_GUILESS_MAIN(TestKrasj)
#include "tst_krasj.moc"
