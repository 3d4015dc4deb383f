#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace tilsyn {

/// Secondary indexes out of the way of a bulk load: the constructor drops every non-unique index
/// of `tabeller` (as the schema has them now, read from sqlite_master) and gjenoppbygg() creates
/// them again from the same SQL, once, after the load. Both must run inside the caller's write
/// transaction: if the load fails or the program is killed, the rollback restores the indexes
/// with everything else. Unique indexes stay (they are rules, and lookups during the load use
/// them). Throws StoreError.
class BulkLast final
{
public:
    BulkLast(const QSqlDatabase &db, const QStringList &tabeller);
    ~BulkLast() = default;
    Q_DISABLE_COPY_MOVE(BulkLast)

    void gjenoppbygg();
    qsizetype antallIndekser() const { return m_indekser.size(); }

private:
    QSqlDatabase m_db;
    QStringList m_indekser; ///< CREATE INDEX statements, in schema order
};

} // namespace tilsyn
