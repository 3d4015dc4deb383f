#pragma once

#include <QString>

namespace tilsyn {

/// The editor's label for a field path ("mottatt", "innsender.adresse" …), translated.
QString ledetekst(const QString &felt);
/// The label shown beside the field: ledetekst() with its accelerator ("Case &number:"), so
/// Alt+letter reaches the field; translated, the letter chosen per language to be unique in the
/// main window.
QString etikett(const QString &felt);
/// Where a problem is, as the caseworker sees it: the label of a field path
/// ("Assessment 2, Conclusion" for "vurderinger[1].konklusjon"), translated.
QString feltnavn(const QString &sti);
/// One paragraph on behandlingsmåte `bm` (1–5): what it means, its milestone, and "%1" for its deadline.
QString bmVeiledning(int bm);

} // namespace tilsyn
