#pragma once

#include "domain/tilsynssak.h"
#include "store/bulkskriver.h"
#include "store/setning.h"
#include "sync/synclager.h"

#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace tilsyn {

class Katalog;
class SammendragPause;

/// The bulk first sync of offices with nothing here yet (issue 14): every page of every such
/// office goes into the caller's ONE local transaction through BulkSkriver (statements prepared
/// once, the secondary indexes and the search index built once after the load, no local audit
/// row and no outbox entry for versions from the server, whose history is the trail there; the
/// sync summary's trigger paused, SammendragPause). Pages are decoded by dekod() on the pulling
/// thread (ForsteHenting) and written by side() in the order of the case ids. A case written in
/// bulk gets a sync_sak row without merge base text (dokument NULL, rev set): its base is the case
/// as stored, written out by SakRepository::skriv before the case is first changed here. A case that is not plainly new here (it
/// exists locally, has unsent or rejected local ops, is known from another epoch, or its
/// saksnummer is held by another local case) goes through SyncLager's per-case rules instead,
/// so nothing local is written over and collisions stay visible. Throws StoreError.
class ForsteSynk final
{
public:
    ForsteSynk(SyncLager &lager, const Katalog &katalog);
    ~ForsteSynk();
    Q_DISABLE_COPY_MOVE(ForsteSynk)

    /// One pulled page of an office, rows in revision order, decoded.
    struct Side
    {
        struct Rad
        {
            std::optional<Tilsynssak> sak; ///< empty when the document is not a valid case
            QString feil;                  ///< why not
            QByteArray json;               ///< the server's JSON text, for a case that goes the per-case way
        };
        QString embete;
        QStringList ider;
        QList<qint64> revisjoner;
        std::vector<Rad> rader;
    };

    /// Decodes a page (documents as the server's JSON text, UTF-8; the views need to live only
    /// during the call). The fast reader (io/sakrask) reads each straight from its bytes, the
    /// strict path what it is not sure of. Reentrant: the pulling thread decodes the next page
    /// while this one is written.
    static Side dekod(const QString &embete, const QStringList &ider, const QList<qint64> &revisjoner,
                      const QList<QByteArrayView> &dokumenter);

    /// One page written, and the office's cursor moved to its last row. Returns the cases
    /// written. `avbrytEtter` >= 0 throws StoreError after that many rows (fault injection).
    int side(const Side &side, const QString &epoke, int avbrytEtter = -1);

    /// Builds the indexes and the search index; the caller then commits.
    void fullfoer();

private:
    SyncLager &m_lager;
    BulkSkriver m_bulk;
    QSet<QString> m_utestaaende; ///< cases with local ops not acknowledged (read once)
    QSet<QString> m_skrevet;     ///< cases written by this load
    bool m_tomt = false;         ///< the store had no case and no merge base, and all went in bulk
    QSet<QString> m_nummer;      ///< while m_tomt: embete \x1f saksnummer of the cases written
    bool m_helSoekeindeks = false;
    struct Tider
    {
        qint64 rader = 0, dekodMs = 0, sjekkMs = 0, raderMs = 0, grunnlagMs = 0, andreMs = 0, fullfoerMs = 0;
    } m_tider; ///< where the time went (ms), logged by fullfoer()
    QStringList m_embeter; ///< the offices of this load
    std::unique_ptr<SammendragPause> m_sammendrag;
    std::unique_ptr<Setning> m_finnes, m_kjent, m_opptatt, m_grunnlag, m_markor;
};

} // namespace tilsyn
