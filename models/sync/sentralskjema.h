#pragma once

#include <QString>
#include <QStringList>

namespace tilsyn {

class SentralTilkobling;

/// The server side of the sync protocol: versioned migrations from resources/sql/central,
/// installed by `tilsynsklient central init`, and the version check every sync starts with.
class SentralSkjema final
{
public:
    struct Status
    {
        int versjon = 0; ///< 0: not installed
        QString epoke;   ///< changes when the store is restored from a backup
    };

    /// The central schema version this program installs and speaks.
    static int programversjon();

    /// Reads the installed version and epoch (version 0 when nothing is installed).
    static Status les(const SentralTilkobling &t);

    /// Creates or upgrades the schema in one transaction (serialised by an advisory lock).
    /// Idempotent; throws SentralFeil (Skjema) rather than downgrade a newer store.
    /// Returns the version before the upgrade. After an upgrade of an installed store (not a new
    /// one), `endringer` gets what the migrations changed (grants revoked, repairs), one line each.
    static int installer(const SentralTilkobling &t, QStringList *endringer = nullptr);

    /// Throws SentralFeil (Skjema) with a message saying what to do unless the central store
    /// has exactly this program's version; returns its status.
    static Status krevKompatibel(const SentralTilkobling &t);
};

} // namespace tilsyn
