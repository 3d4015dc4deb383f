// Sync against a real PostgreSQL (pg_virtualenv): convergence, office isolation (RLS), merge and
// conflicts, schema-version checks. Each test asserts nothing lost, nothing duplicated, no
// silent overwrite.

#include "pgtestmiljo.h"
#include "synctestklient.h"

#include "sync/sentralfeil.h"
#include "sync/sentralskjema.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

class TestSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toKlienterKonvergerer();
    void annetEmbeteSerOgEndrerIngenting();
    void ulikeFeltFlettesSammeFeltGirKonflikt();
    void listerFlettesSomMengder();
    void importertSaksnummerBeholdesOgHoppesOver();
    void skjemaversjonMaaStemme();
    void centralInitErIdempotent();
    void cliSkriverResultatlinje();
    void motorPaaArbeidstraad();

private:
    QTemporaryDir m_dir;
};

void TestSync::toKlienterKonvergerer()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    SyncTestKlient a(m_dir.path(), u"a1"_s, pg.conninfo(pg.opprettBruker(u"kari"_s, {u"agder"_s})));
    SyncTestKlient b(m_dir.path(), u"b1"_s, pg.conninfo(pg.opprettBruker(u"per"_s, {u"agder"_s})));

    QStringList aSine, bSine;
    for (quint32 i = 0; i < 12; ++i)
        aSine.append(a.nySak(u"agder"_s, 100 + i));
    for (quint32 i = 0; i < 9; ++i)
        bSine.append(b.nySak(u"agder"_s, 200 + i));
    QCOMPARE(a.synk().pushet, 12);
    const auto rb = b.synk();
    QCOMPARE(rb.pushet, 9);
    QCOMPARE(rb.hentet, 12);
    QCOMPARE(a.synk().hentet, 9);
    QCOMPARE(a.alle(), b.alle());
    QCOMPARE(a.alle().size(), 21);

    // Edits on both sides, also to the same cases (different fields).
    a.endre(aSine[0], [](Tilsynssak &s) { s.sammendrag = u"endret av a"_s; });
    b.endre(aSine[0], [](Tilsynssak &s) { s.saksbehandler = u"per"_s; });
    b.endre(bSine[1], [](Tilsynssak &s) { s.alvorlig = !s.alvorlig; });
    a.endre(aSine[2], [](Tilsynssak &s) { s.sammendrag = u"bare a"_s; });
    a.synk();
    b.synk();
    a.synk();
    QCOMPARE(a.alle(), b.alle());
    QCOMPARE(a.hent(aSine[0])->sammendrag, u"endret av a"_s);
    QCOMPARE(a.hent(aSine[0])->saksbehandler, u"per"_s);
    QCOMPARE(a.hent(aSine[2])->sammendrag, u"bare a"_s);

    // Nothing duplicated: one server row per case, saksnummer unique, every local case registered.
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM sak"_s).toInt(), 21);
    QCOMPARE(pg.verdi(u"SELECT count(DISTINCT saksnummer) FROM sak"_s).toInt(), 21);
    QCOMPARE(a.verdi(u"SELECT count(*) FROM tilsynssak WHERE saksnummer IS NULL"_s).toInt(), 0);
    QCOMPARE(a.antallIUtboks(u"ventende"_s) + a.antallIUtboks(u"sendt"_s), 0);
    // A no-op sync changes nothing.
    const auto tom = a.synk();
    QCOMPARE(tom.pushet + tom.hentet + tom.konflikter, 0);
}

void TestSync::annetEmbeteSerOgEndrerIngenting()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    pg.opprettEmbete(u"more-romsdal"_s);
    SyncTestKlient a(m_dir.path(), u"a2"_s, pg.conninfo(pg.opprettBruker(u"kari"_s, {u"agder"_s})));
    const QString ola = pg.opprettBruker(u"ola"_s, {u"more-romsdal"_s});
    SyncTestKlient c(m_dir.path(), u"c2"_s, pg.conninfo(ola));
    QStringList ider;
    for (quint32 i = 0; i < 5; ++i)
        ider.append(a.nySak(u"agder"_s, 300 + i));
    a.synk();
    const QString mr = c.nySak(u"more-romsdal"_s, 399);
    QCOMPARE(c.synk().hentet, 0);
    QCOMPARE(c.alle().size(), 1);

    // Through sync: an edit of an agder case by the other office is rejected, nothing changes.
    const int historikkFoer = pg.verdi(u"SELECT count(*) FROM sak_historikk"_s).toInt();
    SyncTestKlient c2(m_dir.path(), u"c2b"_s, pg.conninfo(ola));
    c2.nySak(u"agder"_s, 398); // a new case in an office the user does not hold
    {
        // ... and an edit of an existing agder case, forged from a's store
        a.verdi(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        QFile::copy(a.sti(), m_dir.path() + u"/c2c.sqlite"_s);
        SyncTestKlient forfalsket(m_dir.path(), u"c2c"_s, pg.conninfo(ola));
        forfalsket.store().settMeta(u"klient_id"_s, u"forfalsket"_s);
        forfalsket.endre(ider[0], [](Tilsynssak &s) { s.sammendrag = u"kapret"_s; });
        const auto r = forfalsket.synk();
        QCOMPARE(r.pushet, 0);
        QCOMPARE(r.avvist, 1);
    }
    const auto r2 = c2.synk();
    QCOMPARE(r2.avvist, 1);
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM sak_historikk"_s).toInt(), historikkFoer);
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM sak WHERE embete = 'agder'"_s).toInt(), 5);
    QVERIFY(pg.verdi(u"SELECT dokument->>'sammendrag' FROM sak WHERE id = ?"_s, {ider[0]}).toString() != u"kapret");

    // Hand-written SQL as that role.
    SentralTilkobling t(pg.conninfo(ola));
    for (const char *tabell : {"sak", "sak_historikk", "konflikt", "saksnummer_teller", "op_logg"}) {
        QSqlQuery q = t.kjoer(u"SELECT count(*) FROM %1 WHERE %2"_s.arg(QString::fromLatin1(tabell),
                                  QString::fromLatin1(tabell) == u"op_logg" ? u"bruker <> current_user"_s
                                                                           : u"embete = 'agder'"_s), {}, "test");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    QSqlQuery pull = t.kjoer(u"SELECT count(*) FROM tilsyn_pull('agder', 0, 1000)"_s, {}, "test");
    QVERIFY(pull.next());
    QCOMPARE(pull.value(0).toInt(), 0);
    QSqlQuery upd = t.kjoer(u"UPDATE sak SET dokument = '{}' WHERE embete = 'agder'"_s, {}, "test");
    QCOMPARE(upd.numRowsAffected(), 0);
    QVERIFY_THROWS_EXCEPTION(SentralFeil,
        t.kjoer(u"INSERT INTO sak (id, embete, rev, sektor, mottatt, dokument, endret, endret_av) VALUES "
                u"(gen_random_uuid(), 'agder', 999, 'helse', '2026-01-01', '{}', now(), 'ola')"_s, {}, "test"));
    QVERIFY_THROWS_EXCEPTION(SentralFeil, t.kjoer(u"DELETE FROM sak"_s, {}, "test"));
    QCOMPARE(t.kjoer(u"UPDATE embete_rev SET rev = 0 WHERE embete = 'agder'"_s, {}, "test").numRowsAffected(), 0);
    QCOMPARE(pg.verdi(u"SELECT rev FROM embete_rev WHERE embete = 'agder'"_s).toInt(), 5);
    QCOMPARE(c.alle().size(), 1);
    QVERIFY(c.hent(mr)->saksnummer.has_value());
}

void TestSync::ulikeFeltFlettesSammeFeltGirKonflikt()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    SyncTestKlient a(m_dir.path(), u"a3"_s, pg.conninfo(pg.opprettBruker(u"kari"_s, {u"agder"_s})));
    SyncTestKlient b(m_dir.path(), u"b3"_s, pg.conninfo(pg.opprettBruker(u"per"_s, {u"agder"_s})));
    const QString id = a.nySak(u"agder"_s, 400);
    a.synk();
    b.synk();
    const QString opprinnelig = a.hent(id)->sammendrag.value_or(QString());
    const bool alvorligFoer = a.hent(id)->alvorlig;

    a.endre(id, [](Tilsynssak &s) { s.saksbehandler = u"kari"_s; s.sammendrag = u"fra a"_s; });
    b.endre(id, [](Tilsynssak &s) { s.alvorlig = !s.alvorlig; s.sammendrag = u"fra b"_s; });
    QCOMPARE(a.synk().konflikter, 0);
    const auto rb = b.synk();
    QCOMPARE(rb.konflikter, 1);
    a.synk();

    // Different fields merged; the same field is a conflict and the server kept its value.
    const auto sa = a.hent(id), sb = b.hent(id);
    QCOMPARE(sa, sb);
    QCOMPARE(sa->saksbehandler, u"kari"_s);
    QCOMPARE(sa->sammendrag, u"fra a"_s);
    QCOMPARE(sa->alvorlig, !alvorligFoer);
    QCOMPARE(pg.verdi(u"SELECT dokument->>'sammendrag' FROM sak WHERE id = ?"_s, {id}).toString(), u"fra a"_s);
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM konflikt WHERE sak_id = ? AND felt = 'sammendrag' "
                      u"AND mine = '\"fra b\"' AND deres = '\"fra a\"' AND base = to_jsonb(?::text)"_s,
                      {id, opprinnelig}).toInt(), 1);
    QCOMPARE(b.verdi(u"SELECT count(*) FROM sync_konflikt WHERE felt = 'sammendrag' AND mine = '\"fra b\"'"_s).toInt(), 1);
    // The history holds every acknowledged version: create, a's edit, b's merge.
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM sak_historikk WHERE sak_id = ?"_s, {id}).toInt(), 3);
}

void TestSync::listerFlettesSomMengder()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    SyncTestKlient a(m_dir.path(), u"a4"_s, pg.conninfo(pg.opprettBruker(u"kari"_s, {u"agder"_s})));
    SyncTestKlient b(m_dir.path(), u"b4"_s, pg.conninfo(pg.opprettBruker(u"per"_s, {u"agder"_s})));
    const QString id = a.nySak(u"agder"_s, 401);
    a.endre(id, [](Tilsynssak &s) { s.kilder = {u"pasient-bruker"_s}; s.temaer.clear(); });
    a.synk();
    b.synk();
    a.endre(id, [](Tilsynssak &s) { s.kilder.append(u"parorende"_s); });
    b.endre(id, [](Tilsynssak &s) { s.kilder = {u"ombud"_s}; });
    a.synk();
    QCOMPARE(b.synk().konflikter, 0);
    a.synk();
    QCOMPARE(a.hent(id), b.hent(id));
    QStringList kilder = a.hent(id)->kilder;
    kilder.sort();
    QCOMPARE(kilder, (QStringList{u"ombud"_s, u"parorende"_s}));
}

void TestSync::importertSaksnummerBeholdesOgHoppesOver()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    SyncTestKlient a(m_dir.path(), u"a7"_s, pg.conninfo(pg.opprettBruker(u"kari"_s, {u"agder"_s})));
    const QString aar = pg.verdi(u"SELECT extract(year FROM tilsyn_naa() AT TIME ZONE 'Europe/Oslo')::text"_s).toString();
    // A case from an older register arrives with its number, 2; the counter must skip it.
    const QString importert = a.nySak(u"agder"_s, 700);
    a.endre(importert, [&](Tilsynssak &s) { s.saksnummer = aar + u"/2"_s; });
    a.synk();
    const QString n1 = a.nySak(u"agder"_s, 701);
    const QString n2 = a.nySak(u"agder"_s, 702);
    a.synk();
    QCOMPARE(a.hent(importert)->saksnummer, aar + u"/2"_s);
    QCOMPARE(a.hent(n1)->saksnummer, aar + u"/1"_s);
    QCOMPARE(a.hent(n2)->saksnummer, aar + u"/3"_s);
    QCOMPARE(pg.verdi(u"SELECT count(DISTINCT saksnummer) FROM sak"_s).toInt(), 3);
    // A second case claiming a number in use is rejected, not merged into the first.
    SyncTestKlient b(m_dir.path(), u"b7"_s, a.conninfo());
    const QString annen = b.nySak(u"agder"_s, 704);
    b.endre(annen, [&](Tilsynssak &s) { s.saksnummer = aar + u"/3"_s; });
    const auto rb = b.synk();
    QCOMPARE(rb.avvist, 1);
    QCOMPARE(rb.avvik, 1); // the server's 3 is not written over b's local clash; it is reported
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM sak WHERE saksnummer = ?"_s, {QString(aar + u"/3"_s)}).toInt(), 1);
    QCOMPARE(b.hent(annen)->saksnummer, aar + u"/3"_s); // b's case is kept as it was
    QCOMPARE(b.alle().size(), 3);                       // and the other two cases arrived
}

void TestSync::skjemaversjonMaaStemme()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    SyncTestKlient a(m_dir.path(), u"a5"_s, pg.conninfo(pg.opprettBruker(u"kari"_s, {u"agder"_s})));
    a.nySak(u"agder"_s, 500);
    // Newer server than this program, and a server older than it (not yet upgraded).
    const QList<std::pair<QString, QByteArray>> tilfeller{{u"99"_s, "skjemaversjon 99"}, {u"0"_s, "central init"}};
    for (const auto &[versjon, melding] : tilfeller) {
        pg.verdi(u"UPDATE tilsyn_meta SET verdi = ? WHERE noekkel = 'skjemaversjon' RETURNING 1"_s, {versjon});
        const Kjoring k = kjoerCli({u"--db"_s, a.sti(), u"sync"_s, u"--central"_s, a.conninfo()});
        QCOMPARE(k.status, 1);
        QVERIFY2(k.feil.contains(melding), k.feil.constData());
        QVERIFY(k.ut.isEmpty());
        QCOMPARE(a.antallIUtboks(u"ventende"_s), 1);
        QCOMPARE(pg.verdi(u"SELECT count(*) FROM sak"_s).toInt(), 0);
    }
    // A newer server is never downgraded by central init.
    pg.verdi(u"UPDATE tilsyn_meta SET verdi = '99' WHERE noekkel = 'skjemaversjon' RETURNING 1"_s);
    const Kjoring init = kjoerCli({u"central"_s, u"init"_s, u"--central"_s, pg.adminConninfo()});
    QCOMPARE(init.status, 1);
    QVERIFY(init.feil.contains("nedgradering"));
    QCOMPARE(pg.verdi(u"SELECT verdi FROM tilsyn_meta WHERE noekkel = 'skjemaversjon'"_s).toString(), u"99"_s);
}

void TestSync::centralInitErIdempotent()
{
    PgTestMiljo pg;
    const QString epoke = pg.verdi(u"SELECT verdi FROM tilsyn_meta WHERE noekkel = 'epoke'"_s).toString();
    const Kjoring k = kjoerCli({u"central"_s, u"init"_s, u"--central"_s, pg.adminConninfo()});
    QCOMPARE(k.status, 0);
    QCOMPARE(pg.verdi(u"SELECT verdi FROM tilsyn_meta WHERE noekkel = 'epoke'"_s).toString(), epoke);
    QCOMPARE(pg.verdi(u"SELECT verdi FROM tilsyn_meta WHERE noekkel = 'skjemaversjon'"_s).toInt(),
             SentralSkjema::programversjon());
    // Every table has forced row-level security.
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                      u"WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT (c.relrowsecurity AND c.relforcerowsecurity)"_s)
                 .toInt(), 0);
}

void TestSync::cliSkriverResultatlinje()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    SyncTestKlient a(m_dir.path(), u"a6"_s, pg.conninfo(pg.opprettBruker(u"kari"_s, {u"agder"_s})));
    a.nySak(u"agder"_s, 600);
    a.nySak(u"agder"_s, 601);
    Kjoring k = kjoerCli({u"--db"_s, a.sti(), u"sync"_s, u"--central"_s, a.conninfo()});
    QCOMPARE(k.status, 0);
    QCOMPARE(k.ut, QByteArray("pushed 2, pulled 0, conflicts 0\n"));
    QVERIFY(k.feil.isEmpty());
    // A refused change is listed on stderr with its reason, on every run until someone deals with it.
    a.nySak(u"rogaland"_s, 602);
    for (int i = 0; i < 2; ++i) {
        k = kjoerCli({u"--db"_s, a.sti(), u"sync"_s, u"--central"_s, a.conninfo()});
        QCOMPARE(k.status, 0);
        QVERIFY2(k.feil.startsWith("avvist av sentralen: ") && k.feil.contains("rogaland"), k.feil.constData());
    }
    k = kjoerCli({u"--db"_s, a.sti(), u"sync"_s, u"--central"_s, a.conninfo() + u" password=hemmelig"_s});
    QCOMPARE(k.status, 2);
    k = kjoerCli({u"--db"_s, a.sti(), u"sync"_s, u"--central"_s, u"host=127.0.0.1 port=1 dbname=x"_s});
    QCOMPARE(k.status, 1);
    QVERIFY(k.feil.contains("kan ikke nås"));
}

void TestSync::motorPaaArbeidstraad()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    SyncTestKlient a(m_dir.path(), u"a8"_s, pg.conninfo(pg.opprettBruker(u"kari"_s, {u"agder"_s})));
    a.nySak(u"agder"_s, 800);
    a.nySak(u"agder"_s, 801);
    QThread traad;
    auto *motor = new SynkMotor(a.sti(), a.conninfo(), u"kari"_s);
    motor->moveToThread(&traad);
    connect(&traad, &QThread::finished, motor, &QObject::deleteLater);
    QSignalSpy ferdig(motor, &SynkMotor::ferdig);
    QSignalSpy feilet(motor, &SynkMotor::feilet);
    QMetaObject::invokeMethod(motor, &SynkMotor::synkroniserNaa, Qt::QueuedConnection);
    traad.start();
    QTRY_COMPARE_WITH_TIMEOUT(ferdig.count() + feilet.count(), 1, 60000);
    QCOMPARE(feilet.count(), 0);
    QCOMPARE(ferdig.constFirst().at(0).toInt(), 2); // pushed
    traad.quit();
    traad.wait();
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM sak"_s).toInt(), 2);
}

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QCoreApplication app(argc, argv);
    TestSync t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_sync.moc"
