#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>
#include <memory>
#include <tuple>
#include <utility>

struct sqlite3;

namespace tilsyn {

class Setning;

/// The sync summary's insert trigger (local migration 027, sync_sak_sammendrag_ny) out of the way
/// of the bulk first sync (sync_sak's one secondary index stays current, see migration 048): per
/// row the trigger costs two upserts and five evaluations of the digest's chain of virtual columns
/// (about 3/4 of a merge base's insert). The loader passes each row it inserts to legg(), which
/// adds the row's digest (computed here with the same integer arithmetic as the columns) to sums
/// per office, epoch and bucket; ferdig() adds the sums in one upsert per bucket and creates the
/// trigger again from its SQL. Every kKontrollHver-th row is checked against the virtual columns;
/// any difference (the columns changed in a later migration) makes ferdig() compute the loaded
/// offices' summaries from their rows in SQL instead. All inside the caller's write transaction: a
/// failure or a kill rolls back to the trigger and sums it started with. Without the trigger (an
/// unknown schema) nothing is paused and legg() does nothing. Throws StoreError.
class SammendragPause final
{
public:
    explicit SammendragPause(const QSqlDatabase &db);
    ~SammendragPause();
    Q_DISABLE_COPY_MOVE(SammendragPause)

    static constexpr int kKontrollHver = 997;

    /// One row inserted into sync_sak by the loader while paused (sak_id as stored, siste_rev).
    void legg(const QString &embete, const QString &epoke, const QString &sakId, qint64 sisteRev);

    /// Around rows written one by one through SyncLager (their trigger must count them):
    /// enkeltvis(true) creates the trigger again, enkeltvis(false) drops it.
    void enkeltvis(bool paa);

    /// Indexes, sums and trigger back; `embeter`: the offices loaded (for the fallback in SQL).
    void ferdig(const QStringList &embeter);

    /// The digest and bucket of a sync_sak row, as local migration 027 and the central
    /// tilsyn_digest()/tilsyn_boette() compute them from the case id and siste_rev.
    static qint64 digest(const QString &sakId, qint64 sisteRev);
    static qint64 boette(const QString &sakId);

private:
    void skrivSummer();

    struct Sum
    {
        qint64 antall = 0;
        qint64 hash = 0; ///< modulo 2^62
    };
    sqlite3 *m_db = nullptr;
    QString m_trigger; ///< CREATE TRIGGER, empty when nothing is paused
    struct Summer
    {
        Sum alle;                         ///< the office and epoch
        std::vector<Sum> boetter;         ///< per bucket 0..kBoetter-1, written where antall > 0
        std::map<qint64, Sum> andre;      ///< a bucket outside that (an id that is no UUID)
    };
    std::map<std::pair<QString, QString>, Summer> m_summer; ///< by (embete, epoke)
    std::pair<QString, QString> m_sisteNoekkel;
    Summer *m_siste = nullptr; ///< those of the last row (a page is one office and epoch)
    std::unique_ptr<Setning> m_kontroll;
    qint64 m_rader = 0;
    bool m_avvik = false;
    bool m_aktiv = false; ///< the trigger is dropped now
};

} // namespace tilsyn
