#include "pgtestmiljo.h"

#include "sync/sentralskjema.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace tilsyn::test {

using namespace Qt::StringLiterals;

namespace {

// Roles are cluster-wide and ctest may run test programs in parallel in one cluster: creating
// roles is serialised by a session lock in the shared maintenance database.
class RolleLaas final
{
public:
    explicit RolleLaas(const SentralTilkobling &t) : m_t(t)
    {
        m_t.kjoer(u"SELECT pg_advisory_lock(4242)"_s, {}, "kan ikke låse");
    }
    ~RolleLaas()
    {
        try {
            m_t.kjoer(u"SELECT pg_advisory_unlock(4242)"_s, {}, "kan ikke låse opp");
        } catch (...) {
            // the lock ends with the session anyway
        }
    }
    Q_DISABLE_COPY_MOVE(RolleLaas)

private:
    const SentralTilkobling &m_t;
};

} // namespace

bool PgTestMiljo::tilgjengelig()
{
    return !qEnvironmentVariableIsEmpty("PGHOST");
}

PgTestMiljo::PgTestMiljo()
    : m_db(u"tilsyn_t_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    m_vedlikehold = std::make_unique<SentralTilkobling>(u"user=postgres"_s);
    m_vedlikehold->kjoer(u"CREATE DATABASE %1"_s.arg(m_db), {}, "kan ikke lage testdatabase");
    const RolleLaas laas(*m_vedlikehold);
    SentralSkjema::installer(*admin());
}

PgTestMiljo::~PgTestMiljo()
{
    try {
        m_vedlikehold->kjoer(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_db), {}, "kan ikke slette testdatabase");
    } catch (...) {
        // The throwaway cluster is removed by pg_virtualenv anyway.
    }
}

QString PgTestMiljo::conninfo(const QString &bruker) const
{
    return u"dbname=%1 user=%2"_s.arg(m_db, bruker);
}

QString PgTestMiljo::adminConninfo() const
{
    return conninfo(u"postgres"_s);
}

std::unique_ptr<SentralTilkobling> PgTestMiljo::admin() const
{
    return std::make_unique<SentralTilkobling>(adminConninfo());
}

void PgTestMiljo::opprettEmbete(const QString &embete)
{
    const RolleLaas laas(*m_vedlikehold);
    verdi(u"SELECT tilsyn_opprett_embete(?)"_s, {embete});
}

QString PgTestMiljo::opprettBruker(const QString &navn, const QStringList &embeter)
{
    const QString bruker = navn + u'_' + m_db.mid(9);
    const QString passord = qEnvironmentVariable("PGPASSWORD").replace(u'\'', u"''"_s);
    const RolleLaas laas(*m_vedlikehold);
    auto a = admin();
    a->kjoer(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(bruker, passord), {}, "kan ikke lage bruker");
    for (const QString &e : embeter) {
        a->kjoer(u"GRANT tilsyn_embete_%1 TO %2"_s.arg(QString(e).replace(u'-', u'_'), bruker), {},
                 "kan ikke gi brukeren embetet");
    }
    return bruker;
}

QVariant PgTestMiljo::verdi(const QString &sql, const QVariantList &verdier) const
{
    auto a = admin();
    QSqlQuery q = a->kjoer(sql, verdier, "testspørring");
    return q.next() ? q.value(0) : QVariant();
}

} // namespace tilsyn::test
