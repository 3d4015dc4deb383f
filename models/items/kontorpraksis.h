#pragma once

#include "items/innstillinger.h"

#include <QStringList>

namespace tilsyn {

struct Tilsynssak;

/// Where an office's saksnumre come from (DOMAIN.md §7).
enum class Saksnummerkilde
{
    Arkiv,  ///< typed by the caseworker from the archive (works offline; unique per embete)
    Sentral ///< assigned by the central store's per-office series at first sync
};

/// Why a letter cannot be finalised now.
enum class Ferdigstillingssperre
{
    Ingen,
    ManglerSaksnummer, ///< the case has no saksnummer yet
    KreverGodkjenning  ///< the office requires an approval for this type, and approval does not exist yet
};

/// Office practice that the desktop and the command line both follow, set in Edit → Settings
/// (one settings file, see Innstillinger).
struct Kontorpraksis
{
    /// "arkiv" (default) or "sentral".
    static const Setting<QString> saksnummerkilde;
    static Saksnummerkilde saksnummer();
    /// Letter types whose finalising needs a leader's approval. Approval itself is a later issue,
    /// so the list is empty by default; a type listed here cannot be finalised until it exists.
    static const Setting<QStringList> brevSomKreverGodkjenning;

    /// Whether a letter of `type` about `sak` can be finalised under `kreverGodkjenning`.
    static Ferdigstillingssperre sperre(const Tilsynssak &sak, const QString &type,
                                        const QStringList &kreverGodkjenning);
};

} // namespace tilsyn
