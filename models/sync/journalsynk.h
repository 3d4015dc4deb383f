#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tilsyn {

class SentralTilkobling;
class Store;
namespace synksammendrag {
struct Embete;
}

/// Sync of the case journals (issue 12 item 4) after the cases themselves: sends new posts,
/// avskrivninger and files to the central store, which settles every document number
/// (tilsyn_journalfoer, central migration 006), and pulls the office's posts from other clients.
/// Each step is one local transaction; a run that stops is continued by the next.
class JournalSynk final
{
public:
    JournalSynk(Store &store, QString bruker);

    struct Resultat
    {
        int sendt = 0;   ///< posts the central store acknowledged
        int avvist = 0;  ///< posts it refused for good (the reason is kept on the post)
        int hentet = 0;  ///< posts pulled from other clients or updated from the server
        int filer = 0;   ///< files sent or fetched
        /// avskrivninger made here that the central store did not keep (another client's came
        /// first): replaced by the central store's and listed among the sync problems
        int tapteAvskrivninger = 0;
        /// letters finalised on another client whose PDF was fetched and stored (BrevHenting)
        int brev = 0;
    };

    /// Push, then pull for `embeter` (as tilsyn_synkstatus() told them at the start of the sync):
    /// an office is asked only when its journal revision is not the local cursor (meta
    /// journal_markor:<office>) or this run sent posts, so a sync that finds nothing changed asks
    /// the server nothing here. Throws SentralFeil when the central store cannot be reached
    /// (nothing local is lost) and StoreError when the local store cannot be written.
    Resultat synk(const SentralTilkobling &t, const QList<synksammendrag::Embete> &embeter);

private:
    void push(const SentralTilkobling &t, Resultat &r);
    void pull(const SentralTilkobling &t, const QString &embete, Resultat &r);
    /// Makes the central store's avskrivning `sentral` ({dato, av, maate, med, merknad}; empty:
    /// none) the post's, inside the caller's transaction. A different avskrivning made here is
    /// recorded in journal_avskrivning_tapt and the replacement audited.
    void taImotAvskrivning(const QString &postId, const QJsonObject &sentral, Resultat &r);
    /// Gives the posts of `sakId` still unsettled the provisional numbers after the settled ones.
    void nummererForeloepige(const QString &sakId);

    Store &m_store;
    QString m_bruker;
};

} // namespace tilsyn
