#pragma once

#include "domain/katalog.h"

#include <QString>
#include <QStringList>

namespace tilsyn {

class Brevmal;
class Katalog;
class Ordbok;
struct Brevutkast;
struct Tilsynssak;

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

/// What a letter in `m` may be prefilled with from a typed text of the case (the summary, the
/// Saksforhold written in another party's letter): `tekst`, or empty when it is in the other
/// målform — a letter's prefilled text is never in the other målform (DOMAIN.md § 6).
QString forslagPaa(const QString &tekst, Maalform m);

/// What a letter prints for its Saksforhold when nothing was written for it and the case's
/// summary is in the other målform: a marker in the letter's målform asking for the text
/// (Brevvisning refuses to finalise while it is there; see saksforholdMangler()).
QString saksforholdMarkor(Maalform m);

/// Whether `utkast` would print saksforholdMarkor(): its Saksforhold is empty and the case's
/// summary, which would stand in for it, is in the other målform.
bool saksforholdMangler(const Tilsynssak &sak, const Brevutkast &utkast);

} // namespace tilsyn
