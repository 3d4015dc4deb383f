#pragma once

#include <QByteArray>
#include <QList>

#include <memory>

struct sqlite3;

namespace tilsyn {

class Fremdrift;
class Katalog;
class Store;
struct Endringskontekst;
struct Tilsynssak;

/// Writes many new cases at once, inside the caller's transaction (so a kill leaves all or
/// nothing): the same rows SakRepository::skriv writes for a new case (the case row with its
/// derived columns, its children, one audit row "opprettet" with the whole first state, one
/// outbox op when `hvem.tilUtboks`), through SQLite's own prepared statements reused for every
/// row, with the per-case JSON and derived columns made on every core first.
/// With `byggEtterpaa` the secondary indexes of the case tables and the search index's insert
/// trigger are dropped for the load and built once after it, in the same transaction; the
/// search index then gets the new rows in one statement. Callers choose it with
/// lonnerGjenoppbygging().
class BulkSkriver final
{
public:
    BulkSkriver(Store &store, const Katalog &katalog);
    ~BulkSkriver();
    Q_DISABLE_COPY_MOVE(BulkSkriver)

    /// Fewest new cases for which dropping and rebuilding the indexes is considered at all.
    static constexpr qint64 kMinstForGjenoppbygging = 2000;

    /// True when building the indexes after the load costs less than keeping them current row
    /// by row: the store is empty, or the `nye` cases are at least kMinstForGjenoppbygging and
    /// at least a quarter of the `lagret` ones (building reads every row, old and new, once).
    static bool lonnerGjenoppbygging(qint64 nye, qint64 lagret);

    /// Whether every CHECK constraint in the case tables' SQL is one that skriv() keeps true
    /// itself (alvorlig, behandlingsmaate, the outbox's status: the migrations' own); then the
    /// load runs with `ignore_check_constraints`, else SQLite checks them row by row. A word
    /// "check" anywhere else in the tables' SQL (a comment, a name) counts as an unknown one.
    static bool bareKjenteSjekker(struct sqlite3 *db);

    /// Inserts `saker`, none of which may be in the store (else StoreError Konflikt, naming
    /// the first such case). Other failures throw StoreError as SakRepository does. The caller
    /// holds the write transaction and has validated the cases.
    void skrivNye(const QList<const Tilsynssak *> &saker, const Endringskontekst &hvem, bool byggEtterpaa);

    /// skrivNye() in parts, for a load that arrives in pages (the bulk first sync): begynn()
    /// drops the indexes when `byggEtterpaa`, each skriv() inserts one batch of new cases and
    /// fullfoer() builds the indexes and the search index once. All inside the caller's one
    /// transaction; a BulkSkriver destroyed without fullfoer() leaves the rollback to restore them.
    /// `serverRev` (empty, or one per case) is stored as each case's server_rev. `revisjoner`
    /// (empty, or one per case) is the compact JSON of each case's audit row instead of its whole
    /// first state; no audit row at all when `hvem.revisjonsspor` is false. `beholdUnike` keeps
    /// the unique indexes current during the load (for a caller that looks up by them);
    /// `helSoekeindeks` rebuilds the whole search index instead of adding the new rows (for a
    /// caller that changed rows written during the load, whose search rows the update trigger
    /// cannot have kept right without the insert trigger).
    void begynn(bool byggEtterpaa, bool beholdUnike = false);
    void skriv(const QList<const Tilsynssak *> &saker, const Endringskontekst &hvem,
               const QList<qint64> &serverRev = {}, const QList<QByteArray> &revisjoner = {});
    void fullfoer(bool helSoekeindeks = false);

    /// Progress of skrivNye() reported to `fremdrift` as (`foer` + cases written, `totalt`);
    /// cancelling throws Avbrutt between cases and the caller's transaction rolls back.
    void settFremdrift(Fremdrift *fremdrift, qint64 foer, qint64 totalt);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

/// A bulk load's transaction written through a rollback journal instead of the WAL, when this
/// connection has the store to itself. Through the WAL every page a load writes is written twice:
/// into the WAL at the commit, then into the store by the checkpoint after it (for 100 000 cases
/// ~180 MB each, and the checkpoint's reads). A rollback journal holds only the old content of
/// the pages that existed before the load (little, for an empty store) and the new pages go
/// straight into the store; a kill at any point still leaves all or nothing (the next opening
/// rolls the journal back). Made before the caller's transaction begins and destroyed after it
/// ended (declare it before the Transaksjon): the store is then in WAL again. When another
/// connection has the store open (Store::andreTilkoblinger(): the GUI's reader threads, another
/// program), or SQLite cannot leave the WAL at once, nothing changes and aktiv() is false: a
/// reader would wait for the commit, which it never does in WAL mode. While it is active
/// `synchronous` is EXTRA (the journal's deletion, which commits, is synced too, as the WAL's
/// commit is).
class UtenWal final
{
public:
    /// Does nothing unless `oensket` (the caller's choice: a load large against the store).
    UtenWal(Store &store, bool oensket);
    ~UtenWal();
    Q_DISABLE_COPY_MOVE(UtenWal)

    bool aktiv() const { return m_aktiv; }

private:
    struct sqlite3 *m_db = nullptr;
    bool m_aktiv = false;
    int m_synkron = 2;
};

} // namespace tilsyn
