#pragma once

#include <QString>

namespace tilsyn {

class SentralTilkobling;
class Store;

/// Letters finalised on another client (issue 12): their outgoing journal posts come with the
/// journal sync, which queues each letter not stored here (local table brev_mangler, migration
/// 036). This fetches the queued letters' PDF/A bytes from the central archive (the office's view
/// `brev`, central schema version 2), checks them against the SHA-256 the post names, and stores
/// each as a finalised letter of its case (table brev, with its recipients, exemption and hjemmel
/// from the post and type, målform, date and who finalised it from the central metadata), with an
/// audit row, one transaction per letter. A letter not archived centrally yet, or whose bytes do
/// not match, stays queued with the reason and is tried again at the next sync.
class BrevHenting final
{
public:
    /// Returns the number of letters stored. Throws SentralFeil when the central store cannot be
    /// reached (nothing local changes) and StoreError when the local store cannot be written.
    static int hent(const SentralTilkobling &t, Store &store, const QString &bruker);
};

} // namespace tilsyn
