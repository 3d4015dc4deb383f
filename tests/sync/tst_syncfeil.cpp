// Fault injection against a real PostgreSQL: lost responses, interrupted pages, duplicate and
// concurrent batches, commit-order races, clock skew, New Year contention, poison ops and a
// restored server. Each asserts nothing lost, nothing duplicated, no silent overwrite.

#include "pgtestmiljo.h"
#include "synctestklient.h"

#include "casegenerator.h"
#include "domain/katalog.h"
#include "sync/sentralfeil.h"
#include "sync/synclager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

// Runs `f` on a new thread and waits; returns the error text of a thrown exception, if any.
QStringList parallelt(const QList<std::function<void()>> &oppgaver)
{
    QStringList feil;
    QMutex laas;
    QList<QThread *> traader;
    for (const auto &f : oppgaver) {
        traader.append(QThread::create([f, &feil, &laas] {
            try {
                f();
            } catch (const std::exception &e) {
                QMutexLocker l(&laas);
                feil.append(QString::fromUtf8(e.what()));
            }
        }));
    }
    for (QThread *t : traader)
        t->start();
    for (QThread *t : traader) {
        t->wait();
        delete t;
    }
    return feil;
}

QString batch(int n, quint32 seed)
{
    CaseGenerator g(Katalog::innebygd(), seed);
    QJsonArray ops;
    for (int i = 0; i < n; ++i) {
        Tilsynssak s = g.neste();
        s.id = nyId();
        s.embete = u"agder"_s;
        s.saksnummer.reset();
        ops.append(QJsonObject{{"op_id"_L1, nyId()}, {"sak_id"_L1, s.id}, {"base_rev"_L1, QJsonValue()},
                               {"dokument"_L1, SyncLager::dokument(s)}});
    }
    return QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact));
}

} // namespace

class TestSyncFeil final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tapsvarGirEnRadOgSammeSaksnummer();
    void avbruttPullSideRullesTilbake();
    void sammeBatchToGangerSamtidig();
    void commitRekkefolgeHopperIkkeOver();
    void klientklokkeSkjevtEttAar();
    void tjueKlienterOverNyttaar();
    void giftigOpBlokkererIkke();
    void gjenopprettetServerAvstemmes();
    void endringMotAvsluttetSakAvvises();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestMiljo> m_pg;
    QString m_kari, m_per;
};

void TestSyncFeil::init()
{
    m_pg = std::make_unique<PgTestMiljo>();
    m_pg->opprettEmbete(u"agder"_s);
    m_kari = m_pg->opprettBruker(u"kari"_s, {u"agder"_s});
    m_per = m_pg->opprettBruker(u"per"_s, {u"agder"_s});
}

void TestSyncFeil::cleanup()
{
    m_pg.reset();
}

void TestSyncFeil::tapsvarGirEnRadOgSammeSaksnummer()
{
    SyncTestKlient a(m_dir.path(), u"f1"_s, m_pg->conninfo(m_kari));
    for (quint32 i = 0; i < 3; ++i)
        a.nySak(u"agder"_s, 10 + i);
    QVERIFY_THROWS_EXCEPTION(SentralFeil, a.synk(SynkMotor::Avbrudd::EtterPushSvar));
    QCOMPARE(m_pg->verdi(u"SELECT count(*) FROM sak"_s).toInt(), 3);
    QCOMPARE(a.antallIUtboks(u"sendt"_s), 3);
    QCOMPARE(a.verdi(u"SELECT count(*) FROM tilsynssak WHERE saksnummer IS NULL"_s).toInt(), 3);
    const auto r = a.synk();
    QCOMPARE(r.pushet, 3);
    QCOMPARE(m_pg->verdi(u"SELECT count(*) FROM sak"_s).toInt(), 3);
    QCOMPARE(m_pg->verdi(u"SELECT count(*) FROM sak_historikk"_s).toInt(), 3);
    QCOMPARE(m_pg->verdi(u"SELECT string_agg(saksnummer, ',' ORDER BY saksnummer) FROM sak"_s).toString(),
             a.verdi(u"SELECT group_concat(saksnummer, ',') FROM (SELECT saksnummer FROM tilsynssak ORDER BY 1)"_s).toString());
    QCOMPARE(a.antallIUtboks(u"ferdig"_s), 3);
}

void TestSyncFeil::avbruttPullSideRullesTilbake()
{
    SyncTestKlient a(m_dir.path(), u"f2a"_s, m_pg->conninfo(m_kari));
    SyncTestKlient b(m_dir.path(), u"f2b"_s, m_pg->conninfo(m_per));
    for (quint32 i = 0; i < 20; ++i)
        a.nySak(u"agder"_s, 20 + i);
    a.synk();
    QVERIFY_THROWS_EXCEPTION(SentralFeil, b.synk(SynkMotor::Avbrudd::MidtIPullSide));
    QCOMPARE(b.alle().size(), 0); // the half page was rolled back with its cursor
    QCOMPARE(b.verdi(u"SELECT count(*) FROM sync_markor"_s).toInt(), 0);
    QCOMPARE(b.synk().hentet, 20);
    QCOMPARE(a.alle(), b.alle());
}

void TestSyncFeil::sammeBatchToGangerSamtidig()
{
    const QString ops = batch(6, 30);
    QStringList svar(2);
    const QString conninfo = m_pg->conninfo(m_kari);
    const QStringList feil = parallelt({
        [&] { SentralTilkobling t(conninfo); auto q = t.kjoer(u"SELECT tilsyn_push('k', ?::jsonb)::text"_s, {ops}, "push"); q.next(); svar[0] = q.value(0).toString(); },
        [&] { SentralTilkobling t(conninfo); auto q = t.kjoer(u"SELECT tilsyn_push('k', ?::jsonb)::text"_s, {ops}, "push"); q.next(); svar[1] = q.value(0).toString(); },
    });
    QVERIFY2(feil.isEmpty(), qPrintable(feil.join(u'\n')));
    QCOMPARE(m_pg->verdi(u"SELECT count(*) FROM sak"_s).toInt(), 6);
    QCOMPARE(m_pg->verdi(u"SELECT count(*) FROM sak_historikk"_s).toInt(), 6);
    const QJsonArray s0 = QJsonDocument::fromJson(svar[0].toUtf8()).array();
    const QJsonArray s1 = QJsonDocument::fromJson(svar[1].toUtf8()).array();
    QCOMPARE(s0.size(), 6);
    int duplikater = 0;
    for (qsizetype i = 0; i < 6; ++i) {
        QCOMPARE(s0[i].toObject().value("saksnummer"_L1), s1[i].toObject().value("saksnummer"_L1));
        QCOMPARE(s0[i].toObject().value("rev"_L1), s1[i].toObject().value("rev"_L1));
        duplikater += s0[i].toObject().value("duplikat"_L1).toBool() + s1[i].toObject().value("duplikat"_L1).toBool();
    }
    QCOMPARE(duplikater, 6);
}

void TestSyncFeil::commitRekkefolgeHopperIkkeOver()
{
    SyncTestKlient leser(m_dir.path(), u"f4"_s, m_pg->conninfo(m_per));
    SentralTilkobling t1(m_pg->conninfo(m_kari));
    t1.kjoer(u"BEGIN"_s, {}, "begin");
    t1.kjoer(u"SELECT tilsyn_push('k1', ?::jsonb)"_s, {batch(1, 40)}, "push 1"); // holds revision 1 uncommitted
    const QString conninfo = m_pg->conninfo(m_kari);
    const QString andre = batch(1, 41);
    QStringList feil;
    QThread *t2 = QThread::create([&] {
        try {
            SentralTilkobling t(conninfo);
            t.kjoer(u"SELECT tilsyn_push('k2', ?::jsonb)"_s, {andre}, "push 2");
        } catch (const std::exception &e) {
            feil.append(QString::fromUtf8(e.what()));
        }
    });
    t2->start();
    // Wait (on a condition, not a timer) until push 2 is queued behind push 1's counter lock.
    QVERIFY(QTest::qWaitFor([&] {
        return m_pg->verdi(u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           u"AND wait_event_type = 'Lock'"_s).toInt() == 1;
    }, 60000)); // another thread must connect and queue: generous for a loaded machine
    QCOMPARE(leser.synk().hentet, 0); // neither is visible yet
    t1.kjoer(u"COMMIT"_s, {}, "commit");
    t2->wait();
    delete t2;
    QVERIFY(feil.isEmpty());
    QCOMPARE(leser.synk().hentet, 2); // revision 1 was not skipped
    QCOMPARE(m_pg->verdi(u"SELECT string_agg(rev::text, ',' ORDER BY rev) FROM sak_historikk"_s).toString(), u"1,2"_s);
}

void TestSyncFeil::klientklokkeSkjevtEttAar()
{
    const QDateTime naa = QDateTime::currentDateTimeUtc();
    SyncTestKlient frem(m_dir.path(), u"f5a"_s, m_pg->conninfo(m_kari));
    SyncTestKlient bak(m_dir.path(), u"f5b"_s, m_pg->conninfo(m_per));
    const QString id = frem.nySak(u"agder"_s, 50, naa.addYears(1));
    frem.synk();
    bak.synk();
    bak.endre(id, [](Tilsynssak &s) { s.sammendrag = u"fra fortiden"_s; }, naa.addYears(-1));
    frem.endre(id, [](Tilsynssak &s) { s.saksbehandler = u"fremtid"_s; }, naa.addYears(1));
    bak.synk();
    frem.synk();
    bak.synk();
    // Order comes from the server's revisions, never the client clocks: both edits survive.
    QCOMPARE(frem.hent(id), bak.hent(id));
    QCOMPARE(frem.hent(id)->sammendrag, u"fra fortiden"_s);
    QCOMPARE(frem.hent(id)->saksbehandler, u"fremtid"_s);
    const QString aar = m_pg->verdi(u"SELECT extract(year FROM tilsyn_naa() AT TIME ZONE 'Europe/Oslo')::text"_s).toString();
    QVERIFY(frem.hent(id)->saksnummer->startsWith(aar + u'/'));
}

void TestSyncFeil::tjueKlienterOverNyttaar()
{
    QList<std::shared_ptr<SyncTestKlient>> klienter;
    for (int i = 0; i < 20; ++i) {
        const QString bruker = m_pg->opprettBruker(u"k%1"_s.arg(i), {u"agder"_s});
        klienter.append(std::make_shared<SyncTestKlient>(m_dir.path(), u"ny%1"_s.arg(i), m_pg->conninfo(bruker)));
    }
    const auto runde = [&](const QString &tid, quint32 seed) {
        m_pg->verdi(u"INSERT INTO tilsyn_meta (noekkel, verdi) VALUES ('klokkeforskyvning', "
                    u"(?::timestamptz - now())::text) ON CONFLICT (noekkel) DO UPDATE SET verdi = excluded.verdi "
                    u"RETURNING 1"_s, {tid});
        QList<std::function<void()>> oppgaver;
        for (int i = 0; i < 20; ++i) {
            klienter[i]->nySak(u"agder"_s, seed + quint32(i));
            klienter[i]->nySak(u"agder"_s, seed + 100 + quint32(i));
            const QString sti = klienter[i]->sti(), conninfo = klienter[i]->conninfo();
            oppgaver.append([sti, conninfo, i] { SynkMotor(sti, conninfo, u"k%1"_s.arg(i)).synkroniser(); });
        }
        return parallelt(oppgaver);
    };
    QStringList feil = runde(u"2030-12-31 23:59:50+01"_s, 1000);
    feil += runde(u"2031-01-01 00:00:10+01"_s, 2000);
    QVERIFY2(feil.isEmpty(), qPrintable(feil.join(u'\n')));
    QCOMPARE(m_pg->verdi(u"SELECT count(*) FROM sak"_s).toInt(), 80);
    for (const char *aar : {"2030", "2031"}) {
        // Unique and gapless: exactly 1..40 in each year.
        QCOMPARE(m_pg->verdi(u"SELECT count(DISTINCT saksnummer) FILTER (WHERE saksnummer = ? || '/' || n) "
                             u"FROM sak, generate_series(1, 40) n"_s, {QString::fromLatin1(aar)}).toInt(), 40);
        QCOMPARE(m_pg->verdi(u"SELECT count(*) FROM sak WHERE saksnummer LIKE ? || '/%'"_s,
                             {QString::fromLatin1(aar)}).toInt(), 40);
    }
    for (auto &k : klienter)
        QCOMPARE(k->verdi(u"SELECT count(*) FROM tilsynssak WHERE saksnummer IS NULL"_s).toInt(), 0);
}

void TestSyncFeil::giftigOpBlokkererIkke()
{
    m_pg->opprettEmbete(u"rogaland"_s);
    SyncTestKlient a(m_dir.path(), u"f7"_s, m_pg->conninfo(m_kari));
    a.nySak(u"agder"_s, 70);
    a.nySak(u"rogaland"_s, 71); // an office kari does not hold (RLS)
    a.nySak(u"agder"_s, 72);
    QSqlQuery q(a.store().db());
    QVERIFY(q.exec(u"INSERT INTO outbox (op_id, sak_id, opprettet, status, dokument) VALUES "
                   u"('giftig', '00000000-0000-4000-8000-000000000000', '2026-01-01', 'sendt', '{\"id\": 7}')"_s));
    const auto r = a.synk();
    QCOMPARE(r.pushet, 2);
    QCOMPARE(r.avvist, 2);
    QCOMPARE(a.antallIUtboks(u"avvist"_s), 2);
    QVERIFY(!a.verdi(u"SELECT feil FROM outbox WHERE op_id = 'giftig'"_s).toString().isEmpty());
    QCOMPARE(m_pg->verdi(u"SELECT count(*) FROM sak"_s).toInt(), 2);
    // The rejected ops are kept (shown), not resent, and later edits still flow.
    a.nySak(u"agder"_s, 73);
    QCOMPARE(a.synk().pushet, 1);
    QCOMPARE(a.alle().size(), 4);
}

void TestSyncFeil::gjenopprettetServerAvstemmes()
{
    SyncTestKlient a(m_dir.path(), u"f8"_s, m_pg->conninfo(m_kari));
    QStringList ider;
    for (quint32 i = 0; i < 3; ++i)
        ider.append(a.nySak(u"agder"_s, 80 + i));
    a.synk();
    const QString db = m_pg->dbNavn();
    const auto &v = m_pg->vedlikehold();
    v.kjoer(u"CREATE DATABASE %1_kopi TEMPLATE %1"_s.arg(db), {}, "backup");
    ider.append(a.nySak(u"agder"_s, 84));
    ider.append(a.nySak(u"agder"_s, 85));
    a.synk();
    const QStringList foer = a.alle();
    // Restore the backup and start a new epoch, as the admin guide says.
    v.kjoer(u"DROP DATABASE %1 WITH (FORCE)"_s.arg(db), {}, "drop");
    v.kjoer(u"ALTER DATABASE %1_kopi RENAME TO %1"_s.arg(db), {}, "restore");
    m_pg->verdi(u"SELECT tilsyn_ny_epoke()"_s);
    QCOMPARE(m_pg->verdi(u"SELECT count(*) FROM sak"_s).toInt(), 3);

    const auto r = a.synk();
    QVERIFY(r.avstemt);
    QCOMPARE(a.alle(), foer); // nothing lost locally
    QCOMPARE(m_pg->verdi(u"SELECT count(*) FROM sak"_s).toInt(), 5); // the server got the lost cases back
    QCOMPARE(m_pg->verdi(u"SELECT count(DISTINCT saksnummer) FROM sak"_s).toInt(), 5);
    for (const QString &id : std::as_const(ider)) {
        QCOMPARE(m_pg->verdi(u"SELECT saksnummer FROM sak WHERE id = ?"_s, {id}).toString(),
                 a.hent(id)->saksnummer.value_or(QString()));
    }
    // A new case after the restore never reuses a number held by a re-pushed case.
    a.nySak(u"agder"_s, 86);
    a.synk();
    QCOMPARE(m_pg->verdi(u"SELECT count(DISTINCT saksnummer) FROM sak"_s).toInt(), 6);
    QCOMPARE(a.synk().avstemt, false);
}

void TestSyncFeil::endringMotAvsluttetSakAvvises()
{
    // At the protocol level: a create, a close based on it, then a stale edit based on the create.
    QJsonObject dok = QJsonDocument::fromJson(batch(1, 90).toUtf8()).array().first().toObject();
    QJsonObject sak = dok.value("dokument"_L1).toObject();
    sak.insert("avsluttet"_L1, QJsonValue());
    const QString id = sak.value("id"_L1).toString();
    const auto push = [&](const QString &klient, const QString &opId, const QJsonValue &base, const QJsonObject &d) {
        SentralTilkobling t(m_pg->conninfo(m_kari));
        const QJsonArray ops{QJsonObject{{"op_id"_L1, opId}, {"sak_id"_L1, id}, {"base_rev"_L1, base}, {"dokument"_L1, d}}};
        QSqlQuery q = t.kjoer(u"SELECT tilsyn_push(?, ?::jsonb)::text"_s,
                              {klient, QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact))}, "push");
        q.next();
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array().first().toObject();
    };
    const QJsonObject opprettet = push(u"k1"_s, u"o1"_s, QJsonValue(), sak);
    QCOMPARE(opprettet.value("status"_L1).toString(), u"lagret"_s);
    QJsonObject lukket = opprettet.value("dokument"_L1).toObject();
    lukket.insert("avsluttet"_L1, u"2026-03-01"_s);
    QCOMPARE(push(u"k1"_s, u"o2"_s, 1, lukket).value("status"_L1).toString(), u"lagret"_s);
    QJsonObject sen = opprettet.value("dokument"_L1).toObject();
    sen.insert("sammendrag"_L1, u"for sent"_s);
    const QJsonObject svar = push(u"k2"_s, u"o3"_s, 1, sen);
    QCOMPARE(svar.value("status"_L1).toString(), u"avvist"_s);
    QVERIFY(svar.value("feil"_L1).toString().contains(u"avsluttet"_s));
    QCOMPARE(m_pg->verdi(u"SELECT dokument->>'avsluttet' FROM sak WHERE id = ?"_s, {id}).toString(), u"2026-03-01"_s);
    QCOMPARE(m_pg->verdi(u"SELECT count(*) FROM sak_historikk WHERE sak_id = ?"_s, {id}).toInt(), 2);
    // The rejection is stored: a retry of the same op gets the same answer.
    QCOMPARE(push(u"k2"_s, u"o3"_s, 1, sen).value("status"_L1).toString(), u"avvist"_s);
}

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QCoreApplication app(argc, argv);
    TestSyncFeil t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_syncfeil.moc"
