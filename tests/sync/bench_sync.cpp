// Benchmark (label bench, needs PostgreSQL via pg_virtualenv): the first sync of N cases
// (default 100 000, TILSYN_BENCH_N) from the central store into an empty local store, next to
// psql COPY of the same rows out plus sqlite3 insert of them; a no-op sync; pushing 1 000 edits.
// Prints numbers; not pass/fail beyond "nothing lost".

#include "pgtestmiljo.h"
#include "synctestklient.h"
#include "synkbelastning.h"

#include "casegenerator.h"
#include "domain/katalog.h"
#include "sync/sentraltilkobling.h"
#include "sync/synclager.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

bool kjoer(const QString &program, const QStringList &argumenter, QString *feil, QString *utdata = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, argumenter);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *feil = program + u": "_s + QString::fromUtf8(p.readAll());
        return false;
    }
    if (utdata)
        *utdata = QString::fromUtf8(p.readAll());
    return true;
}

void skriv(const char *hva, qint64 ms, qint64 n)
{
    QTextStream(stdout) << u"%1: %2 ms (%3 rows, %4 rows/s)"_s.arg(QLatin1StringView(hva)).arg(ms).arg(n)
                               .arg(ms > 0 ? n * 1000 / ms : 0)
                        << Qt::endl;
}

// The median of 21 no-op syncs (after one to warm up), in ms.
double medianTomSynk(SynkMotor &motor)
{
    motor.synkroniser();
    QList<double> ms;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        const auto r = motor.synkroniser();
        ms.append(double(t.nsecsElapsed()) / 1e6);
        if (r.hentet + r.pushet + r.boetter + r.andre != 0 || r.spoerringer != 1)
            qWarning("the no-op sync did something: pulled %d, pushed %d, buckets %d, other rows %d, %d statements",
                     r.hentet, r.pushet, r.boetter, r.andre, r.spoerringer);
    }
    std::sort(ms.begin(), ms.end());
    return ms[10];
}

// The median of 21 round trips SELECT 1 on an open connection, or (nyForbindelse) of connecting,
// SELECT 1 and disconnecting, in ms.
double medianRundtur(const QString &conninfo, bool nyForbindelse)
{
    std::unique_ptr<SentralTilkobling> aapen = nyForbindelse ? nullptr : std::make_unique<SentralTilkobling>(conninfo);
    QList<double> ms;
    for (int i = 0; i < 22; ++i) {
        QElapsedTimer t;
        t.start();
        if (nyForbindelse) {
            SentralTilkobling ny(conninfo);
            ny.kjoer(u"SELECT 1"_s, {}, "SELECT 1").next();
        } else {
            aapen->kjoer(u"SELECT 1"_s, {}, "SELECT 1").next();
        }
        if (i > 0)
            ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[10];
}

// Loads the central store directly, as the administrator (setup only, not measured): n generated,
// registered cases in the offices that exist (10 in the built-in catalogue). Each office's cases
// get revisions 1..k in the order of their ids, as one push of them would, one history row each
// (who: "import") and the case row with the columns tilsyn_sak_skriv derives from the document.
// As an administrator's repair does (session_replication_role = replica) the per-row invariant
// triggers are skipped, and the summary trigger is off and the summary built once after the load
// with tilsyn_sammendrag_bygg(): per case it would update the same ten office rows in one
// transaction, each update walking the row versions the earlier ones left (quadratic: 80 000
// upserts of ten rows took 17× as long as 20 000; 1 000 000 cases did not finish in 21 minutes).
// Then VACUUM ANALYZE, as autovacuum leaves a server.
// blandet: the case rows of the offices interleaved in the table (revision 1 of every office, then
// 2, ...), as on a server the offices write to at the same time; else each office's rows together.
bool lastSentral(const PgTestMiljo &pg, int n, const QString &mappe, bool blandet = false)
{
    const Katalog &katalog = Katalog::innebygd();
    const QString csv = QDir(mappe).filePath(u"historikk.csv"_s);
    QStringList tellere;
    QElapsedTimer t;
    t.start();
    {
        // Per office: (id, document) in the order of the ids.
        QMap<QString, QList<std::pair<QString, QByteArray>>> perEmbete;
        CaseGenerator g(katalog, 4242);
        for (int i = 0; i < n; ++i) {
            const QJsonObject d = SyncLager::dokument(g.neste());
            perEmbete[d.value(u"embete"_s).toString()].append(
                {d.value(u"id"_s).toString(), QJsonDocument(d).toJson(QJsonDocument::Compact)});
        }
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly)) {
            qCritical("cannot write %s", qPrintable(csv));
            return false;
        }
        for (auto it = perEmbete.begin(); it != perEmbete.end(); ++it) {
            auto &saker = it.value();
            std::sort(saker.begin(), saker.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            qint64 rev = 0;
            for (auto &[id, json] : saker) {
                f.write(it.key().toUtf8() + ',' + QByteArray::number(++rev) + ',' + id.toLatin1() + ",\""
                        + json.replace("\"", "\"\"") + "\",import,2026-01-01 00:00:00+00\n");
                json.clear();
            }
            tellere.append(u"('%1', %2)"_s.arg(it.key()).arg(rev));
        }
        if (!f.flush()) {
            qCritical("cannot write %s", qPrintable(csv));
            return false;
        }
    }
    const qint64 generert = t.elapsed();
    QString feil;
    const QString db = u"dbname="_s + pg.dbNavn();
    // The counters first, then the history rows (in revision order), then the case rows from them.
    const QString last = u"\\timing on\nBEGIN;\nSET LOCAL session_replication_role = replica;\n"
                         u"UPDATE tilsyn_data.embete_rev e SET rev = m.rev FROM (VALUES %1) AS m (embete, rev) "
                         u"WHERE m.embete = e.embete;\n"
                         u"ALTER TABLE tilsyn_data.sak DISABLE TRIGGER sammendrag;\n"
                         u"\\copy tilsyn_data.sak_historikk (embete, rev, sak_id, dokument, bruker, tidspunkt) "
                         u"FROM '%2' (FORMAT csv)\n"
                         u"INSERT INTO tilsyn_data.sak (id, embete, saksnummer, rev, sektor, mottatt, behandlingsmaate, "
                         u"avsluttet, dokument, endret, endret_av) SELECT sak_id, embete, dokument->>'saksnummer', rev, "
                         u"dokument->>'sektor', (dokument->>'mottatt')::date, (dokument->>'behandlingsmaate')::int, "
                         u"(dokument->>'avsluttet')::date, dokument, tidspunkt, bruker FROM tilsyn_data.sak_historikk "
                         u"ORDER BY %3;\n"
                         u"ALTER TABLE tilsyn_data.sak ENABLE ALWAYS TRIGGER sammendrag;\n"
                         u"SELECT tilsyn_sammendrag_bygg();\n"
                         u"COMMIT;\n"
                         u"ANALYZE tilsyn_data.sak_historikk;\nVACUUM ANALYZE tilsyn_data.sak;\n"_s
                             .arg(tellere.join(u", "_s), csv, blandet ? u"rev, embete"_s : u"embete, rev"_s);
    QFile skript(QDir(mappe).filePath(u"last.sql"_s));
    if (!skript.open(QIODevice::WriteOnly) || skript.write(last.toUtf8()) < 0 || !skript.flush()) {
        qCritical("cannot write %s", qPrintable(skript.fileName()));
        return false;
    }
    skript.close();
    QString tider;
    const bool ok = kjoer(u"psql"_s, {u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, db, u"-f"_s, skript.fileName()}, &feil,
                          &tider);
    QFile::remove(csv);
    // The setup's steps and their times (psql \timing), on stderr beside the phases of the sync.
    QTextStream(stderr) << u"setup: generated and written %1 ms; "_s.arg(generert) << tider.simplified() << Qt::endl;
    if (!ok) {
        qCritical("%s", qPrintable(feil));
        return false;
    }
    return true;
}

// Prints the server's plans (auto_explain: EXPLAIN ANALYZE, BUFFERS of the statements inside the
// functions taking 1 ms or more, so not the policy's tilsyn_rolle call per row) of two pages of the
// pull and of the no-op sync's status call, run as the office's user (SET SESSION AUTHORIZATION,
// so row-level security sees that user's offices).
bool serverPlaner(const PgTestMiljo &pg, const QString &bruker, const QString &kontor)
{
    const qint64 midt = pg.verdi(u"SELECT max(rev) / 2 FROM tilsyn_data.sak WHERE embete = ?"_s, {kontor}).toLongLong();
    const QString sql = u"LOAD 'auto_explain';\nSET auto_explain.log_min_duration = 1;\n"
                        u"SET auto_explain.log_analyze = on;\nSET auto_explain.log_buffers = on;\n"
                        u"SET auto_explain.log_nested_statements = on;\nSET auto_explain.log_level = notice;\n"
                        u"SET SESSION AUTHORIZATION \"%1\";\n"
                        u"SELECT count(*) FROM tilsyn_pull('%2', 0, 5000);\n"
                        u"SELECT count(*) FROM tilsyn_pull('%2', %3, 5000);\n"
                        u"SELECT count(*) FROM tilsyn_synkstatus();\n"_s.arg(bruker, kontor).arg(midt);
    QString feil;
    QString ut;
    if (!kjoer(u"psql"_s, {u"-X"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"dbname="_s + pg.dbNavn(), u"-c"_s, sql}, &feil,
               &ut)) {
        qCritical("%s", qPrintable(feil));
        return false;
    }
    QTextStream(stdout) << u"server plans as the user of %1 (pages after revision 0 and %2, then "
                           u"tilsyn_synkstatus):\n"_s.arg(kontor).arg(midt)
                        << ut << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QCoreApplication app(argc, argv);
    // The phases of the first sync (ForsteSynk, BulkSkriver, SynkMotor) go to stderr.
    QLoggingCategory::setFilterRules(u"tilsyn.bulk*.info=true"_s);
    int n = qEnvironmentVariableIsSet("TILSYN_BENCH_N") ? qEnvironmentVariableIntValue("TILSYN_BENCH_N") : 100000;
    QTemporaryDir dir;
    PgTestMiljo pg;
    const Katalog &katalog = Katalog::innebygd();
    QStringList embeter;
    for (const auto &e : katalog.poster(Katalog::Liste::Embete))
        embeter.append(e.kode);
    for (const QString &e : embeter)
        pg.opprettEmbete(e);
    // TILSYN_BENCH_SENTRAL=1000000: that many cases in the central store across the offices, and
    // the benchmark's user works at one office only (the first): its first sync pulls that
    // office's share (about a tenth), beside the reference for the same rows. The offices' rows are
    // interleaved in the table unless TILSYN_BENCH_SAMLET=1.
    const int sentral = qEnvironmentVariableIntValue("TILSYN_BENCH_SENTRAL");
    const QString kontor = embeter.constFirst();
    const QString bruker = pg.opprettBruker(u"bench"_s, sentral > 0 ? QStringList{kontor} : embeter);

    QElapsedTimer t;
    t.start();
    if (!lastSentral(pg, sentral > 0 ? sentral : n, dir.path(),
                     sentral > 0 && qEnvironmentVariableIntValue("TILSYN_BENCH_SAMLET") != 1))
        return 1;
    QString feil;
    const QString db = u"dbname="_s + pg.dbNavn();
    skriv("load central (COPY + INSERT, setup)", t.elapsed(), sentral > 0 ? sentral : n);
    QString utvalg;
    if (sentral > 0) {
        utvalg = u" WHERE embete = '%1'"_s.arg(kontor);
        n = pg.verdi(u"SELECT count(*) FROM tilsyn_data.sak WHERE embete = ?"_s, {kontor}).toInt();
        QTextStream(stdout) << u"central store: %1 cases in %2 offices; the user's office %3 has %4"_s
                                   .arg(sentral).arg(embeter.size()).arg(kontor).arg(n)
                            << Qt::endl;
    }

    // Reference: psql COPY of the same rows out, then sqlite3 insert of them.
    t.restart();
    const QString ut = dir.filePath(u"ut.csv"_s);
    kjoer(u"psql"_s, {u"-q"_s, db, u"-c"_s, u"\\copy (SELECT id, rev, dokument FROM sak%1) TO '%2' (FORMAT csv)"_s.arg(utvalg, ut)}, &feil);
    const qint64 copyUt = t.elapsed();
    t.restart();
    kjoer(u"sqlite3"_s, {dir.filePath(u"ref.sqlite"_s), u"CREATE TABLE sak (id TEXT PRIMARY KEY, rev INTEGER, dokument TEXT);"_s,
                        u".mode csv"_s, u".import %1 sak"_s.arg(ut)}, &feil);
    const qint64 sqliteInn = t.elapsed();
    skriv("reference: psql COPY out", copyUt, n);
    skriv("reference: sqlite3 .import", sqliteInn, n);
    skriv("reference: total", copyUt + sqliteInn, n);

    // Over loopback TCP (password authentication), as a client on another machine would connect.
    SyncTestKlient k(dir.path(), u"bench"_s, pg.conninfo(bruker) + u" host=127.0.0.1"_s);
    SynkMotor motor(k.sti(), k.conninfo(), u"bench"_s);
    t.restart();
    const auto forste = motor.synkroniser();
    const qint64 forsteMs = t.elapsed();
    skriv("first sync into an empty store", forsteMs, forste.hentet);
    QTextStream(stdout) << u"first sync / reference: %1 (goal <= 3)"_s
                               .arg(double(forsteMs) / double(std::max<qint64>(1, copyUt + sqliteInn)), 0, 'f', 2)
                        << Qt::endl;
    if (forste.hentet != n || k.alle().size() != n) {
        qCritical("lost cases: pulled %d of %d", forste.hentet, n);
        return 1;
    }
    if (sentral > 0 && !serverPlaner(pg, bruker, kontor))
        return 1;
    if (sentral > 0)
        QTextStream(stdout) << u"no-op sync with %1 cases in the central store: %2 ms (median of 21, %3 cases of the "
                               u"user's office)"_s.arg(sentral).arg(medianTomSynk(motor), 0, 'f', 2).arg(n)
                            << Qt::endl;
    // TILSYN_BENCH_BARE_FORSTE=1: stop after the first sync (profiling it).
    if (qEnvironmentVariableIntValue("TILSYN_BENCH_BARE_FORSTE") == 1)
        return 0;
    const double tomStor = medianTomSynk(motor);
    const double rundtur = medianRundtur(k.conninfo(), false);
    const double rundturNy = medianRundtur(k.conninfo(), true);
    QTextStream(stdout) << u"no-op sync: %1 ms (median of 21, %2 cases)\n"_s.arg(tomStor, 0, 'f', 2).arg(n)
                        << u"reference: one round trip SELECT 1: %1 ms (median of 21, open connection)\n"_s
                               .arg(rundtur, 0, 'f', 3)
                        << u"reference: connect + SELECT 1 + disconnect: %1 ms (median of 21)"_s.arg(rundturNy, 0, 'f', 2)
                        << Qt::endl;

    // The same at a tenth of the size, in a database of its own, to show the cost does not grow.
    const int liten = qEnvironmentVariableIsSet("TILSYN_BENCH_N_LITEN") ? qEnvironmentVariableIntValue("TILSYN_BENCH_N_LITEN")
                                                                      : n / 10;
    double tomLiten = 0;
    {
        PgTestMiljo pg2;
        for (const QString &e : embeter)
            pg2.opprettEmbete(e);
        const QString bruker2 = pg2.opprettBruker(u"bench2"_s, embeter);
        if (!lastSentral(pg2, liten, dir.path()))
            return 1;
        SyncTestKlient k2(dir.path(), u"bench2"_s, pg2.conninfo(bruker2) + u" host=127.0.0.1"_s);
        SynkMotor motor2(k2.sti(), k2.conninfo(), u"bench2"_s);
        if (motor2.synkroniser().hentet != liten)
            return 1;
        tomLiten = medianTomSynk(motor2);
    }
    QTextStream(stdout) << u"no-op sync: %1 ms (median of 21, %2 cases)\n"_s.arg(tomLiten, 0, 'f', 2).arg(liten)
                        << u"no-op sync ratio %1/%2 cases: %3"_s.arg(n).arg(liten).arg(tomStor / tomLiten, 0, 'f', 2)
                        << Qt::endl;
    QTextStream(stdout) << u"bench-tabell: no-op sync, %1 cases (%2 cases: %3 ms, ratio %4) | %5 ms | one round trip "
                           u"SELECT 1 %6 ms; connect + SELECT 1 %7 ms | %8×"_s
                               .arg(n).arg(liten).arg(tomLiten, 0, 'f', 2).arg(tomStor / tomLiten, 0, 'f', 2)
                               .arg(tomStor, 0, 'f', 2).arg(rundtur, 0, 'f', 3).arg(rundturNy, 0, 'f', 2)
                               .arg(tomStor / rundtur, 0, 'f', 0)
                        << Qt::endl;

    // Server load: concurrent clients doing no-op syncs, each on its own connection.
    const int klienter = qEnvironmentVariableIsSet("TILSYN_BENCH_KLIENTER") ? qEnvironmentVariableIntValue("TILSYN_BENCH_KLIENTER")
                                                                          : 50;
    for (const bool ny : {false, true}) {
        const Belastning b = ny ? belastNyForbindelse(k.conninfo(), pg.adminConninfo(), klienter, 5.0)
                                : belastVedvarende(k.conninfo(), klienter, 5.0);
        const QString hva = ny ? u"new connection per sync"_s : u"connection kept open"_s;
        QTextStream(stdout) << u"%1 clients, no-op syncs, %2: %3 syncs in %4 s = %5 syncs/s, server CPU %6 ms/sync"_s
                                   .arg(klienter).arg(hva).arg(b.synker).arg(b.sekunder, 0, 'f', 2)
                                   .arg(b.perSekund(), 0, 'f', 0).arg(b.cpuPerSynkMs(), 0, 'f', 3)
                            << u"\nbench-tabell: %1 clients' no-op syncs, %2 (%3 cases) | %4 syncs/s, server CPU %5 ms "
                               u"per sync | goal 500 syncs/s | %6×"_s
                                   .arg(klienter).arg(hva).arg(n).arg(b.perSekund(), 0, 'f', 0)
                                   .arg(b.cpuPerSynkMs(), 0, 'f', 3).arg(b.perSekund() / 500.0, 0, 'f', 2)
                            << Qt::endl;
    }

    // 1 000 edits, then one sync pushing them.
    QStringList ider;
    QSqlQuery q(k.store().db());
    q.exec(u"SELECT id FROM tilsynssak ORDER BY id LIMIT 1000"_s);
    while (q.next())
        ider.append(q.value(0).toString());
    t.restart();
    for (const QString &id : std::as_const(ider))
        k.endre(id, [](Tilsynssak &s) { s.sammendrag = u"endret i benchmark"_s; });
    skriv("1 000 local edits (SakRepository::lagre)", t.elapsed(), ider.size());
    t.restart();
    const auto push = motor.synkroniser();
    skriv("sync pushing 1 000 edits", t.elapsed(), push.pushet);
    return push.pushet == ider.size() ? 0 : 1;
}
