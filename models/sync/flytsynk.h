#pragma once

#include <QList>

namespace tilsyn {

namespace synksammendrag {
struct Embete;
}

class SentralTilkobling;
class Store;

/// Syncs the approval flow and assignments (models/flyt) after the cases: pushes draft versions
/// (tilsyn_lagre_utkast), dokumentflyt steps (tilsyn_flyt) and assignments (tilsyn_tildel) this
/// client has not had accepted, one call each so a refused one holds back nothing; then pulls
/// each office's flow after its cursor (tilsyn_hent_flyt, meta flyt_markor_<office>) and the
/// office's users (tilsyn_embete_brukere). A step the central store refuses (e.g. an approval by
/// a user without the leader role) keeps its reason and never counts as an approval.
class FlytSynk final
{
public:
    struct Resultat
    {
        int sendt = 0;  ///< versions, steps and assignments the central store accepted
        int avvist = 0; ///< steps and assignments it refused for good
        int hentet = 0; ///< rows pulled
    };

    /// Push, then per office of `embeter` (as tilsyn_synkstatus() told them at the start of the
    /// sync) the flow pulled only when its revision is not the local cursor (or this run sent
    /// something), the users read only when their fingerprint is not the one stored (meta
    /// sentral_brukere:<office>): a sync that finds nothing changed asks the server nothing here
    /// and writes nothing locally. Throws SentralFeil (Utilgjengelig) when the connection is
    /// lost; StoreError on a local failure.
    static Resultat synkroniser(const SentralTilkobling &t, Store &store, const QList<synksammendrag::Embete> &embeter);
};

} // namespace tilsyn
