#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace tilsyn {

struct Endringskontekst;
struct Tilsynssak;

/// Appends one row to the audit trail, inside the caller's transaction.
void skrivRevisjon(const QSqlDatabase &db, const Endringskontekst &hvem, const QString &sakId,
                   const QString &handling, const QJsonObject &endringer);

/// A case as the audit trail records it: the contract's fields (sakTilJson) plus rapport_mottatt.
QJsonObject revisjonsdokument(const Tilsynssak &s);

} // namespace tilsyn
