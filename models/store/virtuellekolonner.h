#pragma once

#include <QList>
#include <QString>

struct sqlite3;

namespace tilsyn {

/// The VIRTUAL generated columns at the end of a table set aside for a bulk load (issue 14): the
/// case list's Norwegian sort keys (migrations 008, 056) are read only by their two indexes, but
/// SQLite computes every generated column of a row on each INSERT, and their sixteen-replace()
/// chains were ~0.6 s of a 100 000-case import. A VIRTUAL column is not stored, so dropping it
/// rewrites nothing, and ALTER TABLE ADD COLUMN with the definition the drop took out of the
/// table's SQL text gives back the same text (checked: StoreError otherwise). Both in the caller's
/// transaction: a kill or failure in between rolls the columns back with everything else.
/// The caller must first drop every index on the columns; a column something else still reads
/// (a view, a trigger) makes SQLite refuse the drop, and that column and those before it stay.
class VirtuelleKolonner final
{
public:
    /// Drops the trailing run of VIRTUAL generated columns of `tabell`, last first.
    VirtuelleKolonner(struct sqlite3 *db, const QString &tabell);
    Q_DISABLE_COPY_MOVE(VirtuelleKolonner)

    /// The names of the columns set aside, in the table's order.
    QStringList navn() const;
    /// Adds them back in their order; throws StoreError when the table's SQL text is not the same
    /// as before (the caller's transaction then rolls back). Once only.
    void leggTilbake();

private:
    struct sqlite3 *m_db;
    QString m_tabell;
    QString m_sqlFoer;
    QList<std::pair<QString, QString>> m_kolonner; ///< (name, definition), last column first
};

} // namespace tilsyn
