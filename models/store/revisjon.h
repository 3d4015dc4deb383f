#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace tilsyn {

struct Endringskontekst;

/// Appends one row to the audit trail, inside the caller's transaction.
void skrivRevisjon(const QSqlDatabase &db, const Endringskontekst &hvem, const QString &sakId,
                   const QString &handling, const QJsonObject &endringer);

} // namespace tilsyn
