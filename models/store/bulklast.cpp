#include "bulklast.h"

#include "store/storeerror.h"

#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

BulkLast::BulkLast(const QSqlDatabase &db, const QStringList &tabeller) : m_db(db)
{
    QSqlQuery q(m_db);
    QStringList navn;
    for (const QString &tabell : tabeller) {
        q.prepare(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
                  u"AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY rowid"_s);
        q.addBindValue(tabell);
        kjoer(q, "kan ikke lese indeksene");
        while (q.next()) {
            navn.append(q.value(0).toString());
            m_indekser.append(q.value(1).toString());
        }
    }
    q.finish();
    for (const QString &n : std::as_const(navn))
        kjoer(q, u"DROP INDEX \"%1\""_s.arg(n), "kan ikke fjerne en indeks før innlastingen");
}

void BulkLast::gjenoppbygg()
{
    QSqlQuery q(m_db);
    for (const QString &sql : std::as_const(m_indekser))
        kjoer(q, sql, "kan ikke bygge en indeks etter innlastingen");
    m_indekser.clear();
}

} // namespace tilsyn
