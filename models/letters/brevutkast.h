#pragma once

#include "domain/katalog.h"
#include "domain/oppfolging.h"
#include "letters/brevtype.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantHash>

namespace tilsyn {

struct Tilsynssak;
struct Plassholderskjema;

/// A person who signs a letter.
struct Brevperson
{
    QString navn;
    QString tittel;
    QString telefon;
};

/// An approval actually recorded for this letter (two-step approval, a later issue). Without
/// one, no letter names an approver or says "elektronisk godkjent".
struct Godkjenning
{
    Brevperson godkjenner;
    QDateTime tidspunkt;
};

/// A dated event of the case for the avgjørelse's chronology: a milestone or an earlier letter.
struct Brevhendelse
{
    QDate dato;
    QString type;     ///< a letter type code, or "mottatt", "oversendt", "mote", "rapport_mottatt"
    QString mottaker; ///< for a letter: who it went to
};

/// One party of a letter: the recipient, or a copy recipient, with the written form they get.
struct Brevmottaker
{
    QString navn;
    QString adresse; ///< lines separated by '\n'
    Maalform maalform = Maalform::Bokmaal;
    Mottakerrolle rolle = Mottakerrolle::Innsender;
    QString objektId; ///< the tilsynsobjekt, for Tilsynsobjekt/Ledelse

    /// The party's key for `letter --to`: "innsender", the objekt id, or "helsetilsynet".
    QString noekkel() const;
};

/// Everything about one letter that is not in the case: recipient, dates, signatures, screening
/// and the caseworker's free-text sections. Start from foreslaaUtkast() and edit.
struct Brevutkast
{
    QString type;
    Maalform maalform = Maalform::Bokmaal;
    Brevmottaker mottaker;
    QList<Brevmottaker> kopiTil;
    QDate dato;      ///< Vår dato
    QDate deresDato; ///< Deres dato (empty: none)
    QString deresRef;
    std::optional<int> dokumentnummer; ///< the document's number in the archive case (Vår ref 2024/4711-5)
    Brevperson saksbehandler;
    std::optional<Godkjenning> godkjenning; ///< only from an actual approval record
    /// Objects whose assessments the letter holds; empty: the recipient object's own (a letter to
    /// an object), or every object (a letter to anyone else).
    QStringList objekter;
    QStringList vedlegg; ///< attachments, listed under the signature
    QList<Brevhendelse> hendelser; ///< the case's dated letters and milestones (chronology)
    bool unntattOffentlighet = true;
    QString hjemmel = standardHjemmel();
    QDate svarfrist;       ///< answer or report deadline (varsel, anmodning, purring)
    QDate nyForventetDato; ///< forsinkelsesmelding: when an answer can be expected
    QDate oppfolgingsfrist; ///< avgjørelse with lovbrudd: when documentation of correction is due
    bool utkast = true;    ///< drafts carry UTKAST on every page
    QString kopimottaker;  ///< set on a copy: who this copy is for (see kopiAv())
    /// The caseworker's choice to name the innsender in a letter to a tilsynsobjekt (its
    /// chronology and its mentions of "who made the request"). Off: such a letter refers to them
    /// by role ("innsenderen", "pårørende"; innsenderOmtale()), docs/letters.md "Who is named".
    bool navngiInnsender = false;
    QHash<QString, QString> fritekst; ///< free-text sections by name (see fritekstfelt())
    /// A follow-up letter (oppfolging-*): the oppfølging of the recipient's lovbrudd as it stands
    /// (documentation received, when it was found rettet and the evidence), from the case's
    /// oppfølging (Brevbestilling::oppfolging); empty for other letters.
    QList<Lovbruddoppfolging> oppfolging;

    static QString standardHjemmel() { return QStringLiteral("offl. § 13 jf. fvl. § 13 første ledd nr. 1"); }
};

/// The names of the free-text sections a caseworker can fill (saksforhold, vurdering, ...).
const QStringList &fritekstfelt();

/// Proposes recipients, målform, copies, dates and free text for a letter of `type` about `sak`.
/// `objektId` picks the tilsynsobjekt for per-object letters (default: the first);
/// `maalform` overrides the recipient's registered one.
Brevutkast foreslaaUtkast(const Tilsynssak &sak, const QString &type, const QDate &idag,
                          const QString &objektId = {}, std::optional<Maalform> maalform = std::nullopt);

/// The copy of `utkast` for its copy recipient number `i`: the same letter in that recipient's
/// own målform, marked as their copy.
Brevutkast kopiAv(const Brevutkast &utkast, qsizetype i);

/// The recipients a letter of `type` can go to (innsender, each tilsynsobjekt, Helsetilsynet).
/// A pålegg om retting (palegg-*) goes only to a kommune's service (kanFaaPaalegg()).
QList<Brevmottaker> muligeMottakere(const Tilsynssak &sak, const QString &type);
/// Whether the case records the målform of `m` ("nb"/"nn" on the innsender or the object;
/// Statens helsetilsyn: bokmål). False: Brevmottaker::maalform is bokmål only by default.
bool harRegistrertMaalform(const Tilsynssak &sak, const Brevmottaker &m);

/// Whether the Statsforvalter can order `objekttype` to correct a breach with the pålegg letters:
/// their legal basis is kommuneloven § 30-4 (tilsyn with the kommune's duties, barnevernsloven
/// § 17-3 første ledd, sosialtjenesteloven § 9), so only "kommunal-barneverntjeneste" and
/// "nav-kontor"; not a barnevernsinstitusjon, omsorgssenter, senter for foreldre og barn or
/// Bufetat (tilsyn under § 17-3 andre and tredje ledd; see docs/lovhenvisninger.md).
bool kanFaaPaalegg(const QString &objekttype);

/// "4. mars 2024" (the same in both målformer); empty for an invalid date.
QString datoIOrd(const QDate &d);

/// Whether the person who made the henvendelse is, by the case's kilder, the patient or user
/// themself (or in barnevern the child, or a parent as party): then they may read the reasons of
/// the decisions in their own letter and get a copy; anyone else (an employee, a relative without
/// fullmakt, the media, another authority) gets only the result and the outcome's standard reason.
bool innsenderHarInnsyn(const Tilsynssak &sak);

/// How a letter to someone other than the innsender refers to the innsender when it does not
/// name them: by their role from the case's kilder, in the letter's målform, definite form —
/// "pasienten" ("pasient-bruker" in helse; "brukeren"/"brukaren" in sosial), "pårørende"/
/// "pårørande", "barnet", "pasient- og brukerombudet"/"pasient- og brukarombodet", and otherwise
/// "innsenderen"/"innsendaren" (an employee is never called "en ansatt": that would narrow down
/// who wrote in a small service).
QString innsenderOmtale(const Tilsynssak &sak, Maalform m);

/// The målform a vurdering's begrunnelse is written and spell-checked in: it goes verbatim into
/// the avgjørelse to its tilsynsobjekt, so that object's registered målform; when the object's
/// målform is unknown, the office's default, bokmål — never the innsender's, whose letter
/// prints at most its first sentence.
Maalform begrunnelsensMaalform(const Tilsynssak &sak, const QString &objektId);

/// Whether `utkast` names the innsender: their own letter, a letter to Statens helsetilsyn (who
/// takes over the whole case), or a letter where the caseworker chose to (navngiInnsender).
bool navngirInnsender(const Brevutkast &utkast);

/// The values of every placeholder (see brevskjema()) for one letter, in its målform.
QVariantHash brevdata(const Tilsynssak &sak, const Katalog &katalog, const Brevutkast &utkast);

/// The placeholders a template may use; documented in docs/letters.md.
const Plassholderskjema &brevskjema();

} // namespace tilsyn
