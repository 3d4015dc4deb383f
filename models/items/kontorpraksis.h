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
    KreverGodkjenning  ///< the office requires an approval for this type (see Dokumentflyt::godkjenning)
};

/// Office practice that the desktop and the command line both follow, set in Edit → Settings
/// (one settings file, see Innstillinger).
struct Kontorpraksis
{
    /// "arkiv" (default) or "sentral".
    static const Setting<QString> saksnummerkilde;
    static Saksnummerkilde saksnummer();
    /// Letter types whose finalising needs a leader's approval, as the office set them. Not set:
    /// standardGodkjenningstyper() when a central store is configured (approvals need one),
    /// else none. See typerSomKreverGodkjenning().
    static const Setting<QStringList> brevSomKreverGodkjenning;
    /// "av" turns two-step approval off (an office without a central store): no type needs it,
    /// and no letter names an approver or says "elektronisk godkjent". Anything else: on.
    static const Setting<QString> godkjenning;
    /// avgjørelse, oversendelse til Statens helsetilsyn, pålegg om retting.
    static const QStringList &standardGodkjenningstyper();
    /// The letter types that need an accepted approval before finalising, under the settings.
    static QStringList typerSomKreverGodkjenning();
    static bool godkjenningPaa();
    /// Who this user is in the central store (user= of sentral/conninfo); `reserve` without one.
    /// Approval steps and assignments name users by this login.
    static QString sentralbruker(const QString &reserve);
    /// The login of the user running the program ($USER; %USERNAME% on Windows); empty if unknown.
    static QString maskinbruker();

    /// Whether a letter of `type` about `sak` can be finalised under `kreverGodkjenning`.
    static Ferdigstillingssperre sperre(const Tilsynssak &sak, const QString &type,
                                        const QStringList &kreverGodkjenning);
};

} // namespace tilsyn
