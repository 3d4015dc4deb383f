#include "bulkskriver.h"

#include "store/setning.h"
#include "store/store.h"

#include <QLoggingCategory>

#include <sqlite3.h>

namespace tilsyn {

Q_DECLARE_LOGGING_CATEGORY(lcBulk)

namespace {

// PRAGMA journal_mode=`modus` ("delete", "wal"); whether the store is in that mode after it (SQLite
// answers with the mode it is in, and keeps the old one when it cannot change).
bool settJournalmodus(sqlite3 *db, const char *modus)
{
    sqlite3_stmt *s = nullptr;
    bool ok = false;
    if (sqlite3_prepare_v2(db, QByteArray("PRAGMA journal_mode=" + QByteArray(modus)).constData(), -1, &s, nullptr)
            == SQLITE_OK
        && sqlite3_step(s) == SQLITE_ROW)
        ok = qstricmp(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)), modus) == 0;
    sqlite3_finalize(s);
    return ok;
}

} // namespace

UtenWal::UtenWal(Store &store, bool oensket)
{
    // SQLite would leave the WAL under the feet of another connection that has the store open
    // but is not reading just now; its readers would then wait for the commit, and a program
    // opening the store during the load could not set WAL. So only with the store to itself.
    if (!oensket || store.andreTilkoblinger()) {
        if (oensket)
            qCInfo(lcBulk, "the store is open elsewhere: the load goes through the WAL");
        return;
    }
    sqlite3 *db = raaHandle(store.db());
    if (!sqlite3_get_autocommit(db))
        return; // inside a transaction the journal mode cannot change
    // Leaving the WAL needs the store to itself: ask once, without waiting for another connection.
    const int ventetid = int(heltallSvar(db, "PRAGMA busy_timeout"));
    sqlite3_busy_timeout(db, 0);
    const bool byttet = settJournalmodus(db, "delete");
    sqlite3_busy_timeout(db, ventetid);
    if (!byttet) {
        qCInfo(lcBulk, "the store could not leave the WAL at once: the load goes through it");
        return;
    }
    m_db = db;
    m_aktiv = true;
    m_synkron = int(heltallSvar(db, "PRAGMA synchronous"));
    sqlite3_exec(db, "PRAGMA synchronous=EXTRA", nullptr, nullptr, nullptr);
}

UtenWal::~UtenWal()
{
    if (!m_aktiv)
        return;
    // Should it fail (another connection reading just now), the next opening of the store sets
    // WAL again (Store::aapne); until then the store works in the rollback journal's way.
    if (!settJournalmodus(m_db, "wal"))
        qCWarning(lcBulk, "could not set the store back to WAL after the load: %s", sqlite3_errmsg(m_db));
    sqlite3_exec(m_db, QByteArray("PRAGMA synchronous=" + QByteArray::number(m_synkron)).constData(), nullptr, nullptr,
                 nullptr);
}

} // namespace tilsyn
