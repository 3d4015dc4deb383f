#include "forstehenting.h"

#include "sync/sentralfeil.h"
#include "sync/sentraltilkobling.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

namespace tilsyn {

using namespace Qt::StringLiterals;

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
        for (qsizetype e = 0; e < m_embeter.size(); ++e) {
            const QString &embete = m_embeter[e];
            qint64 markor = m_markorer[e];
            for (;;) {
                QElapsedTimer tid;
                tid.start();
                QSqlQuery q = t.kjoer(u"SELECT sak_id::text, rev, dokument::text FROM tilsyn_pull(?, ?, ?)"_s,
                                      {embete, markor, m_grense}, "kan ikke hente endringer");
                QStringList ider, dokumenter;
                QList<qint64> revisjoner;
                ider.reserve(m_grense);
                dokumenter.reserve(m_grense);
                revisjoner.reserve(m_grense);
                while (q.next()) {
                    ider.append(q.value(0).toString());
                    revisjoner.append(q.value(1).toLongLong());
                    dokumenter.append(q.value(2).toString());
                }
                q.finish();
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
