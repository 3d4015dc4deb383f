#pragma once

#include <QString>

#include <exception>

class QSqlError;
class QSqlQuery;

namespace tilsyn {

/// An operational failure of the local store (locked, corrupt, read-only, newer schema, I/O).
/// Validation problems are not errors: they are returned as Problemer.
class StoreError final : public std::exception
{
public:
    enum class Art { Annet, Laast, Korrupt, NyereSkjema, Konflikt, IkkeFunnet, Avvist };

    explicit StoreError(QString melding, Art art = Art::Annet)
        : m_melding(std::move(melding)), m_art(art), m_utf8(m_melding.toUtf8()) {}

    const QString &melding() const { return m_melding; }
    Art art() const { return m_art; }
    const char *what() const noexcept override { return m_utf8.constData(); }

    /// Translates SQLite's error into a message a caseworker can act on. A full disk or an I/O
    /// error names the store's file `fil` ("HVA: FIL: kan ikke skrive filen: disken er full (…)").
    static StoreError fraSql(const QSqlError &feil, const QString &hva, const QString &fil = {});

private:
    QString m_melding;
    Art m_art;
    QByteArray m_utf8;
};

/// Runs a prepared query or throws StoreError naming what was being done (and the store's file
/// when it could not be written).
void kjoer(QSqlQuery &q, const char *hva);
/// Prepares and runs a statement without bound values, or throws.
void kjoer(QSqlQuery &q, const QString &sql, const char *hva);

} // namespace tilsyn
