#pragma once

#include <QStringList>

namespace tilsyn {

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

    /// Throws SentralFeil (Utilgjengelig) when the connection is lost; StoreError on a local failure.
    static Resultat synkroniser(const SentralTilkobling &t, Store &store, const QStringList &embeter);
};

} // namespace tilsyn
