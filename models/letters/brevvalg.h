#pragma once

#include "domain/oppfolging.h"
#include "letters/brevutkast.h"

#include <QList>
#include <QString>

#include <optional>

namespace tilsyn {

struct Tilsynssak;

/// Which letters fit a case as it stands (issue 10: "Avslutning av oppfølging etter lovbrudd" was
/// offered, rendered "konkluderte med lovbrot" and could be finalised to a doctor whose only
/// assessment concluded "Ikke lovbrudd"). One rule for the letter window and `letter` alike,
/// taken from what each template says about its recipient:
/// - the behandlingsmåte and sektor (brevtyperFor()), the recipient's role (muligeMottakere(),
///   with pålegg only to a kommune's service);
/// - BM 5 before a decision (no utfall): the varsel, the varsel of a new provision, the purring
///   and the statements for comment ("vil vurdere", "ber om uttalelse"); after it, none of them;
/// - the avgjørelse only to an object with an assessment (it prints their conclusions; any object
///   after an innledende utredning or an oversendelse to Statens helsetilsyn, which conclude about
///   no one); the innsender's result letter once the case has an utfall or an assessment;
/// - the oversendelse to Statens helsetilsyn only when the utfall is, or (undecided) an
///   assessment's konklusjon is, "oversendt-htil";
/// - the BM 3 closing letter ("etter rapport") only once the report is registered as received;
/// - a pålegg and the follow-up letters ("konkluderte med lovbrudd") only to an object with an
///   assessment concluding lovbrudd; the follow-up letters only once oppfølging has started for
///   it: the purring while one of its breaches is not rettet and the oppfølging is open, the
///   closing letter when every one of its breaches is rettet (or the oppfølging is closed).
class Brevvalg final
{
public:
    /// `oppfolging`: the case's oppfølging of lovbrudd, if started (OppfolgingRepository::hent).
    explicit Brevvalg(const Tilsynssak &sak, std::optional<Oppfolging> oppfolging = std::nullopt);

    /// Why a letter of `type` does not fit `mottaker` (a party from muligeMottakere()), in
    /// bokmål for the command line's message; empty when it fits.
    QString passerIkke(const QString &type, const Brevmottaker &mottaker) const;
    bool passer(const QString &type, const Brevmottaker &mottaker) const { return passerIkke(type, mottaker).isEmpty(); }
    /// The parties a letter of `type` fits, in the case's order.
    QList<Brevmottaker> mottakere(const QString &type) const;
    /// Why no party fits `type` in this case, empty when one does (the type's own reason for
    /// its first possible party, else that it has none).
    QString typenPasserIkke(const QString &type) const;
    /// The letter types that fit at least one party, the one a caseworker needs most first: a
    /// decided case its decisions, then the follow-up, then the rest in the order of a case's
    /// life, the receipt and the delay message last; an undecided case in the order of its life,
    /// the delay message last.
    QList<Brevtype> typer() const;

private:
    const Tilsynssak &m_sak; ///< the caller keeps the case alive while this is used
    std::optional<Oppfolging> m_oppfolging;
};

} // namespace tilsyn
