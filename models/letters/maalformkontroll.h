#pragma once

#include "domain/katalog.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tilsyn {

class Brevmal;
class Katalog;
class Ordbok;
struct Brevutkast;
struct Tilsynssak;
struct Vurdering;

/// What the caseworker typed that a letter prints, as opposed to its fixed text (templates,
/// catalogue, generated sentences), which is always in the letter's målform. Typed text is
/// printed as typed, so a nynorsk letter can hold bokmål the caseworker wrote: the summary
/// standing in for "saksforhold", the free-text sections, each printed vurdering's begrunnelse
/// (or, in the innsender's letter, its first sentence), a health professional's authorisation.
/// Only values of placeholders that `mal` (the letter type's template in the letter's målform)
/// uses are returned, so a letter that does not print the begrunnelser is not checked for them.
/// Shape: the non-empty texts, each once, sorted.
QStringList friteksterIBrev(const Tilsynssak &sak, const Katalog &katalog, const Brevutkast &utkast,
                            const Brevmal &mal);

/// The words of friteksterIBrev() that `ordbok` (the letter's målform) does not know, each once:
/// what the letter window and the `letter` command warn about before a letter is sent.
QStringList ukjenteOrdIBrev(const Tilsynssak &sak, const Katalog &katalog, const Brevutkast &utkast,
                            const Brevmal &mal, const Ordbok &ordbok);

/// Whether `tekst` reads as written in the other målform than `m`: more of its words are known
/// only to the other målform's dictionary than only to the dictionary of `m` (words both know,
/// and names neither knows, do not count; a bokmål text naming "Vangen sjukeheim" stays
/// bokmål). False for an empty text, or when a dictionary is missing. Debian's nb_NO and nn_NO
/// with the project's word lists, loaded once per process and shared; callable from any thread.
bool paaAnnenMaalform(const QString &tekst, Maalform m);

/// Which of the case's texts a proposed målform rests on (maalformForslag()).
enum class Maalformgrunnlag { Ingen, Begrunnelser, Sammendrag, BegrunnelserOgSammendrag, Tekstene };

/// The målform proposed for a recipient whose målform is not registered (DOMAIN.md § 6: a
/// neutral kommune may get either; the letter is never silently bokmål).
struct Maalformforslag
{
    Maalform maalform = Maalform::Bokmaal;
    Maalformgrunnlag grunnlag = Maalformgrunnlag::Ingen; ///< Ingen: the texts do not tell (bokmål then)
};

/// The målform the case's own texts are written in: of Debian's nb_NO and nn_NO (with the
/// project's word lists, as paaAnnenMaalform()), the dictionary that flags fewer words of the
/// begrunnelser (of the assessments of `objektId`; all when it is empty) and the summary
/// together. `grunnlag` says which texts point that way on their own. Ingen when there is no
/// text, the counts are equal, or a dictionary is missing.
Maalformforslag maalformForslag(const Tilsynssak &sak, const QString &objektId);

/// What a letter in `m` may be prefilled with from a typed text of the case (the summary, the
/// Saksforhold written in another party's letter): `tekst`, or empty when it is in the other
/// målform — a letter's prefilled text is never in the other målform (DOMAIN.md § 6).
QString forslagPaa(const QString &tekst, Maalform m);

/// The typed texts of the case a letter prints in place of a section the caseworker may write:
/// the summary (for the Saksforhold), in the innsender's result letter the short reason per
/// assessment (the first sentence of its begrunnelse), and in a letter printing the assessments
/// (the avgjørelse) each begrunnelse as a whole.
enum class Maalformtekst { Saksforhold, Grunn, Begrunnelse };

/// The marker a letter in `m` prints instead of a typed text of kind `hva` that is in the other
/// målform, asking for the text in `m` (DOMAIN.md § 6; finalising is refused while it is there).
QString maalformMarkor(Maalformtekst hva, Maalform m);

/// The Saksforhold's marker: maalformMarkor(Maalformtekst::Saksforhold, m).
QString saksforholdMarkor(Maalform m);

/// The free-text section (Brevutkast::fritekst) the caseworker writes to replace the innsender's
/// short reason for `v`: "grunn:<objekt id>/<bestemmelse code>", e.g. "grunn:o2/hpl-4".
QString grunnfelt(const Vurdering &v);

/// The free-text section holding `v`'s begrunnelse as written for one letter in the letter's
/// målform, when the assessment's own is in the other (DOMAIN.md § 6): "begrunnelse:<objekt
/// id>/<bestemmelse code>". Prefilled with the assessment's text; the letter prints it in place of
/// the assessment's, which is never changed. One party's letter's own text (Brevtekster::lagreEgne).
QString begrunnelsefelt(const Vurdering &v);
/// The section ("bekreftet:<objekt id>/<bestemmelse code>", "1" when set) recording that the
/// caseworker chose to print `v`'s begrunnelse in the other målform as it stands in this letter.
QString bekreftetfelt(const Vurdering &v);

/// The objects whose assessments `utkast` holds: Brevutkast::objekter; else a letter to an
/// object its own, any other letter every object's (brevdata()).
QStringList objekterIBrev(const Tilsynssak &sak, const Brevutkast &utkast);

/// The short reason the innsender's letter in `m` gives for `v`: what the caseworker wrote in
/// grunnfelt(v); else, for an innsender entitled to read it (`innsyn`), the first sentence of the
/// begrunnelse (Unicode sentence boundaries: "12. februar" ends none) — or the Grunn marker when
/// that sentence is in the other målform; else the outcome's standard sentence in `m`.
QString grunnTilInnsender(const Vurdering &v, bool innsyn, Maalform m, const QHash<QString, QString> &fritekst);

/// One typed text a letter would print that is in the other målform than the letter's, with the
/// section the caseworker writes instead (one mechanism for the Saksforhold and each reason).
struct Maalformavsnitt
{
    Maalformtekst hva = Maalformtekst::Saksforhold;
    QString felt;     ///< the free-text section: "saksforhold" or grunnfelt()
    QString objekt;   ///< a reason: the tilsynsobjekt's name; empty for the Saksforhold
    QString paragraf; ///< a reason: the provision in the letter's målform ("helsepersonelloven § 4")
    QString original; ///< the typed text in the other målform, which the letter leaves out
    /// Saksforhold, Grunn: nothing written in `felt` yet, the letter prints the marker.
    /// Begrunnelse: the text the letter prints (`felt`, else the original) is still in the other
    /// målform and the caseworker has not confirmed it (bekreftetfelt()).
    bool mangler = true;
};

/// Every typed text `utkast` would print (by its template `mal`, the type's in the letter's
/// målform) that is in the other målform: the Saksforhold when the summary stands in for it, in
/// a letter printing the innsender's short reasons each first sentence in the other målform, and
/// in a letter printing the begrunnelser (the avgjørelse) each of its objects' begrunnelser in
/// the other målform.
/// Written or not (see `mangler`), so the letter window keeps a section once offered. In case order.
QList<Maalformavsnitt> avsnittPaaAnnenMaalform(const Tilsynssak &sak, const Katalog &katalog,
                                               const Brevutkast &utkast, const Brevmal &mal);

/// The sections of avsnittPaaAnnenMaalform() still printing a marker or a begrunnelse neither
/// rewritten nor confirmed: a letter is finalised (desktop and `letter --finalise`) only when
/// this is empty.
QList<Maalformavsnitt> maalformmarkorer(const Tilsynssak &sak, const Katalog &katalog, const Brevutkast &utkast,
                                        const Brevmal &mal);

/// Whether `utkast` would print saksforholdMarkor(): its Saksforhold is empty and the case's
/// summary, which would stand in for it, is in the other målform.
bool saksforholdMangler(const Tilsynssak &sak, const Brevutkast &utkast);

} // namespace tilsyn
