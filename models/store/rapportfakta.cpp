#include "rapportfakta.h"

#include "store/storeerror.h"

#include <QSqlQuery>
#include <QVariant>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kKolonner = "sektor, avsluttet, sak_id, embete, bm, temaer, typer, kilder, vurderinger";
constexpr auto kTriggere = "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'rapport\\_sak\\_%' "
                           "ESCAPE '\\' ORDER BY rowid";

} // namespace

qint64 Rapportfakta::bygg(const QSqlDatabase &db, qint64 etterRad)
{
    QSqlQuery q(db);
    if (etterRad <= 0)
        kjoer(q, u"DELETE FROM rapport_sak"_s, "kan ikke tømme rapportgrunnlaget");
    q.prepare(u"INSERT INTO rapport_sak (%1) SELECT %1 FROM rapport_sak_beregnet WHERE rad > ?"_s.arg(
        QLatin1StringView(kKolonner)));
    q.addBindValue(std::max<qint64>(etterRad, 0));
    kjoer(q, "kan ikke lage rapportgrunnlaget");
    return q.numRowsAffected();
}

qint64 Rapportfakta::avvik(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    kjoer(q,
          u"SELECT (SELECT count(*) FROM (SELECT %1 FROM rapport_sak EXCEPT SELECT %1 FROM rapport_sak_beregnet)) "
          u"+ (SELECT count(*) FROM (SELECT %1 FROM rapport_sak_beregnet EXCEPT SELECT %1 FROM rapport_sak))"_s.arg(
              QLatin1StringView(kKolonner)),
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

qint64 RapportfaktaPause::ferdig(qint64 etterRad)
{
    const qint64 n = Rapportfakta::bygg(m_db, etterRad);
    QSqlQuery q(m_db);
    for (const QString &sql : std::as_const(m_triggere))
        kjoer(q, sql, "kan ikke lage en trigger etter innlastingen");
    m_triggere.clear();
    return n;
}

} // namespace tilsyn
