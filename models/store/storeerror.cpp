#include "storeerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

StoreError StoreError::fraSql(const QSqlError &feil, const QString &hva)
{
    const QString tekst = feil.databaseText().isEmpty() ? feil.text() : feil.databaseText();
    const QString kode = feil.nativeErrorCode();
    // SQLite primary result codes: 5 BUSY, 6 LOCKED, 8 READONLY, 11 CORRUPT, 26 NOTADB, 19 CONSTRAINT.
    if (kode == u"5" || kode == u"6" || tekst.contains(u"locked"_s))
        return StoreError(u"%1: lageret er låst av et annet program (prøv igjen når det er ferdig)"_s.arg(hva),
                          Art::Laast);
    if (kode == u"11" || kode == u"26" || tekst.contains(u"not a database"_s)
        || tekst.contains(u"malformed"_s))
        return StoreError(u"%1: filen er ikke et gyldig lager eller er skadet (%2)"_s.arg(hva, tekst),
                          Art::Korrupt);
    if (kode == u"8" || tekst.contains(u"readonly"_s) || tekst.contains(u"read-only"_s))
        return StoreError(u"%1: lageret er skrivebeskyttet (%2)"_s.arg(hva, tekst));
    return StoreError(u"%1: %2"_s.arg(hva, tekst));
}

void kjoer(QSqlQuery &q, const char *hva)
{
    if (!q.exec())
        throw StoreError::fraSql(q.lastError(), QString::fromUtf8(hva));
}

void kjoer(QSqlQuery &q, const QString &sql, const char *hva)
{
    if (!q.exec(sql))
        throw StoreError::fraSql(q.lastError(), QString::fromUtf8(hva));
}

} // namespace tilsyn
