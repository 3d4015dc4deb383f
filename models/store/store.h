#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace tilsyn {

class Katalog;

/// The local SQLite store: one file per user profile. Owns one named connection, used only from
/// the thread that opened it; a worker thread opens its own Store on the same file.
/// Opening applies the pragmas (WAL, foreign keys, synchronous=FULL) and the numbered migrations
/// from resources/sql/local in one transaction, with PRAGMA user_version as the schema version.
class Store final
{
public:
    struct Valg
    {
        int ventetidMs = 3000;      ///< how long to wait for a lock before reporting "locked"
        /// Open read-only (no migrations; schema must be current). A user who cannot write the
        /// store reads it without creating or locking anything (SQLite `immutable`), or, while
        /// the owner's -wal file holds changes, through the owner's -shm file read-only.
        bool lesKunn = false;
    };

    /// Opens (creating if needed) the store at `sti`. Throws StoreError with a clear message for
    /// a locked, read-only, corrupt, foreign or newer-schema file.
    static std::unique_ptr<Store> aapne(const QString &sti, const Valg &valg);
    static std::unique_ptr<Store> aapne(const QString &sti) { return aapne(sti, Valg{}); }
    /// For commands that only read (export, report, letter): read-only; a store that still
    /// needs a migration is opened for writing first (by a user who may write it).
    static std::unique_ptr<Store> aapneForLesing(const QString &sti);
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    /// The program's data folder: "tilsynsklient" in the platform's data location
    /// (~/.local/share/tilsynsklient on Linux).
    static QString dataMappe();
    /// The platform default: tilsynsklient.sqlite in dataMappe().
    static QString standardSti();
    /// The schema version this program writes.
    static int skjemaversjon();
    /// PRAGMA application_id of a Tilsynsklient store (backup checks its copies with it).
    static int applicationId();

    QSqlDatabase db() const;
    QString sti() const { return m_sti; }
    int versjon() const;

    /// This installation's stable client id (made on first open), used by sync.
    QString klientId() const;
    QString meta(const QString &noekkel) const;
    void settMeta(const QString &noekkel, const QString &verdi);

    /// Records the catalogue version in the store if it is new to it.
    void registrerKatalog(const Katalog &katalog);

    /// Whether another connection has this store's file open: another Store of this process (the
    /// GUI's reader threads) or another process (on Unix: its read lock on the WAL index's DMS
    /// byte, which SQLite holds for as long as a connection has a WAL store open; F_GETLK sees
    /// other processes' locks only). True where that cannot be told.
    bool andreTilkoblinger() const;

    /// PRAGMA integrity_check; "ok" when healthy.
    QString integritetssjekk() const;

private:
    Store(QString sti, QString tilkobling);
    void migrer();

    QString m_sti;
    QString m_tilkobling;
    bool m_ventendeWal = false; ///< read-only through the owner's -wal and -shm
};

/// One transaction, rolled back unless committed (RAII). BEGIN IMMEDIATE takes the write lock at
/// once, so a busy store is reported before any work is done.
class Transaksjon final
{
public:
    explicit Transaksjon(const QSqlDatabase &db);
    ~Transaksjon();
    Q_DISABLE_COPY_MOVE(Transaksjon)
    void commit();

private:
    QSqlDatabase m_db;
    bool m_aktiv = false;
};

} // namespace tilsyn
