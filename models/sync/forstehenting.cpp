#include "forstehenting.h"

#include "sync/sentralfeil.h"
#include "sync/sentraltilkobling.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QThread>

#include <libpq-fe.h>

#include <memory>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

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

// A page of tilsyn_pull (the only way a user reads cases: SECURITY DEFINER, row-level security),
// as text. Throws SentralFeil like SentralTilkobling::kjoer.
Resultat hentSide(PGconn *c, const QByteArray &embete, qint64 etter, int grense)
{
    const QByteArray etterTekst = QByteArray::number(etter), grenseTekst = QByteArray::number(grense);
    const char *verdier[3] = {embete.constData(), etterTekst.constData(), grenseTekst.constData()};
    Resultat r(PQexecParams(c, "SELECT sak_id::text, rev, dokument::text FROM tilsyn_pull($1, $2, $3)", 3, nullptr,
                            verdier, nullptr, nullptr, 0));
    if (r && PQresultStatus(r.get()) == PGRES_TUPLES_OK && PQnfields(r.get()) == 3)
        return r;
    const QString melding = QString::fromUtf8(r ? PQresultErrorMessage(r.get()) : PQerrorMessage(c)).trimmed();
    const QByteArray kode = r ? QByteArray(PQresultErrorField(r.get(), PG_DIAG_SQLSTATE)) : QByteArray();
    const bool borte = PQstatus(c) != CONNECTION_OK || kode.isEmpty() || kode.startsWith("08") || kode.startsWith("57")
                       || kode.startsWith("40") || kode.startsWith("53");
    throw SentralFeil(u"kan ikke hente endringer: "_s + melding,
                      borte ? SentralFeil::Art::Utilgjengelig : SentralFeil::Art::Annet);
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
        for (qsizetype e = 0; e < m_embeter.size(); ++e) {
            const QString &embete = m_embeter[e];
            const QByteArray embeteUtf8 = embete.toUtf8();
            qint64 markor = m_markorer[e];
            for (;;) {
                QElapsedTimer tid;
                tid.start();
                const Resultat r = hentSide(c, embeteUtf8, markor, m_grense);
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
                if (ider.isEmpty())
                    break;
                markor = revisjoner.constLast();
                ForsteSynk::Side side = ForsteSynk::dekod(embete, ider, revisjoner, dokumenter);
                const qint64 dekodet = tid.elapsed();
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
