#include "forstehenting.h"

#include "sync/sentralfeil.h"
#include "sync/sentraltilkobling.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QScopeGuard>
#include <QThread>

#include <libpq-fe.h>

#include <ctime>
#include <memory>

namespace tilsyn {

using namespace Qt::StringLiterals;

// The pulling thread's own figures (wall and CPU time): QT_LOGGING_RULES="tilsyn.bulk*.info=true".
Q_LOGGING_CATEGORY(lcHenting, "tilsyn.bulk.henting", QtWarningMsg)

namespace {

// CPU time of the calling thread, in ms: beside the wall time it tells work from waiting on a
// machine the server and other jobs share.
qint64 cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

struct FrigiResultat
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using Resultat = std::unique_ptr<PGresult, FrigiResultat>;

// The libpq connection under QPSQL's (the same session, login and settings: client_encoding
// UTF8). Values are then read as the bytes libpq received, with no QString per value.
PGconn *pgHandle(const SentralTilkobling &t)
{
    const QVariant h = t.db().driver()->handle();
    // Qt 6 names the type by its struct ("pg_conn*"), Qt 5 by the typedef ("PGconn*").
    if ((qstrcmp(h.typeName(), "pg_conn*") != 0 && qstrcmp(h.typeName(), "PGconn*") != 0) || !h.data())
        throw SentralFeil(u"kan ikke hente endringer: forbindelsen er ikke PostgreSQL"_s);
    PGconn *c = *static_cast<PGconn *const *>(h.constData());
    if (!c)
        throw SentralFeil(u"kan ikke hente endringer: ingen forbindelse"_s, SentralFeil::Art::Utilgjengelig);
    return c;
}

[[noreturn]] void feil(PGconn *c, const PGresult *r)
{
    const QString melding = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(c)).trimmed();
    const QByteArray kode = r ? QByteArray(PQresultErrorField(r, PG_DIAG_SQLSTATE)) : QByteArray();
    const bool borte = PQstatus(c) != CONNECTION_OK || kode.isEmpty() || kode.startsWith("08") || kode.startsWith("57")
                       || kode.startsWith("40") || kode.startsWith("53");
    throw SentralFeil(u"kan ikke hente endringer: "_s + melding,
                      borte ? SentralFeil::Art::Utilgjengelig : SentralFeil::Art::Annet);
}

// Asks for a page of tilsyn_pull (the only way a user reads cases: SECURITY DEFINER, row-level
// security by the session user's offices) as text, without waiting for it: the server reads the
// next page while this thread decodes the one before.
void be(PGconn *c, const QByteArray &embete, qint64 etter, int grense)
{
    const QByteArray etterTekst = QByteArray::number(etter), grenseTekst = QByteArray::number(grense);
    const char *verdier[3] = {embete.constData(), etterTekst.constData(), grenseTekst.constData()};
    if (!PQsendQueryParams(c, "SELECT sak_id::text, rev, dokument::text FROM tilsyn_pull($1, $2, $3)", 3, nullptr,
                           verdier, nullptr, nullptr, 0))
        feil(c, nullptr);
}

// The page asked for by be(). Throws SentralFeil like SentralTilkobling::kjoer.
Resultat svar(PGconn *c)
{
    Resultat r(PQgetResult(c));
    while (PGresult *mer = PQgetResult(c)) // none for one statement; read to the end all the same
        PQclear(mer);
    if (!r || PQresultStatus(r.get()) != PGRES_TUPLES_OK || PQnfields(r.get()) != 3)
        feil(c, r.get());
    return r;
}

} // namespace

ForsteHenting::ForsteHenting(QString conninfo, QStringList embeter, QList<qint64> markorer, int grense)
    : m_conninfo(std::move(conninfo)), m_embeter(std::move(embeter)), m_markorer(std::move(markorer)), m_grense(grense)
{
    m_traad = QThread::create([this] { hent(); });
    m_traad->start();
}

ForsteHenting::~ForsteHenting()
{
    {
        const std::lock_guard laas(m_laas);
        m_stopp = true;
    }
    m_endret.notify_all();
    m_traad->wait();
    delete m_traad;
}

qint64 ForsteHenting::lestMs() const
{
    const std::lock_guard laas(m_laas);
    return m_lestMs;
}

qint64 ForsteHenting::dekodetMs() const
{
    const std::lock_guard laas(m_laas);
    return m_dekodetMs;
}

void ForsteHenting::hent()
{
    try {
        const SentralTilkobling t(m_conninfo);
        PGconn *const c = pgHandle(t);
        qint64 lesCpu = 0, dekodCpu = 0, rader = 0, sider = 0;
        const auto logg = qScopeGuard([&] {
            qCInfo(lcHenting, "pulling thread: %lld rows in %lld pages; server read %lld ms (CPU here %lld ms), "
                              "decode %lld ms (CPU %lld ms)",
                   rader, sider, m_lestMs, lesCpu, m_dekodetMs, dekodCpu);
        });
        // The pages of every office in turn, always one asked for ahead: the server reads the
        // next page (of this office, or the first of the next) while this thread decodes.
        QList<QByteArray> embeterUtf8;
        for (const QString &embete : m_embeter)
            embeterUtf8.append(embete.toUtf8());
        qsizetype e = 0;
        qint64 markor = m_markorer.value(0);
        if (!m_embeter.isEmpty())
            be(c, embeterUtf8[0], markor, m_grense);
        while (e < m_embeter.size()) {
            const QString embete = m_embeter[e];
            QElapsedTimer tid;
            tid.start();
            const qint64 cpu0 = cpuMs();
            const Resultat r = svar(c);
            const int n = PQntuples(r.get());
            QStringList ider;
            QList<qint64> revisjoner;
            QList<QByteArrayView> dokumenter;
            ider.reserve(n);
            revisjoner.reserve(n);
            dokumenter.reserve(n);
            for (int i = 0; i < n; ++i) {
                ider.append(QString::fromLatin1(PQgetvalue(r.get(), i, 0), PQgetlength(r.get(), i, 0)));
                revisjoner.append(QByteArrayView(PQgetvalue(r.get(), i, 1), PQgetlength(r.get(), i, 1)).toLongLong());
                dokumenter.append(QByteArrayView(PQgetvalue(r.get(), i, 2), PQgetlength(r.get(), i, 2)));
            }
            const qint64 lest = tid.restart();
            const qint64 cpu1 = cpuMs();
            // A short page is the office's last (rows pushed after it come with the next sync).
            if (n >= m_grense) {
                markor = revisjoner.constLast();
                be(c, embeterUtf8[e], markor, m_grense);
            } else if (++e < m_embeter.size()) {
                markor = m_markorer[e];
                be(c, embeterUtf8[e], markor, m_grense);
            }
            if (n == 0)
                continue;
            ForsteSynk::Side side = ForsteSynk::dekod(embete, ider, revisjoner, dokumenter);
            const qint64 dekodet = tid.elapsed();
            lesCpu += cpu1 - cpu0;
            dekodCpu += cpuMs() - cpu1;
            rader += n;
            ++sider;
            std::unique_lock laas(m_laas);
            m_lestMs += lest;
            m_dekodetMs += dekodet;
            m_endret.wait(laas, [this] { return m_stopp || m_sider.size() < size_t(kForan); });
            if (m_stopp)
                return;
            m_sider.push_back(std::move(side));
            laas.unlock();
            m_endret.notify_all();
        }
    } catch (...) {
        const std::lock_guard laas(m_laas);
        m_feil = std::current_exception();
    }
    {
        const std::lock_guard laas(m_laas);
        m_ferdig = true;
    }
    m_endret.notify_all();
}

std::optional<ForsteSynk::Side> ForsteHenting::neste()
{
    QElapsedTimer tid;
    tid.start();
    std::unique_lock laas(m_laas);
    m_endret.wait(laas, [this] { return !m_sider.empty() || m_ferdig; });
    m_ventetMs += tid.elapsed();
    if (!m_sider.empty()) {
        ForsteSynk::Side side = std::move(m_sider.front());
        m_sider.pop_front();
        laas.unlock();
        m_endret.notify_all();
        return side;
    }
    if (m_feil)
        std::rethrow_exception(m_feil);
    return std::nullopt;
}

} // namespace tilsyn
