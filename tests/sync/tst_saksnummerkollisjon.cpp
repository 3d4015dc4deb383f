// Saksnummer clashes in sync (issue 13, item 7), on a real PostgreSQL: the central series never
// hands out a number the office already uses, a clash of typed numbers becomes a rejected change
// that names both cases, and no single case stops the rest of the sync.

#include "pgtestmiljo.h"
#include "synctestklient.h"

#include "casegenerator.h"
#include "domain/katalog.h"
#include "io/sakjson.h"
#include "sync/synclager.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

class TestSaksnummerKollisjon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void genererteSakerTilTomSentral();
    void sammeBatchFaarAldriEtBruktNummer();
    void tastedeNumreSomKollidererVisesMedBeggeSaker();
    void lokalSkrivingSomFeilerStopperIkkeSynken();

private:
    QTemporaryDir m_dir;
};

void TestSaksnummerKollisjon::genererteSakerTilTomSentral()
{
    // The scenario: `tilsyn_gencases 1000 --seed 11` (the same generator), imported into a
    // new store, synced to an empty central store where the user holds every office.
    PgTestMiljo pg;
    QStringList embeter;
    for (const auto &e : Katalog::innebygd().poster(Katalog::Liste::Embete)) {
        embeter.append(e.kode);
        pg.opprettEmbete(e.kode);
    }
    const QString bruker = pg.opprettBruker(u"alle"_s, embeter);
    const QString fil = m_dir.filePath(u"saker.jsonl"_s);
    {
        QFile f(fil);
        QVERIFY(f.open(QIODevice::WriteOnly));
        CaseGenerator g(Katalog::innebygd(), 11);
        int medNummer = 0;
        for (int i = 0; i < 1000; ++i) {
            const Tilsynssak s = g.neste();
            medNummer += s.saksnummer.has_value() ? 1 : 0;
            f.write(QJsonDocument(sakTilJson(s)).toJson(QJsonDocument::Compact) + '\n');
        }
        QCOMPARE(medNummer, 850);
    }
    const QString db = m_dir.filePath(u"gen.sqlite"_s);
    Kjoring k = kjoerCli({u"--db"_s, db, u"import"_s, fil});
    QCOMPARE(k.status, 0);
    const QString conninfo = pg.conninfo(bruker);
    k = kjoerCli({u"--db"_s, db, u"sync"_s, u"--central"_s, conninfo}, 600000);
    QCOMPARE(k.feil, QByteArray());
    QCOMPARE(k.ut, QByteArray("pushed 1000, pulled 0, conflicts 0\n"));
    QCOMPARE(k.status, 0);
    QCOMPARE(pg.verdi(u"SELECT count(*) || ' ' || count(DISTINCT (embete, saksnummer)) || ' ' || count(saksnummer) "
                      u"FROM sak"_s).toString(), u"1000 1000 1000"_s);
    // Every imported number kept; the 150 drafts got numbers nobody else holds, in the server's year.
    SyncTestKlient lokal(m_dir.path(), u"gen"_s, conninfo);
    QSqlQuery q(lokal.store().db());
    QVERIFY(q.exec(u"SELECT id, saksnummer FROM tilsynssak"_s));
    int sammenlignet = 0;
    while (q.next()) {
        QCOMPARE(pg.verdi(u"SELECT saksnummer FROM sak WHERE id = ?::uuid"_s, {q.value(0)}).toString(),
                 q.value(1).toString());
        ++sammenlignet;
    }
    QCOMPARE(sammenlignet, 1000);
    const QString aar = pg.verdi(u"SELECT extract(year FROM tilsyn_naa() AT TIME ZONE 'Europe/Oslo')::text"_s).toString();
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM sak_historikk WHERE dokument->>'saksnummer' LIKE ? || '/%'"_s, {aar})
                 .toInt() >= 150, true);
    k = kjoerCli({u"--db"_s, db, u"sync"_s, u"--central"_s, conninfo}, 600000);
    QCOMPARE(k.ut, QByteArray("pushed 0, pulled 0, conflicts 0\n"));
    QCOMPARE(k.status, 0);
}

void TestSaksnummerKollisjon::sammeBatchFaarAldriEtBruktNummer()
{
    // At the protocol level: a new case first, then one carrying YYYY/1, in one batch; and a
    // number the client reserves for a case the server has not seen yet.
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    const QString kari = pg.opprettBruker(u"kari"_s, {u"agder"_s});
    const QString aar = pg.verdi(u"SELECT extract(year FROM tilsyn_naa() AT TIME ZONE 'Europe/Oslo')::text"_s).toString();
    CaseGenerator g(Katalog::innebygd(), 1300);
    const auto op = [&](const QString &nr) {
        Tilsynssak s = g.neste();
        s.id = nyId();
        s.embete = u"agder"_s;
        s.saksnummer = nr.isEmpty() ? std::nullopt : std::optional<QString>(nr);
        return QJsonObject{{"op_id"_L1, nyId()}, {"sak_id"_L1, s.id}, {"base_rev"_L1, QJsonValue()},
                           {"dokument"_L1, SyncLager::dokument(s)}};
    };
    const QJsonArray ops{op({}), op(aar + u"/1"_s), op({})};
    SentralTilkobling t(pg.conninfo(kari));
    QSqlQuery q = t.kjoer(u"SELECT tilsyn_push('k', ?::jsonb, ?::jsonb)::text"_s,
                          {QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact)),
                           u"{\"agder\": [\"%1/3\"]}"_s.arg(aar)}, "push");
    QVERIFY(q.next());
    const QJsonArray svar = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    QStringList numre;
    for (const QJsonValue &v : svar) {
        QCOMPARE(v.toObject().value("status"_L1).toString(), u"lagret"_s);
        numre.append(v.toObject().value("saksnummer"_L1).toString());
    }
    QCOMPARE(numre, (QStringList{aar + u"/2"_s, aar + u"/1"_s, aar + u"/4"_s}));
}

void TestSaksnummerKollisjon::tastedeNumreSomKollidererVisesMedBeggeSaker()
{
    // Two archives' numbers typed offline: the same 2019/7 on two different cases.
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    SyncTestKlient a(m_dir.path(), u"ta"_s, pg.conninfo(pg.opprettBruker(u"kari"_s, {u"agder"_s})));
    SyncTestKlient b(m_dir.path(), u"tb"_s, pg.conninfo(pg.opprettBruker(u"per"_s, {u"agder"_s})));
    const QString fraA = a.nySak(u"agder"_s, 1400);
    a.endre(fraA, [](Tilsynssak &s) { s.saksnummer = u"2019/7"_s; });
    const QString fraB = b.nySak(u"agder"_s, 1401);
    b.endre(fraB, [](Tilsynssak &s) { s.saksnummer = u"2019/7"_s; });
    const QString annen = b.nySak(u"agder"_s, 1402);
    QCOMPARE(a.synk().pushet, 1);
    const auto r = b.synk();
    QCOMPARE(r.pushet, 1); // the other case is not held back
    QCOMPARE(r.avvist, 1);
    QCOMPARE(r.avvik, 1); // a's 2019/7 is not written over b's: reported, kept for a person
    QVERIFY(b.hent(annen)->saksnummer.has_value());
    const QString feil = b.verdi(u"SELECT feil FROM outbox WHERE status = 'avvist'"_s).toString();
    QVERIFY2(feil.contains(u"2019/7"_s) && feil.contains(fraA) && feil.contains(fraB), qPrintable(feil));
    // The command line shows it to a person and still succeeds.
    const Kjoring k = kjoerCli({u"--db"_s, b.sti(), u"sync"_s, u"--central"_s, b.conninfo()});
    QCOMPARE(k.status, 0);
    QCOMPARE(k.ut, QByteArray("pushed 0, pulled 0, conflicts 0\n"));
    QVERIFY2(k.feil.startsWith("avvist av sentralen: 2019/7: saksnummeret 2019/7 i agder er allerede brukt av saken"),
             k.feil.constData());
    QCOMPARE(pg.verdi(u"SELECT id::text FROM sak WHERE saksnummer = '2019/7'"_s).toString(), fraA);
}

void TestSaksnummerKollisjon::lokalSkrivingSomFeilerStopperIkkeSynken()
{
    // A local case holds a number of the server's year that the client did not reserve (its clock
    // is years off): the server hands it to a new case, whose answer cannot be written here.
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    SyncTestKlient a(m_dir.path(), u"la"_s, pg.conninfo(pg.opprettBruker(u"kari"_s, {u"agder"_s})));
    pg.verdi(u"INSERT INTO tilsyn_meta (noekkel, verdi) VALUES ('klokkeforskyvning', "
             u"('2040-06-01 12:00+02'::timestamptz - now())::text) RETURNING 1"_s);
    const QString lokal = a.nySak(u"agder"_s, 1500);
    a.endre(lokal, [](Tilsynssak &s) { s.saksnummer = u"2040/1"_s; });
    a.verdi(u"UPDATE outbox SET status = 'forkastet' WHERE sak_id = '%1' RETURNING 1"_s.arg(lokal));
    const QString ny = a.nySak(u"agder"_s, 1501);
    const QString ny2 = a.nySak(u"agder"_s, 1502);
    const auto r = a.synk();
    QCOMPARE(r.avvist, 1);
    QCOMPARE(r.pushet, 1);
    QCOMPARE(a.hent(ny2)->saksnummer, u"2040/2"_s);
    QVERIFY(!a.hent(ny)->saksnummer.has_value());
    const QString feil = a.verdi(u"SELECT feil FROM outbox WHERE status = 'avvist'"_s).toString();
    QVERIFY2(feil.contains(u"2040/1"_s) && feil.contains(lokal), qPrintable(feil));
    // Later syncs are not blocked.
    a.nySak(u"agder"_s, 1503);
    const Kjoring k = kjoerCli({u"--db"_s, a.sti(), u"sync"_s, u"--central"_s, a.conninfo()});
    QCOMPARE(k.status, 0);
    QCOMPARE(k.ut, QByteArray("pushed 1, pulled 0, conflicts 0\n"));
}

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QCoreApplication app(argc, argv);
    TestSaksnummerKollisjon t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_saksnummerkollisjon.moc"
