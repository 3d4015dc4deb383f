// Backup, restore and check of the local store: `backup` while another connection has the store
// open (even inside a read transaction), restore in place while that connection stays open (it
// sees the restored cases, the old store is kept), a refused restore changes nothing, and `check`
// tells a healthy store (exit 0) from a damaged one (exit 1, every problem listed).

#include "testsupport.h"

#include "domain/katalog.h"
#include "store/lagerkontroll.h"
#include "store/sakrepository.h"
#include "store/sikkerhetskopi.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

qint64 antall(Store &store)
{
    QSqlQuery q(store.db());
    return q.exec(u"SELECT count(*) FROM tilsynssak"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

QByteArray sqlite(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(u"sqlite3"_s, {db, sql});
    p.waitForFinished(60000);
    return p.readAllStandardOutput() + p.readAllStandardError();
}

} // namespace

class TstSikkerhetskopi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_lager = m_dir.filePath(u"lager.sqlite"_s);
        const Kjoring k = kjoerCli({u"--db"_s, m_lager, u"import"_s, testdata(u"sosial-2024/cases.jsonl"_s)});
        QCOMPARE(k.status, 0);
    }

    void backupOgGjenopprettingMensLageretErAapent()
    {
        // The "app": a connection that stays open through backup and restore.
        auto app = Store::aapne(m_lager);
        const Katalog &katalog = Katalog::innebygd();
        SakRepository repo(*app, katalog);
        QCOMPARE(antall(*app), 243);
        {
            // A reader in the middle of a transaction does not stop the backup.
            QSqlQuery les(app->db());
            QVERIFY(les.exec(u"BEGIN"_s));
            QVERIFY(les.exec(u"SELECT count(*) FROM tilsynssak"_s) && les.next());
            const QString kopi = m_dir.filePath(u"kopier/backup.sqlite"_s);
            const Kjoring k = kjoerCli({u"--db"_s, m_lager, u"backup"_s, u"--out"_s, kopi});
            QCOMPARE(k.feil, QByteArray());
            QCOMPARE(k.ut, u"backup written to %1\n"_s.arg(kopi).toUtf8());
            QCOMPARE(k.status, 0);
            QVERIFY(les.exec(u"COMMIT"_s));
            // One self-contained file, nothing left over beside it.
            QCOMPARE(QDir(m_dir.filePath(u"kopier"_s)).entryList(QDir::Files), QStringList{u"backup.sqlite"_s});
            QCOMPARE(sqlite(kopi, u"SELECT count(*) FROM tilsynssak; PRAGMA integrity_check;"_s), QByteArray("243\nok\n"));
            const Kjoring sjekk = kjoerCli({u"--db"_s, kopi, u"check"_s});
            QCOMPARE(sjekk.ut, QByteArray("ok\n"));
            QCOMPARE(sjekk.status, 0);
        }
        // A change after the backup...
        Tilsynssak ny = *repo.hent(sakId(*app));
        ny.id = u"6f1c2a9e-0000-4000-8000-000000000001"_s;
        ny.saksnummer = u"2024/99999"_s;
        QVERIFY(repo.lagre(ny, Endringskontekst{.bruker = u"test"_s}).ok());
        QCOMPARE(antall(*app), 244);

        // ...is undone by the restore, which the open connection sees at once.
        const QString gammel = sikkerhetskopi::gjenopprett(m_lager, m_dir.filePath(u"kopier/backup.sqlite"_s), katalog);
        QCOMPARE(antall(*app), 243);
        QVERIFY(!repo.hent(ny.id));
        QVERIFY(QFileInfo(gammel).isFile());
        QVERIFY(gammel.startsWith(m_dir.filePath(u"lager-foer-gjenoppretting-"_s)));
        QCOMPARE(sqlite(gammel, u"SELECT count(*) FROM tilsynssak WHERE saksnummer = '2024/99999';"_s), QByteArray("1\n"));
        // The store is whole and still writable through the open connection.
        QCOMPARE(app->integritetssjekk(), u"ok"_s);
        QVERIFY(repo.lagre(ny, Endringskontekst{.bruker = u"test"_s}).ok());
        QCOMPARE(antall(*app), 244);
        QCOMPARE(kontrollerLager(*app, katalog), QStringList());
        QFile::remove(gammel);
    }

    void skadetSikkerhetskopiEndrerIngenting()
    {
        const QString skadet = m_dir.filePath(u"skadet-backup.sqlite"_s);
        QFile::remove(skadet);
        QCOMPARE(kjoerCli({u"--db"_s, m_lager, u"backup"_s, u"--out"_s, skadet}).status, 0);
        skadSider(skadet);
        const QByteArray foer = dump(m_lager);
        const QStringList filerFoer = QDir(m_dir.path()).entryList(QDir::Files);
        QVERIFY_THROWS_EXCEPTION(StoreError, sikkerhetskopi::gjenopprett(m_lager, skadet, Katalog::innebygd()));
        QCOMPARE(dump(m_lager), foer);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filerFoer);
        // And the CLI refuses to back it up again as if it were fine.
        const Kjoring k = kjoerCli({u"--db"_s, skadet, u"backup"_s, u"--out"_s, m_dir.filePath(u"x.sqlite"_s)});
        QCOMPARE(k.status, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.sqlite"_s)));
    }

    void checkFinnerSkadetFil()
    {
        const QString kopi = m_dir.filePath(u"sideskade.sqlite"_s);
        QFile::remove(kopi);
        QCOMPARE(kjoerCli({u"--db"_s, m_lager, u"backup"_s, u"--out"_s, kopi}).status, 0);
        QCOMPARE(kjoerCli({u"--db"_s, kopi, u"check"_s}).status, 0);
        skadSider(kopi);
        const Kjoring k = kjoerCli({u"--db"_s, kopi, u"check"_s});
        QCOMPARE(k.status, 1);
        QVERIFY2(k.ut.startsWith("integrity_check: "), k.ut.constData());
    }

    void checkFinnerBruttReglerIProgrammet()
    {
        const QString kopi = m_dir.filePath(u"domeneskade.sqlite"_s);
        QFile::remove(kopi);
        QCOMPARE(kjoerCli({u"--db"_s, m_lager, u"backup"_s, u"--out"_s, kopi}).status, 0);
        // A derived column edited behind the program's back, an audit trail removed, a case
        // made invalid (BM 5 with utfall lovbrudd but no vurdering).
        const QString foerste = u"(SELECT id FROM tilsynssak ORDER BY id LIMIT 1)"_s;
        const QString andre = u"(SELECT id FROM tilsynssak ORDER BY id LIMIT 1 OFFSET 1)"_s;
        const QByteArray ut = sqlite(kopi, u"SELECT embete || ' ' || saksnummer FROM tilsynssak WHERE id IN (%1, %2) ORDER BY id;"
                                           u"UPDATE tilsynssak SET frist_dato = '2000-01-01' WHERE id = %1;"
                                           u"DROP TRIGGER audit_slettes_ikke;"
                                           u"DELETE FROM audit WHERE sak_id = %2;"_s.arg(foerste, andre));
        const QList<QByteArray> ref = ut.trimmed().split('\n');
        QCOMPARE(ref.size(), 2);
        const Kjoring k = kjoerCli({u"--db"_s, kopi, u"check"_s});
        QCOMPARE(k.feil, QByteArray());
        QCOMPARE(k.status, 1);
        const QStringList linjer = QString::fromUtf8(k.ut).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(linjer.size(), 2);
        const QString start = u"sak %1: frist_dato er «2000-01-01», men skal være «"_s.arg(QString::fromUtf8(ref[0]));
        QVERIFY2(linjer[0].startsWith(start), qPrintable(linjer[0]));
        QCOMPARE(linjer[1], u"sak %1: mangler revisjonsspor (ingen audit-rad)"_s.arg(QString::fromUtf8(ref[1])));
    }

    void checkOgBackupAvEtLagerSomIkkeFinnes()
    {
        const QString borte = m_dir.filePath(u"finnes-ikke.sqlite"_s);
        const Kjoring k = kjoerCli({u"--db"_s, borte, u"check"_s});
        QCOMPARE(k.status, 1);
        QVERIFY(!QFile::exists(borte)); // a check never creates a store
        QCOMPARE(kjoerCli({u"--db"_s, borte, u"backup"_s, u"--out"_s, m_dir.filePath(u"y.sqlite"_s)}).status, 1);
        QCOMPARE(kjoerCli({u"--db"_s, m_lager, u"backup"_s}).status, 2);
        QCOMPARE(kjoerCli({u"--db"_s, m_lager, u"check"_s, u"ekstra"_s}).status, 2);
    }

private:
    static QString sakId(Store &store)
    {
        QSqlQuery q(store.db());
        return q.exec(u"SELECT id FROM tilsynssak ORDER BY id LIMIT 1"_s) && q.next() ? q.value(0).toString() : QString();
    }

    // Scribbles over the pages of an index, as a failing disk would: SQLite still opens the file,
    // PRAGMA integrity_check finds the damage.
    static void skadSider(const QString &fil)
    {
        const QByteArray rot = sqlite(fil, u"SELECT rootpage FROM sqlite_master WHERE name = 'tilsynssak_mottatt';"_s).trimmed();
        const qint64 side = rot.toLongLong();
        QVERIFY(side > 1);
        QFile f(fil);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek((side - 1) * 4096 + 8));
        QVERIFY(f.write(QByteArray(2000, '\x5a')) == 2000);
    }

    QTemporaryDir m_dir;
    QString m_lager;
};

QTEST_GUILESS_MAIN(TstSikkerhetskopi)
#include "tst_sikkerhetskopi.moc"
