// The incremental summary (central 007, local 027) against a real PostgreSQL: both sides compute
// the same digests; a no-op sync reads nothing but the summary; a bucket changed on one side only
// is found and repaired by re-pulling only that bucket; a restored server; a client that missed
// many revisions; a kill during the bulk first sync.

#include "pgtestmiljo.h"
#include "synctestklient.h"

#include "domain/katalog.h"
#include "store/lagerkontroll.h"
#include "sync/sentralfeil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

int boette(const QString &id)
{
    return id.right(3).toInt(nullptr, 16);
}

// The server's cases in these buckets of agder.
int iBoetter(const PgTestMiljo &pg, const QList<int> &boetter)
{
    QStringList b;
    for (const int x : boetter)
        b.append(QString::number(x));
    return pg.verdi(u"SELECT count(*) FROM tilsyn_data.sak WHERE embete = 'agder' AND "
                    u"tilsyn_data.tilsyn_boette(id) IN (%1)"_s.arg(b.join(u','))).toInt();
}

} // namespace

class TestSynkSammendrag final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void beggeSiderRegnerLikt();
    void lokalRadEndretRepareresFraBoetten();
    void serverRadSomMarkorenIkkeViserHentes();
    void gjenopprettetServer();
    void klientSomManglerMangeRevisjoner();
    void avbruttForsteSynkGirIngenDuplikat();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestMiljo> m_pg;
    QString m_kari, m_per;
};

void TestSynkSammendrag::init()
{
    m_pg = std::make_unique<PgTestMiljo>();
    m_pg->opprettEmbete(u"agder"_s);
    m_pg->opprettEmbete(u"rogaland"_s);
    m_kari = m_pg->opprettBruker(u"kari"_s, {u"agder"_s, u"rogaland"_s});
    m_per = m_pg->opprettBruker(u"per"_s, {u"agder"_s});
}

void TestSynkSammendrag::cleanup()
{
    m_pg.reset();
}

void TestSynkSammendrag::beggeSiderRegnerLikt()
{
    SyncTestKlient a(m_dir.path(), u"s1"_s, m_pg->conninfo(m_kari));
    QStringList ider;
    for (quint32 i = 0; i < 30; ++i)
        ider.append(a.nySak(i % 3 == 0 ? u"rogaland"_s : u"agder"_s, 3000 + i));
    QCOMPARE(a.synk().pushet, 30);
    for (int i = 0; i < 10; ++i)
        a.endre(ider[i], [i](Tilsynssak &s) { s.sammendrag = u"endret %1"_s.arg(i); });
    QCOMPARE(a.synk().pushet, 10);
    // Every digest and bucket as the server computes them.
    QSqlQuery q(a.store().db());
    QVERIFY(q.exec(u"SELECT sak_id, siste_rev, sammendrag_digest, sammendrag_boette FROM sync_sak ORDER BY sak_id"_s));
    int n = 0;
    while (q.next()) {
        const QString id = q.value(0).toString();
        QCOMPARE(q.value(1).toLongLong(), m_pg->verdi(u"SELECT rev FROM tilsyn_data.sak WHERE id = ?"_s, {id}).toLongLong());
        QCOMPARE(q.value(2).toLongLong(),
                 m_pg->verdi(u"SELECT tilsyn_data.tilsyn_digest(?::uuid, ?)"_s, {id, q.value(1)}).toLongLong());
        QCOMPARE(q.value(3).toInt(), boette(id));
        ++n;
    }
    QCOMPARE(n, 30);
    // The office sums, kept by the triggers, are the sums over the rows, on both sides.
    for (const QString &e : {u"agder"_s, u"rogaland"_s}) {
        const QString server = m_pg->verdi(u"SELECT hash::text FROM tilsyn_data.sammendrag_embete WHERE embete = ?"_s, {e})
                                   .toString();
        QCOMPARE(m_pg->verdi(u"SELECT (sum(tilsyn_data.tilsyn_digest(id, rev)) % 4611686018427387904)::text FROM "
                             u"tilsyn_data.sak WHERE embete = ?"_s, {e}).toString(), server);
        QCOMPARE(a.verdi(u"SELECT hash FROM sync_sammendrag WHERE embete = '%1'"_s.arg(e)).toString(), server);
    }
    QCOMPARE(m_pg->verdi(u"SELECT tilsyn_sammendrag_bygg()"_s).toInt(), 30); // a rebuild gives the same
    QCOMPARE(a.verdi(u"SELECT hash FROM sync_sammendrag WHERE embete = 'agder'"_s).toString(),
             m_pg->verdi(u"SELECT hash::text FROM tilsyn_data.sammendrag_embete WHERE embete = 'agder'"_s).toString());
    // A sync that changes nothing finds nothing to compare further.
    const auto r = a.synk();
    QCOMPARE(r.hentet + r.pushet + r.boetter + r.omhentet + r.avvik, 0);
    QCOMPARE(r.avstemt, false);
}

void TestSynkSammendrag::lokalRadEndretRepareresFraBoetten()
{
    SyncTestKlient a(m_dir.path(), u"s2a"_s, m_pg->conninfo(m_kari));
    SyncTestKlient b(m_dir.path(), u"s2b"_s, m_pg->conninfo(m_per));
    QStringList ider;
    for (quint32 i = 0; i < 40; ++i)
        ider.append(a.nySak(u"agder"_s, 3100 + i));
    a.synk();
    QCOMPARE(b.synk().hentet, 40);
    // Two of b's rows changed behind sync's back: one forgotten (merge base and case), one whose
    // newest server revision is wrong.
    const QString borte = ider[3], feil = ider[17];
    const QString caseJson = b.alle().join(u'\n');
    b.verdi(u"DELETE FROM sync_sak WHERE sak_id = '%1'"_s.arg(borte));
    b.verdi(u"UPDATE sync_sak SET siste_rev = 0 WHERE sak_id = '%1'"_s.arg(feil));
    QList<int> boetter{boette(borte), boette(feil)};
    std::sort(boetter.begin(), boetter.end());
    boetter.erase(std::unique(boetter.begin(), boetter.end()), boetter.end());

    const auto r = b.synk();
    QCOMPARE(r.boetter, int(boetter.size()));
    QCOMPARE(r.omhentet, iBoetter(*m_pg, boetter)); // only those buckets came again
    QVERIFY(r.omhentet < 40);
    QCOMPARE(r.avvik, 0);
    QCOMPARE(b.verdi(u"SELECT siste_rev FROM sync_sak WHERE sak_id = '%1'"_s.arg(feil)).toLongLong(),
             m_pg->verdi(u"SELECT rev FROM sak WHERE id = ?"_s, {feil}).toLongLong());
    QCOMPARE(b.verdi(u"SELECT rev FROM sync_sak WHERE sak_id = '%1'"_s.arg(borte)).toLongLong(),
             m_pg->verdi(u"SELECT rev FROM sak WHERE id = ?"_s, {borte}).toLongLong());
    QCOMPARE(b.alle().join(u'\n'), caseJson); // the cases themselves were not touched
    QCOMPARE(b.antallIUtboks(u"ventende"_s), 0);
    const auto igjen = b.synk();
    QCOMPARE(igjen.boetter + igjen.omhentet + igjen.hentet + igjen.avvik, 0);
}

void TestSynkSammendrag::serverRadSomMarkorenIkkeViserHentes()
{
    // The owner leaves a gap in agder's revisions (counters only grow), the clients fill 1..n
    // above it; then a case is written straight into the gap with the invariant triggers off
    // (as a careless import from another system would): below every client's cursor.
    m_pg->verdi(u"UPDATE tilsyn_data.embete_rev SET rev = 10 WHERE embete = 'agder' RETURNING 1"_s);
    SyncTestKlient a(m_dir.path(), u"s3a"_s, m_pg->conninfo(m_kari));
    SyncTestKlient b(m_dir.path(), u"s3b"_s, m_pg->conninfo(m_per));
    for (quint32 i = 0; i < 12; ++i)
        a.nySak(u"agder"_s, 3200 + i);
    a.synk();
    QCOMPARE(b.synk().hentet, 12);
    const QString mal = a.verdi(u"SELECT sak_id FROM sync_sak LIMIT 1"_s).toString();
    QString ny = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto admin = m_pg->admin();
        admin->kjoer(u"SET session_replication_role = replica"_s, {}, "test");
        admin->kjoer(u"INSERT INTO tilsyn_data.sak_historikk (embete, rev, sak_id, dokument, bruker, tidspunkt) "
                     u"SELECT embete, 5, ?::uuid, dokument || jsonb_build_object('id', ?::text, 'saksnummer', '2001/5'), "
                     u"'import', now() FROM tilsyn_data.sak WHERE id = ?::uuid"_s, {ny, ny, mal}, "test");
        admin->kjoer(u"INSERT INTO tilsyn_data.sak (id, embete, saksnummer, rev, sektor, mottatt, dokument, endret, endret_av) "
                     u"SELECT sak_id, embete, '2001/5', rev, 'helse', now(), dokument, now(), 'import' "
                     u"FROM tilsyn_data.sak_historikk WHERE embete = 'agder' AND rev = 5"_s, {}, "test");
    }
    for (SyncTestKlient *k : {&a, &b}) {
        const auto r = k->synk();
        QCOMPARE(r.boetter, 1);
        QCOMPARE(r.omhentet, iBoetter(*m_pg, {boette(ny)}));
        QCOMPARE(r.hentet, 1);
        QCOMPARE(r.avvik, 0);
        QCOMPARE(k->hent(ny)->saksnummer, u"2001/5"_s);
        QCOMPARE(k->alle().size(), 13);
        QCOMPARE(k->synk().boetter, 0);
    }
}

void TestSynkSammendrag::gjenopprettetServer()
{
    SyncTestKlient a(m_dir.path(), u"s4a"_s, m_pg->conninfo(m_kari));
    SyncTestKlient b(m_dir.path(), u"s4b"_s, m_pg->conninfo(m_per));
    for (quint32 i = 0; i < 6; ++i)
        a.nySak(u"agder"_s, 3300 + i);
    a.synk();
    QCOMPARE(b.synk().hentet, 6);
    const QString db = m_pg->dbNavn();
    const auto &v = m_pg->vedlikehold();
    const auto gjenopprett = [&](const std::function<void()> &etterKopi) {
        v.kjoer(u"CREATE DATABASE %1_kopi TEMPLATE %1"_s.arg(db), {}, "backup");
        etterKopi();
        v.kjoer(u"DROP DATABASE %1 WITH (FORCE)"_s.arg(db), {}, "drop");
        v.kjoer(u"ALTER DATABASE %1_kopi RENAME TO %1"_s.arg(db), {}, "restore");
    };

    // Restored with a new epoch, as the guide says: a full reconcile; the lost case goes back.
    QString tapt;
    gjenopprett([&] {
        tapt = a.nySak(u"agder"_s, 3310);
        a.synk();
    });
    m_pg->verdi(u"SELECT tilsyn_ny_epoke()"_s);
    const auto full = a.synk();
    QVERIFY(full.avstemt);
    QCOMPARE(full.avvik, 0);
    QCOMPARE(m_pg->verdi(u"SELECT count(*) FROM sak"_s).toInt(), 7);
    const auto b1 = b.synk();
    QVERIFY(b1.avstemt);
    QCOMPARE(b1.avvik, 0);
    QCOMPARE(a.alle(), b.alle());
    const auto rolig = a.synk();
    QCOMPARE(rolig.avstemt || rolig.boetter || rolig.avvik || rolig.hentet, false);
    QCOMPARE(a.verdi(u"SELECT s.hash FROM sync_sammendrag s JOIN meta m ON m.noekkel = 'sentral_epoke' "
                     u"AND m.verdi = s.epoke WHERE s.embete = 'agder'"_s).toString(),
             m_pg->verdi(u"SELECT hash::text FROM tilsyn_data.sammendrag_embete WHERE embete = 'agder'"_s).toString());

    // Restored WITHOUT a new epoch (forgotten), and b's pushes take the counter past a's cursor
    // at once: the cursor cannot tell, the summary does.
    QString tapt2;
    gjenopprett([&] {
        tapt2 = a.nySak(u"agder"_s, 3311);
        a.endre(tapt2, [](Tilsynssak &s) { s.saksnummer = u"2019/900"_s; });
        a.synk();
    });
    const qint64 markor = a.verdi(u"SELECT rev FROM sync_markor WHERE embete = 'agder'"_s).toLongLong();
    QStringList bSine;
    for (quint32 i = 0; i < 3; ++i)
        bSine.append(b.nySak(u"agder"_s, 3320 + i));
    QCOMPARE(b.synk().pushet, 3);
    QCOMPARE(m_pg->verdi(u"SELECT rev FROM sak WHERE id = ?"_s, {bSine[0]}).toLongLong(), markor); // below a's cursor
    const auto r = a.synk();
    QCOMPARE(r.avstemt, false);
    QVERIFY(r.boetter >= 1);
    for (const QString &id : std::as_const(bSine))
        QVERIFY2(a.hent(id).has_value(), qPrintable(id)); // also the one the cursor had passed
    QCOMPARE(r.avvik, 1); // a's lost case is reported, never silently dropped
    QVERIFY(a.hent(tapt2).has_value());
}

void TestSynkSammendrag::klientSomManglerMangeRevisjoner()
{
    SyncTestKlient a(m_dir.path(), u"s5a"_s, m_pg->conninfo(m_kari));
    SyncTestKlient b(m_dir.path(), u"s5b"_s, m_pg->conninfo(m_per));
    QStringList ider;
    for (quint32 i = 0; i < 100; ++i)
        ider.append(a.nySak(u"agder"_s, 3400 + i));
    a.synk();
    QCOMPARE(b.synk().hentet, 100);
    // b is away while a makes 1 200 more revisions of the same cases.
    for (int runde = 0; runde < 12; ++runde) {
        for (const QString &id : std::as_const(ider))
            a.endre(id, [runde](Tilsynssak &s) { s.sammendrag = u"runde %1"_s.arg(runde); });
        QCOMPARE(a.synk().pushet, 100);
    }
    QCOMPARE(m_pg->verdi(u"SELECT rev FROM embete_rev WHERE embete = 'agder'"_s).toInt(), 1300);
    const auto r = b.synk();
    QCOMPARE(r.hentet, 100); // every case once, at its newest revision
    QCOMPARE(r.boetter + r.omhentet + r.avvik, 0);
    QCOMPARE(b.verdi(u"SELECT rev FROM sync_markor WHERE embete = 'agder'"_s).toInt(), 1300);
    QCOMPARE(a.alle(), b.alle());
    QCOMPARE(b.verdi(u"SELECT count(*) FROM sync_sak WHERE siste_rev > 1200"_s).toInt(), 100);
}

void TestSynkSammendrag::avbruttForsteSynkGirIngenDuplikat()
{
    SyncTestKlient a(m_dir.path(), u"s6a"_s, m_pg->conninfo(m_kari));
    SyncTestKlient b(m_dir.path(), u"s6b"_s, m_pg->conninfo(m_per));
    for (quint32 i = 0; i < 60; ++i)
        a.nySak(u"agder"_s, 3500 + i);
    a.synk();
    const QString indekser = u"SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'index' "
                             u"ORDER BY name)"_s;
    const QString foer = b.verdi(indekser).toString();
    QVERIFY(foer.contains(u"tilsynssak_mottatt"_s));
    QVERIFY(foer.contains(u"sync_sak_embete"_s));
    const QString triggere = u"SELECT group_concat(name || ':' || sql, ',') FROM (SELECT name, sql FROM sqlite_master "
                             u"WHERE type = 'trigger' ORDER BY name)"_s;
    const QString triggereFoer = b.verdi(triggere).toString();
    QVERIFY(triggereFoer.contains(u"sync_sak_sammendrag_ny"_s));
    const auto motor = [&](SynkMotor::Avbrudd avbrudd) {
        SynkMotor m(b.sti(), b.conninfo(), u"s6b"_s);
        m.settSidestorrelse(7);
        m.settForsteSidestorrelse(11); // six pages of the bulk path
        m.settAvbrudd(avbrudd);
        return m.synkroniser();
    };
    // Killed after every page was written, before the commit; and in the middle of a page.
    for (const auto avbrudd : {SynkMotor::Avbrudd::ForCommitForsteSynk, SynkMotor::Avbrudd::MidtIPullSide}) {
        QVERIFY_THROWS_EXCEPTION(SentralFeil, motor(avbrudd));
        QCOMPARE(b.alle().size(), 0);
        QCOMPARE(b.verdi(u"SELECT count(*) FROM sync_sak"_s).toInt(), 0);
        QCOMPARE(b.verdi(u"SELECT count(*) FROM sync_markor"_s).toInt(), 0);
        QCOMPARE(b.verdi(u"SELECT count(*) FROM sync_sammendrag WHERE antall > 0"_s).toInt(), 0);
        QCOMPARE(b.verdi(indekser).toString(), foer); // the dropped indexes came back with the rollback
        QCOMPARE(b.verdi(triggere).toString(), triggereFoer);
    }
    const auto r = motor(SynkMotor::Avbrudd::Ingen);
    QCOMPARE(r.hentet, 60);
    QCOMPARE(r.boetter + r.avvik, 0);
    QCOMPARE(a.alle(), b.alle());
    QCOMPARE(b.verdi(u"SELECT count(*) FROM tilsynssak"_s).toInt(), 60);
    QCOMPARE(b.verdi(u"SELECT count(*) FROM sync_sak"_s).toInt(), 60);
    QCOMPARE(b.verdi(u"SELECT rev FROM sync_markor WHERE embete = 'agder'"_s).toInt(), 60);
    QCOMPARE(b.verdi(u"SELECT count(*) FROM audit"_s).toInt(), 0); // the server's history is the trail
    QCOMPARE(b.antallIUtboks(u"ventende"_s), 0);
    QCOMPARE(b.verdi(indekser).toString(), foer);
    QCOMPARE(b.verdi(triggere).toString(), triggereFoer);
    // The summary written in one upsert per bucket (SammendragPause) equals the rows' sums in SQL.
    QCOMPARE(b.verdi(u"SELECT group_concat(boette || ':' || antall || ':' || hash, ',') FROM (SELECT * FROM "
                     u"sync_sammendrag_boette WHERE antall > 0 ORDER BY boette)"_s).toString(),
             b.verdi(u"SELECT group_concat(b || ':' || n || ':' || h, ',') FROM (SELECT sammendrag_boette AS b, count(*) AS n, "
                     u"((sum(sammendrag_hoy) % 2147483648) * 2147483648 + sum(sammendrag_lav)) % 4611686018427387904 AS h "
                     u"FROM sync_sak GROUP BY 1 ORDER BY 1)"_s).toString());
    QCOMPARE(b.verdi(u"SELECT antall || ':' || hash FROM sync_sammendrag WHERE embete = 'agder'"_s).toString(),
             b.verdi(u"SELECT count(*) || ':' || (((sum(sammendrag_hoy) % 2147483648) * 2147483648 + sum(sammendrag_lav)) "
                     u"% 4611686018427387904) FROM sync_sak"_s).toString());
    QCOMPARE(b.verdi(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(kontrollerLager(b.store(), Katalog::innebygd()), QStringList());
    // The search index has every case (FTS kept by its triggers during the load).
    QCOMPARE(b.verdi(u"SELECT count(*) FROM tilsynssak_sok_docsize"_s).toInt(), 60);
    // Later edits are audited as always.
    b.endre(b.verdi(u"SELECT id FROM tilsynssak LIMIT 1"_s).toString(), [](Tilsynssak &s) { s.sammendrag = u"ny"_s; });
    QCOMPARE(b.verdi(u"SELECT count(*) FROM audit"_s).toInt(), 1);
    QCOMPARE(b.synk().pushet, 1);
}

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QCoreApplication app(argc, argv);
    TestSynkSammendrag t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_synksammendrag.moc"
