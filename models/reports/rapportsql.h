#pragma once

// Shared SQL pieces of the report engine. Internal to models/reports.

#include "rapportvalg.h"
#include "store/storeerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace tilsyn::rapportsql {

/// Restricts `t` (tilsynssak) to the selection's sektor and embete.
inline QString sektorOgEmbete(const Rapportvalg &valg)
{
    QString w = QStringLiteral("t.sektor = :sektor");
    if (!valg.embete.isEmpty())
        w += QStringLiteral(" AND t.embete = :embete");
    return w;
}

/// Restricts `t` to cases closed in the period, in the selection's sektor and embete.
inline QString avsluttetIPerioden(const Rapportvalg &valg)
{
    return sektorOgEmbete(valg) + QStringLiteral(" AND t.avsluttet BETWEEN :fra AND :til");
}

/// Restricts `f` (rapport_sak, the report facts of closed cases: migration 039) to cases closed in
/// the period, in the selection's sektor and embete: one range of its primary key.
inline QString faktaIPerioden(const Rapportvalg &valg)
{
    QString w = QStringLiteral("f.sektor = :sektor AND f.avsluttet BETWEEN :fra AND :til");
    if (!valg.embete.isEmpty())
        w += QStringLiteral(" AND f.embete = :embete");
    return w;
}

/// The items of one of rapport_sak's lists (separated by char(31)); with `distinkte`, each once.
inline QStringList faktaliste(const QString &liste, bool distinkte)
{
    QStringList ut = liste.split(QChar(31), Qt::SkipEmptyParts);
    if (distinkte)
        ut.removeDuplicates();
    return ut;
}

/// Prepares `sql`, binds whichever of :sektor, :embete, :fra, :til it names, and runs it.
inline QSqlQuery kjoerSql(const QSqlDatabase &db, const QString &sql, const Rapportvalg &valg)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw StoreError::fraSql(q.lastError(), QStringLiteral("kan ikke lage rapporten"));
    if (sql.contains(QStringLiteral(":sektor")))
        q.bindValue(QStringLiteral(":sektor"), valg.sektor);
    if (sql.contains(QStringLiteral(":embete")))
        q.bindValue(QStringLiteral(":embete"), valg.embete);
    if (sql.contains(QStringLiteral(":fra")))
        q.bindValue(QStringLiteral(":fra"), valg.fra.toString(Qt::ISODate));
    if (sql.contains(QStringLiteral(":til")))
        q.bindValue(QStringLiteral(":til"), valg.til.toString(Qt::ISODate));
    kjoer(q, "kan ikke lage rapporten");
    return q;
}

} // namespace tilsyn::rapportsql
