#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <utility>

struct sqlite3;

namespace tilsyn {

/// Builds the search index (the FTS5 table `tilsynssak_sok`, migration 044) of a bulk load into
/// an empty store on a thread of its own while the writing thread writes the rows, so the
/// second core does the tokenising instead of a 'rebuild' after the load (issue 14).
///
/// The thread fills a private in-memory SQLite database holding the same table: the same
/// SQLite library, the store's own CREATE VIRTUAL TABLE text and FTS5 settings, fed the
/// (rowid, soketekst) of every case row as it was inserted. kopierInn() then drops and makes
/// the store's table again from the same text and copies the private shadow tables' rows
/// (`_data`, `_idx`, `_docsize`, `_config`) into it, inside the caller's transaction: the index
/// 'rebuild' would make, with a fresh FTS5 object that has read nothing stale.
class Soekebygger final
{
public:
    /// Reads the table's definition and settings from `lager` (the writing connection) and
    /// starts the thread. Throws StoreError when the private database cannot be made.
    explicit Soekebygger(struct sqlite3 *lager);
    /// Stops the thread (what it built is dropped unless kopierInn() took it).
    ~Soekebygger();
    Q_DISABLE_COPY_MOVE(Soekebygger)

    /// Rows just inserted into tilsynssak: (rowid, soketekst). Called on the writing thread;
    /// returns at once.
    void legg(QList<std::pair<qint64, QString>> rader);

    /// Waits for the thread and, when the store's tilsynssak holds exactly the rows given (count
    /// and sum of rowids) and the thread built them all, replaces the store's search index with
    /// the built one and returns true. Returns false with the store's index untouched otherwise
    /// (the caller builds it the usual way). Throws StoreError when writing the store fails.
    bool kopierInn();

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace tilsyn
