#pragma once

#include "sync/synclager.h"

#include <QHash>
#include <QList>
#include <QString>

namespace tilsyn {

class SentralTilkobling;
class Store;

/// The incremental summary of what a client has of an office (central migration 007, local
/// migration 027; docs/sync.md "The summary"): the number of cases and the sum modulo 2^62 of
/// their (bucket, id tag, revision) digests, per office and per bucket (4096 by the id's last
/// three hex digits). Both sides keep it current in the transaction that writes a case, so
/// reading it costs the same for 10 or 1 000 000 cases.
namespace synksammendrag {

inline constexpr int kBoetter = 4096;

struct Sammendrag
{
    qint64 antall = 0;
    QString hash; ///< decimal; empty when antall is 0
    bool operator==(const Sammendrag &) const = default;
};

/// One office as the central store reports it.
struct Embete
{
    QString embete;
    qint64 rev = 0;      ///< its last revision
    bool leder = false;  ///< the user holds its leader role
    Sammendrag sammendrag;
    qint64 flytRev = -1;    ///< last revision of its approval flow; -1: not told (ask anyway)
    qint64 journalRev = -1; ///< last revision of its journal; -1: not told (ask anyway)
    QString brukere;        ///< fingerprint of its users and leader roles; empty: not told
};

/// What one round trip tells at the start of a sync.
struct Status
{
    int versjon = 0;
    QString epoke;
    QList<Embete> embeter; ///< the offices the user can see, by code
};

/// Schema version, epoch, and per office the revision, the leader role, the summary, the flow's
/// and the journal's revisions and the users' fingerprint, in one statement (one snapshot,
/// tilsyn_synkstatus(), central migration 008; read-only on the server). Throws SentralFeil: Skjema (with SentralSkjema's message) when the
/// versions differ or the server is not installed, Utilgjengelig when it cannot be reached.
Status lesStatus(const SentralTilkobling &t);

/// Per office the user can see: its revision and summary, in one statement.
QHash<QString, Embete> lesSammendrag(const SentralTilkobling &t);

/// The client's summary of `embete` over its sync_sak rows of `epoke` (one indexed row).
Sammendrag lokalt(const Store &store, const QString &embete, const QString &epoke);

/// The buckets of `embete` whose count or sum differ between the central store and this client
/// (one round trip for the server's 4096 sums; ascending).
QList<int> avvikendeBoetter(const SentralTilkobling &t, const Store &store, const QString &embete,
                            const QString &epoke);

/// Every case of those buckets of `embete`, in revision order (one round trip per 512 buckets).
QList<SyncLager::Rad> hentBoetter(const SentralTilkobling &t, const QString &embete, const QList<int> &boetter);

} // namespace synksammendrag

} // namespace tilsyn
