#include "rapportfakta.h"

#include "store/storeerror.h"

#include <QSqlQuery>
#include <QVariant>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kKolonner = "sektor, avsluttet, sak_id, embete, bm, temaer, typer, kilder, vurderinger";
constexpr auto kNoekkel = "sektor, m_aar, a_aar, embete, g_aar, h_aar";
// rapport_sak_* and rapport_restanse_* (no other trigger starts with rapport_).
constexpr auto kTriggere = "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'rapport\\_%' "
                           "ESCAPE '\\' ORDER BY rowid";

} // namespace

qint64 Rapportfakta::bygg(const QSqlDatabase &db, qint64 etterRad)
{
    QSqlQuery q(db);
    if (etterRad <= 0) {
        kjoer(q, u"DELETE FROM rapport_sak"_s, "kan ikke tømme rapportgrunnlaget");
        kjoer(q, u"DELETE FROM rapport_restanse"_s, "kan ikke tømme rapportgrunnlaget");
    }
    const QVariant fra = std::max<qint64>(etterRad, 0);
    // All cases in id order, so the lookups into the child tables (keyed by sak_id) read them in
    // order; new cases by their rowid range.
    q.prepare(u"INSERT INTO rapport_sak (%1) SELECT %1 FROM rapport_sak_beregnet WHERE rad > ?%2"_s.arg(
        QLatin1StringView(kKolonner), etterRad <= 0 ? u" ORDER BY sak_id"_s : QString()));
    q.addBindValue(fra);
    kjoer(q, "kan ikke lage rapportgrunnlaget");
    const qint64 n = q.numRowsAffected();
    q.prepare(u"INSERT INTO rapport_restanse (%1, antall) SELECT %1, count(*) FROM rapport_restanse_noekkel "
              u"WHERE rad > ? GROUP BY %1 ON CONFLICT DO UPDATE SET antall = antall + excluded.antall"_s.arg(
                  QLatin1StringView(kNoekkel)));
    q.addBindValue(fra);
    kjoer(q, "kan ikke lage rapportgrunnlaget");
    return n;
}

qint64 Rapportfakta::avvik(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    const QLatin1StringView k(kKolonner);
    const QString r = u"SELECT %1, antall FROM rapport_restanse WHERE antall <> 0"_s.arg(QLatin1StringView(kNoekkel));
    const QString b = u"SELECT %1, count(*) FROM rapport_restanse_noekkel GROUP BY %1"_s.arg(QLatin1StringView(kNoekkel));
    kjoer(q,
          u"SELECT (SELECT count(*) FROM (SELECT %1 FROM rapport_sak EXCEPT SELECT %1 FROM rapport_sak_beregnet)) "
          u"+ (SELECT count(*) FROM (SELECT %1 FROM rapport_sak_beregnet EXCEPT SELECT %1 FROM rapport_sak)) "
          u"+ (SELECT count(*) FROM (%2 EXCEPT %3)) + (SELECT count(*) FROM (%3 EXCEPT %2))"_s.arg(k, r, b),
          "kan ikke lese rapportgrunnlaget");
    return q.next() ? q.value(0).toLongLong() : 0;
}

QStringList Rapportfakta::triggere(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    kjoer(q, QString::fromLatin1(kTriggere), "kan ikke lese lagerets triggere");
    QStringList ut;
    while (q.next())
        ut.append(q.value(0).toString());
    return ut;
}

RapportfaktaPause::RapportfaktaPause(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    kjoer(q, QString::fromLatin1(kTriggere), "kan ikke lese lagerets triggere");
    QStringList navn;
    while (q.next()) {
        navn.append(q.value(0).toString());
        m_triggere.append(q.value(1).toString());
    }
    q.finish();
    for (const QString &n : std::as_const(navn))
        kjoer(q, u"DROP TRIGGER \"%1\""_s.arg(n), "kan ikke fjerne en trigger før innlastingen");
}

qint64 RapportfaktaPause::ferdig(qint64 etterRad, bool skrevet)
{
    const qint64 n = skrevet ? 0 : Rapportfakta::bygg(m_db, etterRad);
    QSqlQuery q(m_db);
    for (const QString &sql : std::as_const(m_triggere))
        kjoer(q, sql, "kan ikke lage en trigger etter innlastingen");
    m_triggere.clear();
    return n;
}

} // namespace tilsyn
