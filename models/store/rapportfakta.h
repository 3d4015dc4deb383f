#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace tilsyn {

/// The report facts (local migration 039), kept by triggers (rapport_sak_*, rapport_restanse_*)
/// in the transaction that writes a case:
/// - rapport_sak: one narrow row per closed case with what the temaer, kilder and vurderinger
///   reports read from the child tables, equal to the view rapport_sak_beregnet;
/// - rapport_restanse: the cases counted per key of the view rapport_restanse_noekkel (the years
///   that decide the restanser report for a calendar year).
/// Derived data only: these functions make it again. All run inside the caller's transaction and
/// throw StoreError on a database failure.
class Rapportfakta final
{
public:
    Rapportfakta() = delete;

    /// Writes the facts in one INSERT ... SELECT per table. etterRad 0: all of them (the tables
    /// are emptied first). etterRad > 0: only the cases with rowid > etterRad, which must not be
    /// counted yet (the new cases of a bulk load: rowids only grow). Returns the number of
    /// rapport_sak rows written (the closed cases among them).
    static qint64 bygg(const QSqlDatabase &db, qint64 etterRad = 0);

    /// The number of rows in which the facts differ from what the views compute (0: in step).
    static qint64 avvik(const QSqlDatabase &db);

    /// The names of the triggers that keep the facts current, in schema order.
    static QStringList triggere(const QSqlDatabase &db);
};

/// The facts' triggers out of the way of a bulk load, as BulkSkriver does for the indexes: the
/// constructor drops the rapport_* triggers (their SQL read from sqlite_schema as it is now)
/// and ferdig() writes the facts of the loaded cases in one INSERT ... SELECT and creates the
/// triggers again from the same SQL. Both must run inside the caller's write transaction, so a
/// failed or killed load rolls back to the triggers and facts it started with. Without ferdig()
/// (an exception on the way) the caller's rollback restores them.
///
/// Use: `RapportfaktaPause pause(db);` before the first row, `pause.ferdig(hoeyesteRowidFoer);`
/// after the last, where hoeyesteRowidFoer is max(rowid) of tilsynssak before the load (0: the
/// store was empty, or cases were updated too: all facts are made again).
class RapportfaktaPause final
{
public:
    explicit RapportfaktaPause(QSqlDatabase db);
    ~RapportfaktaPause() = default;
    Q_DISABLE_COPY_MOVE(RapportfaktaPause)

    /// Returns the number of fact rows written. `skrevet`: the caller has written both tables
    /// itself (BulkSkriver's RapportRader); only the triggers are made again, returns 0.
    qint64 ferdig(qint64 etterRad, bool skrevet = false);

private:
    QSqlDatabase m_db;
    QStringList m_triggere; ///< CREATE TRIGGER statements, in schema order
};

} // namespace tilsyn
