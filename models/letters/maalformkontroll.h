#pragma once

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

} // namespace tilsyn
