#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tilsyn {

class StoreError;

/// The SQLite handle under a QSQLITE connection, for the bulk paths that run SQLite's own
/// prepared statements (BulkSkriver, ForsteSynk). Throws StoreError when `db` is not an open
/// SQLite connection.
struct sqlite3 *raaHandle(const QSqlDatabase &db);

/// A StoreError from the handle's last error, as StoreError::fraSql makes one from a QSqlError.
StoreError sqliteFeil(struct sqlite3 *db, const QString &hva);

/// Runs `sql` (one or more statements, no rows wanted); throws sqliteFeil(db, hva) on failure.
void utfoer(struct sqlite3 *db, const QString &sql, const char *hva);

/// The first column of the first row of `sql` (a PRAGMA, a count) as an integer; 0 when no row.
/// Throws StoreError ("kan ikke lese lageret") when it cannot be prepared.
qint64 heltallSvar(struct sqlite3 *db, const char *sql);

/// The (name, sql) rows of a query on sqlite_schema, e.g. the indexes or triggers a bulk load
/// sets aside and makes again. Throws StoreError ("kan ikke lese lagerets skjema") on failure.
QList<std::pair<QString, QString>> navnOgSql(struct sqlite3 *db, const QString &sql);

/// One SQLite prepared statement, reused for every row: bind, step, reset. Text bound without a
/// copy (SQLITE_STATIC): every QByteArray bound must outlive the step (a QString is converted
/// to UTF-8 into a buffer of the statement's own, one per parameter). Throws StoreError naming
/// the statement's purpose on failure.
class Setning final
{
public:
    Setning(struct sqlite3 *db, const char *sql);
    ~Setning();
    Q_DISABLE_COPY_MOVE(Setning)

    /// As Qt's SQLite driver binds a QVariant(QString): a null QString is SQL NULL. Bound as
    /// UTF-8 (Qt's converter, into this statement's buffer for parameter `i`), so SQLite does
    /// not convert UTF-16 itself for every row.
    void tekst(int i, const QString &s);
    void tekst(int i, const std::optional<QString> &s);
    /// UTF-8 text (no conversion inside SQLite; the store's encoding is UTF-8).
    void utf8(int i, const QByteArray &s);
    void heltall(int i, int v);
    void heltall64(int i, qint64 v);
    void heltall(int i, const std::optional<int> &v);
    void tom(int i);

    /// Runs it; false on a constraint failure when `tillatBrudd`, else throws naming `hva`.
    bool kjoer(const char *hva, bool tillatBrudd = false);
    /// Runs a query: true when it gives at least one row. Throws naming `hva`.
    bool harRad(const char *hva);
    /// Runs a query: the first row's columns as integers, empty when no row. Throws naming `hva`.
    QList<qint64> heltallRad(const char *hva);

private:
    struct sqlite3 *m_db;
    sqlite3_stmt *m_s = nullptr;
    std::vector<QByteArray> m_utf8; ///< per parameter (1-based), reused; never shrinks
};

} // namespace tilsyn
