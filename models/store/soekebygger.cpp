#include "soekebygger.h"

#include "store/setning.h"
#include "store/storeerror.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <sqlite3.h>

#include <condition_variable>
#include <ctime>
#include <deque>
#include <mutex>
#include <thread>

namespace tilsyn {

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcBulk)

namespace {

constexpr const char *kTabell = "tilsynssak_sok";
// The shadow tables FTS5 keeps the index in, copied row by row (those that exist: `_docsize`
// only without columnsize=0). An external-content table has no `_content`.
constexpr const char *kSkygger[] = {"tilsynssak_sok_data", "tilsynssak_sok_idx", "tilsynssak_sok_docsize",
                                    "tilsynssak_sok_config"};
// Room for the whole load in FTS5's in-memory terms (one segment written), and the value a
// bulk load leaves (FTS5's default), as BulkSkriver's own rebuild does.
constexpr qint64 kHashUnderBygging = 128 * 1024 * 1024;
constexpr qint64 kHashEtter = 1024 * 1024;

struct Stmt
{
    sqlite3_stmt *s = nullptr;
    Stmt(sqlite3 *db, const QByteArray &sql)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &s, nullptr) != SQLITE_OK)
            throw sqliteFeil(db, u"kan ikke bygge søkeindeksen"_s);
    }
    ~Stmt() { sqlite3_finalize(s); }
    Q_DISABLE_COPY_MOVE(Stmt)
};

void kjoerSql(sqlite3 *db, const QByteArray &sql)
{
    utfoer(db, QString::fromUtf8(sql), "kan ikke bygge søkeindeksen");
}

QByteArray sqlTekst(sqlite3_stmt *s, int i)
{
    return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, i)), sqlite3_column_bytes(s, i));
}

qint64 traadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

bool finnes(sqlite3 *db, const char *tabell)
{
    Stmt q(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    sqlite3_bind_text(q.s, 1, tabell, -1, SQLITE_STATIC);
    return sqlite3_step(q.s) == SQLITE_ROW;
}

} // namespace

struct Soekebygger::Data
{
    sqlite3 *lager = nullptr;
    QByteArray definisjon; ///< the store's CREATE VIRTUAL TABLE text
    sqlite3 *privat = nullptr;
    std::thread traad;

    std::mutex laas;
    std::condition_variable vekk;
    std::deque<QList<std::pair<qint64, QString>>> koe;
    bool slutt = false;

    // Written by the thread only, read after join():
    qint64 antall = 0, rowidSum = 0;
    qint64 cpuMs = 0, etterMs = 0; ///< the thread's CPU time, and the part after the last row (FTS5's flush)
    QString feil;

    ~Data()
    {
        stopp();
        sqlite3_close(privat);
    }
    void arbeid();
    void stopp()
    {
        {
            const std::lock_guard<std::mutex> l(laas);
            slutt = true;
        }
        vekk.notify_one();
        if (traad.joinable())
            traad.join();
    }
};

void Soekebygger::Data::arbeid()
{
    try {
        // One transaction: FTS5 writes its in-memory terms out at each commit.
        kjoerSql(privat, "BEGIN");
        Stmt inn(privat, "INSERT INTO tilsynssak_sok (rowid, soketekst) VALUES (?, ?)");
        for (;;) {
            QList<std::pair<qint64, QString>> rader;
            {
                std::unique_lock<std::mutex> l(laas);
                vekk.wait(l, [this] { return slutt || !koe.empty(); });
                if (koe.empty())
                    break;
                rader = std::move(koe.front());
                koe.pop_front();
            }
            for (const auto &[rowid, tekst] : std::as_const(rader)) {
                const QByteArray utf8 = tekst.toUtf8();
                sqlite3_bind_int64(inn.s, 1, rowid);
                if (tekst.isNull())
                    sqlite3_bind_null(inn.s, 2);
                else
                    sqlite3_bind_text(inn.s, 2, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
                if (sqlite3_step(inn.s) != SQLITE_DONE)
                    throw sqliteFeil(privat, u"kan ikke bygge søkeindeksen"_s);
                sqlite3_reset(inn.s);
                ++antall;
                rowidSum += rowid;
            }
        }
        const qint64 foer = traadCpuMs();
        kjoerSql(privat, "INSERT INTO tilsynssak_sok (tilsynssak_sok, rank) VALUES ('hashsize', "
                             + QByteArray::number(kHashEtter) + ")");
        kjoerSql(privat, "COMMIT");
        etterMs = traadCpuMs() - foer;
    } catch (const StoreError &e) {
        feil = e.melding();
    }
    cpuMs = traadCpuMs();
}

Soekebygger::Soekebygger(sqlite3 *lager) : d(std::make_unique<Data>())
{
    d->lager = lager;
    {
        Stmt q(lager, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'tilsynssak_sok'");
        if (sqlite3_step(q.s) != SQLITE_ROW)
            throw StoreError(u"lageret har ingen søkeindeks"_s);
        d->definisjon = sqlTekst(q.s, 0);
    }
    if (sqlite3_open_v2(":memory:", &d->privat, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        throw StoreError(u"kan ikke bygge søkeindeksen: ingen minnedatabase"_s);
    kjoerSql(d->privat, d->definisjon);
    // The store's FTS5 settings (pgsz, automerge, ...), set the way they were set there.
    Stmt innstillinger(lager, "SELECT k, v FROM tilsynssak_sok_config WHERE k <> 'version'");
    Stmt sett(d->privat, "INSERT INTO tilsynssak_sok (tilsynssak_sok, rank) VALUES (?, ?)");
    while (sqlite3_step(innstillinger.s) == SQLITE_ROW) {
        sqlite3_bind_value(sett.s, 1, sqlite3_column_value(innstillinger.s, 0));
        sqlite3_bind_value(sett.s, 2, sqlite3_column_value(innstillinger.s, 1));
        if (sqlite3_step(sett.s) != SQLITE_DONE)
            throw sqliteFeil(d->privat, u"kan ikke bygge søkeindeksen"_s);
        sqlite3_reset(sett.s);
    }
    kjoerSql(d->privat, "INSERT INTO tilsynssak_sok (tilsynssak_sok, rank) VALUES ('hashsize', "
                            + QByteArray::number(kHashUnderBygging) + ")");
    d->traad = std::thread([data = d.get()] { data->arbeid(); });
}

Soekebygger::~Soekebygger() = default;

void Soekebygger::legg(QList<std::pair<qint64, QString>> rader)
{
    if (rader.isEmpty())
        return;
    {
        const std::lock_guard<std::mutex> l(d->laas);
        d->koe.push_back(std::move(rader));
    }
    d->vekk.notify_one();
}

bool Soekebygger::kopierInn()
{
    QElapsedTimer tid;
    tid.start();
    d->stopp();
    const qint64 ventetMs = tid.restart();
    const auto logg = qScopeGuard([&] {
        qCInfo(lcBulk, "search index alongside: %lld rows, thread CPU %lld ms (of which after the last row %lld ms), "
                       "waited for it %lld ms, copied in %lld ms",
               d->antall, d->cpuMs, d->etterMs, ventetMs, qint64(tid.elapsed()));
    });
    if (!d->feil.isEmpty()) {
        qCWarning(lcBulk, "the search index built alongside failed (%s); built after the load instead",
                  qUtf8Printable(d->feil));
        return false;
    }
    sqlite3 *lager = d->lager;
    {
        // Every row of the table, and no other, went through legg().
        Stmt q(lager, "SELECT count(*), coalesce(sum(rowid), 0) FROM tilsynssak");
        if (sqlite3_step(q.s) != SQLITE_ROW || sqlite3_column_int64(q.s, 0) != d->antall
            || sqlite3_column_int64(q.s, 1) != d->rowidSum)
            return false;
    }
    // A new FTS5 object over the copied rows: the old one may hold the empty index's structure.
    kjoerSql(lager, QByteArray("DROP TABLE ") + kTabell);
    kjoerSql(lager, d->definisjon);
    for (const char *tabell : kSkygger) {
        if (!finnes(d->privat, tabell))
            continue;
        kjoerSql(lager, QByteArray("DELETE FROM ") + tabell);
        Stmt les(d->privat, QByteArray("SELECT * FROM ") + tabell);
        const int n = sqlite3_column_count(les.s);
        QByteArray plasser;
        for (int i = 0; i < n; ++i)
            plasser += i == 0 ? "?" : ", ?";
        Stmt skriv(lager, QByteArray("INSERT INTO ") + tabell + " VALUES (" + plasser + ")");
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(les.s)) == SQLITE_ROW) {
            for (int i = 0; i < n; ++i)
                sqlite3_bind_value(skriv.s, i + 1, sqlite3_column_value(les.s, i));
            if (sqlite3_step(skriv.s) != SQLITE_DONE)
                throw sqliteFeil(lager, u"kan ikke skrive søkeindeksen"_s);
            sqlite3_reset(skriv.s);
        }
        if (rc != SQLITE_DONE)
            throw sqliteFeil(d->privat, u"kan ikke lese søkeindeksen"_s);
    }
    return true;
}

} // namespace tilsyn
