// Progress of `tilsynsklient sync` on a terminal (issue 15 item 4), against the real PostgreSQL of
// the test harness (pg_virtualenv): with standard error on a pseudo-terminal (script(1)) the
// changes sent and the cases received are shown on one line rewritten in place and cleared at the
// end; standard output is exactly the contract's line. In pipes nothing but that line appears.

#include "pgtestmiljo.h"
#include "synctestklient.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

// Only progress lines: each "\r" + text + erase-to-end-of-line, and the clearing "\r\x1b[K" last.
bool barFremdrift(const QByteArray &terminal)
{
    static const QRegularExpression linjer(u"^(\\r[^\\r\\n\\x1b]*\\x1b\\[K)*\\r\\x1b\\[K$"_s);
    return linjer.match(QString::fromUtf8(terminal)).hasMatch();
}

// The lines the terminal showed, one per rewrite, for the log.
QByteArray somLinjer(const QByteArray &terminal)
{
    return QByteArray(terminal).replace("\x1b[K", "").replace('\r', " | ");
}

} // namespace

class TstCliSynkfremdrift final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"script"_s).isEmpty(), "script(1) from bsdutils is needed");
        QVERIFY(m_dir.isValid());
    }

    void sendtOgHentetPaaTerminal()
    {
        PgTestMiljo pg;
        pg.opprettEmbete(u"agder"_s);
        SyncTestKlient a(m_dir.path(), u"a"_s, pg.conninfo(pg.opprettBruker(u"kari"_s, {u"agder"_s})));
        for (quint32 i = 0; i < 450; ++i)
            a.nySak(u"agder"_s, 1000 + i);

        // Pushed in three batches of at most 200: the first and the last step are shown.
        const Kjoring push = kjoerPaaTerminal({u"--db"_s, a.sti(), u"sync"_s, u"--central"_s, a.conninfo()});
        QCOMPARE(push.status, 0);
        QCOMPARE(push.ut, "pushed 450, pulled 0, conflicts 0\n"_ba);
        QVERIFY2(push.feil.contains("\rsynkroniserer: sendt 200 av 450 endringer (44 %)\x1b[K"), push.feil.constData());
        QVERIFY2(push.feil.contains("\rsynkroniserer: sendt 450 av 450 endringer (100 %)\x1b[K"), push.feil.constData());
        qInfo("push on a terminal:%s", somLinjer(push.feil).constData());
        QVERIFY2(barFremdrift(push.feil), push.feil.constData());
        QCOMPARE(pg.verdi(u"SELECT count(*) FROM sak"_s).toInt(), 450);

        // A second user's first sync of the office: the cases received, counted as they come.
        SyncTestKlient b(m_dir.path(), u"b"_s, pg.conninfo(pg.opprettBruker(u"ola"_s, {u"agder"_s})));
        const Kjoring pull = kjoerPaaTerminal({u"--db"_s, b.sti(), u"sync"_s, u"--central"_s, b.conninfo()});
        QCOMPARE(pull.status, 0);
        QCOMPARE(pull.ut, "pushed 0, pulled 450, conflicts 0\n"_ba);
        QVERIFY2(pull.feil.contains("\rsynkroniserer: hentet 450 saker\x1b[K"), pull.feil.constData());
        qInfo("pull on a terminal:%s", somLinjer(pull.feil).constData());
        QVERIFY2(barFremdrift(pull.feil), pull.feil.constData());
        QCOMPARE(b.alle(), a.alle());

        // Without a terminal (pipes): the contract's line on stdout, nothing on stderr.
        for (quint32 i = 0; i < 250; ++i)
            a.nySak(u"agder"_s, 2000 + i);
        const Kjoring roerPush = kjoerCli({u"--db"_s, a.sti(), u"sync"_s, u"--central"_s, a.conninfo()});
        QCOMPARE(roerPush.status, 0);
        QCOMPARE(roerPush.ut, "pushed 250, pulled 0, conflicts 0\n"_ba);
        QCOMPARE(roerPush.feil, QByteArray());
        SyncTestKlient c(m_dir.path(), u"c"_s, pg.conninfo(pg.opprettBruker(u"per"_s, {u"agder"_s})));
        const Kjoring roerPull = kjoerCli({u"--db"_s, c.sti(), u"sync"_s, u"--central"_s, c.conninfo()});
        QCOMPARE(roerPull.status, 0);
        QCOMPARE(roerPull.ut, "pushed 0, pulled 700, conflicts 0\n"_ba);
        QCOMPARE(roerPull.feil, QByteArray());
    }

private:
    QTemporaryDir m_dir;
};

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QCoreApplication app(argc, argv);
    TstCliSynkfremdrift t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_cli_synkfremdrift.moc"
