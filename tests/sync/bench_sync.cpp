// Benchmark (label bench, needs PostgreSQL via pg_virtualenv): the first sync of N cases
// (default 100 000, TILSYN_BENCH_N) from the central store into an empty local store, next to
// psql COPY of the same rows out plus sqlite3 insert of them; a no-op sync; pushing 1 000 edits.
// Prints numbers; not pass/fail beyond "nothing lost".

#include "pgtestmiljo.h"
#include "synctestklient.h"

#include "casegenerator.h"
#include "domain/katalog.h"
#include "sync/synclager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

bool kjoer(const QString &program, const QStringList &argumenter, QString *feil)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, argumenter);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *feil = program + u": "_s + QString::fromUtf8(p.readAll());
        return false;
    }
    return true;
}

void skriv(const char *hva, qint64 ms, qint64 n)
{
    QTextStream(stdout) << u"%1: %2 ms (%3 rows, %4 rows/s)"_s.arg(QLatin1StringView(hva)).arg(ms).arg(n)
                               .arg(ms > 0 ? n * 1000 / ms : 0)
                        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QCoreApplication app(argc, argv);
    const int n = qEnvironmentVariableIsSet("TILSYN_BENCH_N") ? qEnvironmentVariableIntValue("TILSYN_BENCH_N") : 100000;
    QTemporaryDir dir;
    PgTestMiljo pg;
    const Katalog &katalog = Katalog::innebygd();
    QStringList embeter;
    for (const auto &e : katalog.poster(Katalog::Liste::Embete))
        embeter.append(e.kode);
    for (const QString &e : embeter)
        pg.opprettEmbete(e);
    const QString bruker = pg.opprettBruker(u"bench"_s, embeter);

    // Load the central store directly (COPY as administrator): N generated, registered cases.
    {
        QFile f(dir.filePath(u"saker.csv"_s));
        f.open(QIODevice::WriteOnly);
        CaseGenerator g(katalog, 4242);
        for (int i = 0; i < n; ++i) {
            const QByteArray json = QJsonDocument(SyncLager::dokument(g.neste())).toJson(QJsonDocument::Compact);
            f.write("\"" + QByteArray(json).replace("\"", "\"\"") + "\"\n");
        }
    }
    QString feil;
    QElapsedTimer t;
    t.start();
    const QString db = u"dbname="_s + pg.dbNavn();
    // Straight into tilsyn_data as the administrator, as the invariants require: the counters
    // first, then one history row per case (in revision order), then the case rows.
    const QString last = u"CREATE TEMP TABLE inn (d jsonb);\n\\copy inn FROM '%1' (FORMAT csv)\n"
                         u"CREATE TEMP TABLE nr AS SELECT d, row_number() OVER (PARTITION BY d->>'embete' "
                         u"ORDER BY d->>'id') AS rev FROM inn;\n"
                         u"UPDATE tilsyn_data.embete_rev e SET rev = m.rev FROM (SELECT d->>'embete' AS embete, "
                         u"max(rev) AS rev FROM nr GROUP BY 1) m WHERE m.embete = e.embete;\n"
                         u"INSERT INTO tilsyn_data.sak_historikk (embete, rev, sak_id, dokument, bruker, tidspunkt) "
                         u"SELECT d->>'embete', rev, (d->>'id')::uuid, d, 'import', now() FROM nr ORDER BY 1, 2;\n"
                         u"INSERT INTO tilsyn_data.sak (id, embete, saksnummer, rev, sektor, mottatt, behandlingsmaate, "
                         u"avsluttet, dokument, endret, endret_av) SELECT (d->>'id')::uuid, d->>'embete', d->>'saksnummer', "
                         u"rev, d->>'sektor', (d->>'mottatt')::date, (d->>'behandlingsmaate')::int, (d->>'avsluttet')::date, "
                         u"d, now(), 'import' FROM nr;\nANALYZE tilsyn_data.sak;\n"_s.arg(dir.filePath(u"saker.csv"_s));
    QFile skript(dir.filePath(u"last.sql"_s));
    skript.open(QIODevice::WriteOnly);
    skript.write(last.toUtf8());
    skript.close();
    if (!kjoer(u"psql"_s, {u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, db, u"-f"_s, skript.fileName()}, &feil)) {
        qCritical("%s", qPrintable(feil));
        return 1;
    }
    skriv("load central (COPY + INSERT, setup)", t.elapsed(), n);

    // Reference: psql COPY of the same rows out, then sqlite3 insert of them.
    t.restart();
    const QString ut = dir.filePath(u"ut.csv"_s);
    kjoer(u"psql"_s, {u"-q"_s, db, u"-c"_s, u"\\copy (SELECT id, rev, dokument FROM sak) TO '%1' (FORMAT csv)"_s.arg(ut)}, &feil);
    const qint64 copyUt = t.elapsed();
    t.restart();
    kjoer(u"sqlite3"_s, {dir.filePath(u"ref.sqlite"_s), u"CREATE TABLE sak (id TEXT PRIMARY KEY, rev INTEGER, dokument TEXT);"_s,
                        u".mode csv"_s, u".import %1 sak"_s.arg(ut)}, &feil);
    const qint64 sqliteInn = t.elapsed();
    skriv("reference: psql COPY out", copyUt, n);
    skriv("reference: sqlite3 .import", sqliteInn, n);
    skriv("reference: total", copyUt + sqliteInn, n);

    SyncTestKlient k(dir.path(), u"bench"_s, pg.conninfo(bruker));
    SynkMotor motor(k.sti(), k.conninfo(), u"bench"_s);
    t.restart();
    const auto forste = motor.synkroniser();
    skriv("first sync into an empty store", t.elapsed(), forste.hentet);
    if (forste.hentet != n || k.alle().size() != n) {
        qCritical("lost cases: pulled %d of %d", forste.hentet, n);
        return 1;
    }
    t.restart();
    const auto tom = motor.synkroniser();
    skriv("no-op sync", t.elapsed(), tom.pushet + tom.hentet);

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
