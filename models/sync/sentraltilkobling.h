#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <map>
#include <memory>

class QSqlQuery;

namespace tilsyn {

/// One connection to the central PostgreSQL store (QPSQL), owned by the thread that opens it.
/// CONNINFO is a libpq key=value string; the password comes from PGPASSWORD, else from the
/// platform keychain (PassordLager, for "user@host/dbname"), else from ~/.pgpass (libpq) —
/// never from the connection string.
class SentralTilkobling final
{
public:
    /// Opens the connection; throws SentralFeil (Ugyldig for a bad string, Utilgjengelig when
    /// the server cannot be reached or refuses the login). `passord`: one typed for this
    /// connection only (the settings dialog's test), instead of the sources above.
    explicit SentralTilkobling(const QString &conninfo, const QString &passord = QString());
    ~SentralTilkobling();
    Q_DISABLE_COPY_MOVE(SentralTilkobling)

    /// Checks a connection string: key=value pairs, no password. Empty when fine, else why not.
    static QString kontroller(const QString &conninfo);

    QSqlDatabase db() const;
    /// Prepares and runs `sql` with `verdier` bound in order; throws SentralFeil on failure
    /// (Utilgjengelig when the connection is gone).
    QSqlQuery kjoer(const QString &sql, const QVariantList &verdier, const char *hva) const;
    /// Runs `sql` (no bound values) as a statement prepared on this connection the first time
    /// and kept until it closes: one round trip per call, and the server neither parses nor plans
    /// it again (the no-op sync's status call). The query stays this connection's: read it, then
    /// finish() it. Throws as kjoer(); counts in spoerringer().
    QSqlQuery &kjoerForberedt(const QString &sql, const char *hva) const;
    /// Statements run through kjoer() and kjoerForberedt() on this connection so far (each one or
    /// more round trips).
    qint64 spoerringer() const { return m_spoerringer; }

private:
    QString m_navn;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_forberedte;
    mutable qint64 m_spoerringer = 0;
};

} // namespace tilsyn
