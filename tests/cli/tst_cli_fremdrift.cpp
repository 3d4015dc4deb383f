// Progress of long commands on a terminal (issue 15 item 4): import and export show one line on
// standard error, rewritten in place and cleared at the end, when stderr is a terminal (a pty
// made by script(1)); in pipes nothing is added, so what the contract prints is unchanged.

#include "casegenerator.h"
#include "domain/katalog.h"
#include "io/jsonlexport.h"
#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSaker = 2000;

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
        const Kjoring imp = kjoerPaaTerminal({u"--db"_s, db, u"import"_s, m_fil});
        QCOMPARE(imp.status, 0);
        QCOMPARE(imp.ut, "imported 2000 cases\n"_ba); // stdout unchanged
        QVERIFY2(imp.feil.contains("\rleser saker.jsonl: 0 %\x1b[K"), imp.feil.constData());
        QVERIFY2(imp.feil.contains("\rimporterer: 2000 av 2000 saker (100 %)\x1b[K"), imp.feil.constData());
        QVERIFY2(imp.feil.endsWith("\r\x1b[K"), imp.feil.right(40).constData()); // the line cleared

        const Kjoring eks = kjoerPaaTerminal({u"--db"_s, db, u"export"_s, u"-"_s});
        QCOMPARE(eks.status, 0);
        QCOMPARE(eks.ut, kjoerCli({u"--db"_s, db, u"export"_s, u"-"_s}).ut);
        QVERIFY2(eks.feil.contains("\reksporterer: 2000 av 2000 saker (100 %)\x1b[K"), eks.feil.constData());
        QVERIFY2(eks.feil.endsWith("\r\x1b[K"), eks.feil.right(40).constData());
    }

private:
    QTemporaryDir m_dir;
    QString m_fil;
};

QTEST_GUILESS_MAIN(TstCliFremdrift)
#include "tst_cli_fremdrift.moc"
