// The contract's import semantics for cases that already exist (cli.md `import [--replace]`):
// identical cases are skipped and not counted; a case with other content refuses the whole
// import (exit 2, nothing written) naming the case and the fields, unless --replace, when each
// replacement is an audited local edit queued for sync; a finalised letter or a closed
// follow-up is never changed by an import.

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray lesFil(const QString &sti)
{
    QFile f(sti);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray sql(const QString &db, const QString &setning)
{
    QProcess p;
    p.start(u"sqlite3"_s, {db, setning});
    p.waitForFinished();
    return p.readAllStandardOutput();
}

QList<QByteArray> proeveLinjer()
{
    QList<QByteArray> l = lesFil(testdata(u"sosial-2024/cases.jsonl"_s)).split('\n');
    l.removeAll(QByteArray());
    return l;
}

QString idPaa(const QByteArray &linje)
{
    return QJsonDocument::fromJson(linje).object().value("id"_L1).toString();
}

} // namespace

class TstCliErstatt final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"lager-%1.sqlite"_s.arg(++m_nr));
        const Kjoring k = kjoerCli({u"--db"_s, m_db, u"import"_s, testdata(u"sosial-2024/cases.jsonl"_s)});
        QCOMPARE(k.status, 0);
        QCOMPARE(k.ut, QByteArray("imported 243 cases\n"));
    }

    void identiskeSakerTellesIkke()
    {
        const QByteArray dumpFoer = dump(m_db);
        const Kjoring k = kjoerCli({u"--db"_s, m_db, u"import"_s, testdata(u"sosial-2024/cases.jsonl"_s)});
        QCOMPARE(k.status, 0);
        QCOMPARE(k.ut, QByteArray("imported 0 cases\n"));
        QVERIFY(k.feil.isEmpty());
        QCOMPARE(dump(m_db), dumpFoer); // no audit row, no outbox row: nothing was written
        const Kjoring r = kjoerCli({u"--db"_s, m_db, u"import"_s, u"--replace"_s, testdata(u"sosial-2024/cases.jsonl"_s)});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.ut, QByteArray("imported 0 cases\n"));
        QCOMPARE(dump(m_db), dumpFoer);
    }

    void endretSakAvvisesUtenReplace()
    {
        const QList<QByteArray> linjer = proeveLinjer();
        QJsonObject endret = QJsonDocument::fromJson(linjer[1]).object();
        endret.insert("sammendrag"_L1, u"Endret i et annet system"_s);
        endret.insert("alvorlig"_L1, true);
        const QString fil = skrivFil(u"endret.jsonl"_s,
                                     {linjer[0], QJsonDocument(endret).toJson(QJsonDocument::Compact), nySak()});
        const QByteArray eksportFoer = kjoerCli({u"--db"_s, m_db, u"export"_s, u"-"_s}).ut;
        const QByteArray dumpFoer = dump(m_db);
        const Kjoring k = kjoerCli({u"--db"_s, m_db, u"import"_s, fil});
        QCOMPARE(k.status, 2);
        QVERIFY(k.ut.isEmpty());
        const QString forventet = u"%1:2: id: saken %2 finnes allerede med annet innhold i alvorlig, sammendrag "
                                  u"(bruk --replace for å erstatte den)\n"_s.arg(fil, idPaa(linjer[1]));
        QVERIFY2(QString::fromUtf8(k.feil).startsWith(forventet), k.feil.constData());
        QCOMPARE(kjoerCli({u"--db"_s, m_db, u"export"_s, u"-"_s}).ut, eksportFoer);
        QCOMPARE(dump(m_db), dumpFoer); // the new case on line 3 was not written either
    }

    void replaceErstatterSomRevidertEndring()
    {
        const QList<QByteArray> linjer = proeveLinjer();
        const QString id = idPaa(linjer[1]);
        QJsonObject endret = QJsonDocument::fromJson(linjer[1]).object();
        endret.insert("temaer"_L1, QJsonArray{u"so-annet"_s});
        const QString fil = skrivFil(u"erstatt.jsonl"_s,
                                     {linjer[0], QJsonDocument(endret).toJson(QJsonDocument::Compact), nySak()});
        const QByteArray versjonFoer = sql(m_db, u"SELECT versjon FROM tilsynssak WHERE id = '%1'"_s.arg(id));
        sql(m_db, u"UPDATE outbox SET status = 'ferdig'"_s); // as after a sync: nothing waiting
        const Kjoring k = kjoerCli({u"--db"_s, m_db, u"import"_s, u"--replace"_s, fil});
        QVERIFY2(k.status == 0, k.feil.constData());
        QCOMPARE(k.ut, QByteArray("imported 2 cases\n")); // one new, one replaced; line 1 identical
        QCOMPARE(sql(m_db, u"SELECT versjon FROM tilsynssak WHERE id = '%1'"_s.arg(id)).trimmed().toInt(),
                 versjonFoer.trimmed().toInt() + 1);
        QCOMPARE(sql(m_db, u"SELECT group_concat(kode) FROM sak_tema WHERE sak_id = '%1'"_s.arg(id)),
                 QByteArray("so-annet\n"));
        // The audit trail names the change, from what to what, and who.
        const QByteArray audit = sql(m_db, u"SELECT handling, endringer FROM audit WHERE sak_id = '%1' "
                                           u"ORDER BY id DESC LIMIT 1"_s.arg(id));
        QVERIFY2(audit.startsWith("erstattet ved import|{\"temaer\":{\"fra\":"), audit.constData());
        QVERIFY2(audit.contains("\"til\":[\"so-annet\"]"), audit.constData());
        // Queued for sync like any edit; the identical case on line 1 is not.
        QCOMPARE(sql(m_db, u"SELECT count(*) FROM outbox WHERE status = 'ventende' AND sak_id = '%1'"_s.arg(id)),
                 QByteArray("1\n"));
        QCOMPARE(sql(m_db, u"SELECT count(*) FROM outbox WHERE status = 'ventende' AND sak_id = '%1'"_s.arg(idPaa(linjer[0]))),
                 QByteArray("0\n"));
    }

    void brevOgAvsluttetOppfolgingEndresIkke()
    {
        const QList<QByteArray> linjer = proeveLinjer();
        const QString id = idPaa(linjer[1]);
        sql(m_db, u"INSERT INTO brev (sak_id, type, maalform, mottaker, offentlig_tittel, unntatt_offentlighet, "
                  u"dato, pdf, sha256, ferdigstilt_av, ferdigstilt) VALUES ('%1', 'bm5-avgjorelse', 'nb', 'Marit', "
                  u"'Avgjørelse', 0, '2024-06-16', x'255044462d312e34', '%2', 'kari', '2024-06-16T10:00:00Z');"
                  u"INSERT INTO oppfolging (sak_id, startet, avsluttet) VALUES ('%1', '2024-06-17', '2024-09-01');"
                  u"INSERT INTO oppfolging_lovbrudd (sak_id, pos, bestemmelse, objekt_id, krav, frist, rettet) "
                  u"VALUES ('%1', 0, 'x', 'o1', 'Rutiner', '2024-08-01', '2024-08-20');"_s
                      .arg(id, QString(64, u'a')));
        const QString tabeller = u"SELECT * FROM brev; SELECT * FROM oppfolging; SELECT * FROM oppfolging_lovbrudd;"_s;
        const QByteArray foer = sql(m_db, tabeller);
        QVERIFY(foer.contains("2024-09-01"));
        QJsonObject endret = QJsonDocument::fromJson(linjer[1]).object();
        endret.insert("sammendrag"_L1, u"Ny tekst"_s);
        endret.insert("tilsynsobjekter"_L1, QJsonArray{QJsonObject{{"id"_L1, u"o9"_s}, {"type"_L1, u"nav-kontor"_s},
                                                                   {"navn"_L1, u"Nav Bergen"_s}}});
        endret.insert("vurderinger"_L1, QJsonArray{});
        endret.insert("utfall"_L1, u"ikke-lovbrudd"_s);
        const QString fil = skrivFil(u"brev.jsonl"_s, {QJsonDocument(endret).toJson(QJsonDocument::Compact)});
        const Kjoring k = kjoerCli({u"--db"_s, m_db, u"import"_s, u"--replace"_s, fil});
        QVERIFY2(k.status == 0, k.feil.constData());
        QCOMPARE(k.ut, QByteArray("imported 1 cases\n"));
        QCOMPARE(sql(m_db, tabeller), foer);
        QCOMPARE(sql(m_db, u"SELECT sammendrag FROM tilsynssak WHERE id = '%1'"_s.arg(id)), QByteArray("Ny tekst\n"));
    }

private:
    QString skrivFil(const QString &navn, const QList<QByteArray> &linjer)
    {
        const QString sti = m_dir.filePath(navn);
        QFile f(sti);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        for (const QByteArray &l : linjer)
            f.write(l + '\n');
        return sti;
    }

    static QByteArray nySak()
    {
        return R"({"id":"0a1b2c3d-0000-4000-8000-000000000001","saksnummer":null,"embete":"agder",)"
               R"("sektor":"sosial","mottatt":"2024-03-01","tilsynsobjekter":[{"id":"o1","type":"nav-kontor",)"
               R"("navn":"Nav Kristiansand"}]})";
    }

    QTemporaryDir m_dir;
    QString m_db;
    int m_nr = 0;
};

QTEST_GUILESS_MAIN(TstCliErstatt)
#include "tst_cli_erstatt.moc"
