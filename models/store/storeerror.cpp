#include "storeerror.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// The file of the connection a query ran on (asked only when it failed).
QString lagerfil(const QSqlDriver *driver)
{
    for (const QString &navn : QSqlDatabase::connectionNames()) {
        const QSqlDatabase db = QSqlDatabase::database(navn, false);
        if (db.driver() == driver)
            return db.databaseName();
    }
    return {};
}

} // namespace

StoreError StoreError::fraSql(const QSqlError &feil, const QString &hva, const QString &fil)
{
    const QString tekst = feil.databaseText().isEmpty() ? feil.text() : feil.databaseText();
    const QString kode = feil.nativeErrorCode();
    // 13 FULL, 10 IOERR (and its extended codes): the store's file could not be written.
    const QString navn = fil.isEmpty() ? u"lageret"_s : fil;
    if (kode == u"13" || tekst.contains(u"disk is full"_s))
        return StoreError(u"%1: %2: kan ikke skrive filen: disken er full (%3)"_s.arg(hva, navn, tekst));
    if (kode == u"10" || (kode.toInt() & 0xFF) == 10 || tekst.contains(u"I/O error"_s))
        return StoreError(u"%1: %2: kan ikke skrive filen: inn/ut-feil (%3)"_s.arg(hva, navn, tekst));
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
        throw StoreError::fraSql(q.lastError(), QString::fromUtf8(hva), lagerfil(q.driver()));
}

void kjoer(QSqlQuery &q, const QString &sql, const char *hva)
{
    if (!q.exec(sql))
        throw StoreError::fraSql(q.lastError(), QString::fromUtf8(hva), lagerfil(q.driver()));
}

} // namespace tilsyn
