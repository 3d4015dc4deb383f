#pragma once

#include "letters/brevutkast.h"

#include <QList>
#include <QString>

namespace tilsyn {

struct Tilsynssak;

/// The letter a case's state calls for next: a type and its recipient's key
/// (Brevmottaker::noekkel(): "innsender", a tilsynsobjekt's id, "helsetilsynet").
struct Brevforslag
{
    QString type;
    QString til;
};

/// Whether the case's finalised letters (`sendte`, hendelserFraBrev()) hold a letter of `type`
/// to the party named `mottaker` (the name the letter was addressed to).
bool erSendt(const QList<Brevhendelse> &sendte, const QString &type, const QString &mottaker);

/// The tilsynsobjekter (their names, in the case's order) still without a finalised letter of
/// the draft's type when that type closes the case (milestone "avsluttet", one letter per
/// object, e.g. the BM 5 avgjørelse), the draft's own recipient not counted: empty when this
/// letter is the last one, or when its type does not go to each object (issue 10: the first of
/// two decisions closed the case). `sendte`: hendelserFraBrev() of the case's finalised letters.
QStringList manglendeAvsluttendeBrev(const Tilsynssak &sak, const QList<Brevhendelse> &sendte,
                                     const QString &type, const QString &mottakerNoekkel);
/// The innsender's own letter beside a letter of `type` that closes the case: "Resultatet av
/// tilsynssaken" beside a decision (BM 5), the orientering beside the oversendelse (BM 2); empty
/// for any other type.
QString innsenderbrevFor(const QString &type);
/// The innsender, when a letter that closes the case (an avgjørelse, the BM 2 oversendelse) is
/// finalised while their own letter (innsenderbrevFor()) is not: their name, to say so in
/// the finalise question before the case is closed (issue 10: a BM 5 case closed with the
/// innsender's letter still a draft). Empty otherwise.
QStringList manglendeInnsenderbrev(const Tilsynssak &sak, const QList<Brevhendelse> &sendte, const QString &type);

/// The letter the letter window proposes for `sak`, from the case's state and its finalised
/// letters `sendte`, so that it never proposes a receipt for a decided case:
/// - a decided BM 5 case (utfall set): the avgjørelse to the first tilsynsobjekt without one,
///   then the innsender's result letter (first the oversendelse to Statens helsetilsyn when the
///   outcome is "oversendt-htil" in helse); all sent: the first object's avgjørelse;
/// - any other closed case: the type that closes it in its behandlingsmåte, to its first party;
/// - otherwise: the receipt while the innsender has none; in BM 5 then the varsel to each object
///   without one, then the statement to the innsender for comment; in BM 1–4 the first type of
///   the behandlingsmåte whose milestone the case has not reached.
/// Only types brevtyperFor() offers for the case; an empty type when none fits.
Brevforslag foreslaattBrev(const Tilsynssak &sak, const QList<Brevhendelse> &sendte);

/// The file name proposed when a letter is saved as PDF, e.g.
/// "2026-123-5 Avgjørelse i tilsynssak Vangen sjukeheim.pdf": the saksnummer ("/" as "-") with
/// the document number, the type's title in the letter's målform, the recipient; a draft ends in
/// " utkast". Without a saksnummer the reference is left out. Safe on every file system: only
/// letters, digits, spaces and - _ . , ( ) are kept; anything else (slashes, colons, asterisks,
/// question marks, quotes, angle brackets, pipes, control characters) becomes a space; spaces
/// are folded and the name is at most 120 characters before ".pdf".
QString pdfFilnavn(const QString &saksnummer, std::optional<int> dokumentnummer, const QString &type,
                   Maalform maalform, const QString &mottaker, bool utkast);

} // namespace tilsyn
