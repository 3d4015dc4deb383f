#pragma once

#include <QString>

namespace tilsyn {

/// `tekst` with the spaces inside units a reader takes as one word made non-breaking (U+00A0),
/// so a line never ends inside them: a date written out ("20. november 2026"), a phone or
/// organisation number in groups ("61 26 60 00", "974 760 673"), a section sign and its number
/// ("§ 3-1", "§§ 28"), an abbreviation and its number ("kap. 30", "nr. 5", "tlf. 61…") and a
/// number and its unit ("21 dager", "3 veker"). Bokmål and nynorsk. A hyphenated abbreviation
/// ("HPR-nr. 9…") keeps its break at the space: a break after its hyphen would lose the hyphen
/// in the PDF's text layer. Other text is returned unchanged.
QString bindUttrykk(const QString &tekst);

/// The same for the text of an HTML fragment: only the text between tags is changed; tags,
/// attributes and the content of <style> stay as they are.
QString bindUttrykkIHtml(const QString &html);

} // namespace tilsyn
