// Progress of long commands on a terminal (issue 15 item 4): import and export show one line on
// standard error, rewritten in place and cleared at the end, when stderr is a terminal (a pty
// made by script(1)); in pipes nothing is added, so what the contract prints is unchanged.

#include "casegenerator.h"
#include "domain/katalog.h"
#include "io/jsonlexport.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSaker = 2000;

QByteArray lesFil(const QString &sti)
{
    QFile f(sti);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sitert(const QString &s)
{
    return u"'"_s + QString(s).replace(u"'"_s, u"'\\''"_s) + u"'"_s;
}

// Runs `tilsynsklient ARGS >UT` under script(1): stderr is the pty, whose output is returned
// (with the pty's \r\n); stdout goes to the file `ut`.
QByteArray paaTerminal(const QStringList &argumenter, const QString &ut, int *status)
{
    QStringList deler{sitert(qEnvironmentVariable("TILSYN_EXE"))};
    for (const QString &a : argumenter)
        deler.append(sitert(a));
    QProcess p;
    p.start(u"script"_s, {u"-qec"_s, deler.join(u' ') + u" >"_s + sitert(ut), u"/dev/null"_s});
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    *status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

} // namespace

class TstCliFremdrift final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"script"_s).isEmpty(), "script(1) from bsdutils is needed");
        QVERIFY(m_dir.isValid());
        m_fil = m_dir.filePath(u"saker.jsonl"_s);
        QFile f(m_fil);
        QVERIFY(f.open(QIODevice::WriteOnly));
        CaseGenerator gen(Katalog::innebygd(), 7);
        for (int i = 0; i < kSaker; ++i)
            f.write(eksportLinje(gen.neste()) + '\n');
    }

    void ingentingIRoer()
    {
        const QString db = m_dir.filePath(u"roer.sqlite"_s);
        const Kjoring imp = kjoerCli({u"--db"_s, db, u"import"_s, m_fil});
        QCOMPARE(imp.status, 0);
        QCOMPARE(imp.ut, "imported 2000 cases\n"_ba);
        QCOMPARE(imp.feil, QByteArray());
        const Kjoring eks = kjoerCli({u"--db"_s, db, u"export"_s, u"-"_s});
        QCOMPARE(eks.status, 0);
        QCOMPARE(eks.feil, QByteArray());
        QCOMPARE(eks.ut.count('\n'), kSaker);
    }

    void fremdriftPaaTerminal()
    {
        const QString db = m_dir.filePath(u"terminal.sqlite"_s);
        const QString ut = m_dir.filePath(u"ut.txt"_s);
        int status = -1;
        const QByteArray terminal = paaTerminal({u"--db"_s, db, u"import"_s, m_fil}, ut, &status);
        QCOMPARE(status, 0);
        QCOMPARE(lesFil(ut), "imported 2000 cases\n"_ba); // stdout unchanged
        QVERIFY2(terminal.contains("\rleser saker.jsonl: 0 %\x1b[K"), terminal.constData());
        QVERIFY2(terminal.contains("\rimporterer: 2000 av 2000 saker (100 %)\x1b[K"), terminal.constData());
        QVERIFY2(terminal.endsWith("\r\x1b[K"), terminal.right(40).constData()); // the line cleared

        const QByteArray eksport = paaTerminal({u"--db"_s, db, u"export"_s, u"-"_s}, ut, &status);
        QCOMPARE(status, 0);
        QCOMPARE(lesFil(ut), kjoerCli({u"--db"_s, db, u"export"_s, u"-"_s}).ut);
        QVERIFY2(eksport.contains("\reksporterer: 2000 av 2000 saker (100 %)\x1b[K"), eksport.constData());
        QVERIFY2(eksport.endsWith("\r\x1b[K"), eksport.right(40).constData());
    }

private:
    QTemporaryDir m_dir;
    QString m_fil;
};

QTEST_GUILESS_MAIN(TstCliFremdrift)
#include "tst_cli_fremdrift.moc"
