#pragma once

#include "letters/brevutkast.h"

#include <QList>
#include <QString>

#include <optional>

namespace tilsyn {

class Brevmalkilde;
class Katalog;
struct FerdigBrev;
struct Tilsynssak;

/// The user profile that signs letters (models/items/innstillinger.h: navn, tittel, telefon).
struct Brevprofil
{
    QString navn;
    QString tittel;
    QString telefon;

    /// The profile saved in the settings (the desktop's profile dialog).
    static Brevprofil fraInnstillinger();
};

/// What the caseworker asks for: a letter of `type` to one party.
struct Brevbestilling
{
    QString type;
    QString til; ///< "innsender", a tilsynsobjekt's id, "helsetilsynet"; empty: the type's first recipient
    std::optional<Maalform> maalform; ///< empty: the recipient's registered målform, else bokmål
    QDate dato;
    Brevprofil profil;
    std::optional<Godkjenning> godkjenning; ///< only an actual approval record
    QList<Brevhendelse> hendelser;          ///< earlier letters (see hendelserFraBrev())
    std::optional<int> dokumentnummer;
    /// The case's oppfølging of lovbrudd, if started (OppfolgingRepository::hent): a follow-up
    /// letter states the recipient's documentation and evidence from it (Brevutkast::oppfolging).
    std::optional<Oppfolging> oppfolging;
    /// The case's one documentation deadline (Dokumentasjonsfrist::hent; invalid: none set): every
    /// party's avgjørelse states it, and a follow-up letter names it as the deadline that passed
    /// for a breach without a deadline of its own. Invalid: the avgjørelse proposes one.
    QDate dokumentasjonsfrist;
};

/// Every party of the case a letter can be addressed to: the innsender (if any), then each
/// tilsynsobjekt, each with its own address and målform.
QList<Brevmottaker> parter(const Tilsynssak &sak);

/// The ONE place a letter is assembled, for the desktop and the `letter` command alike: the
/// recipient (one party, with its address and målform), the assessments it may hold, the signer
/// from the user profile (falling back to the office's list of caseworkers), phones, the approver
/// only from an actual approval record, the chronology and the document number. Throws
/// BrevmalFeil when `til` names no party the type can go to, saying which parties there are.
Brevutkast settSammenBrev(const Tilsynssak &sak, const Brevbestilling &bestilling, const Brevmalkilde &maler,
                          const Katalog &katalog);

/// "Make the decision letters for all parties": one avgjørelse per tilsynsobjekt (holding only
/// its own assessments) and the innsender's result letter, each in its party's målform — for
/// the parties that have no finalised letter of that type yet (`bestilling.hendelser`, the
/// case's finalised letters; erSendt()). Empty when every party has theirs.
QList<Brevutkast> vedtaksbrevTilAlleParter(const Tilsynssak &sak, const Brevbestilling &bestilling,
                                          const Brevmalkilde &maler, const Katalog &katalog);

/// The warning to show before `kopi` is added as a copy recipient of `utkast`, or nullopt. A copy
/// of a party's decision to an innsender who is not the patient/user themself (the case's kilder
/// say who they are: an employee, a relative, the media, another authority ...) discloses data
/// they may not be entitled to.
std::optional<QString> kopiAdvarsel(const Tilsynssak &sak, const Brevutkast &utkast, const Brevmottaker &kopi);

/// The case's finalised letters as dated events for the chronology.
QList<Brevhendelse> hendelserFraBrev(const QList<FerdigBrev> &brev);

} // namespace tilsyn
