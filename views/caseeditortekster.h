#pragma once

#include <QString>

namespace tilsyn {

/// The editor's label for a field path ("mottatt", "innsender.adresse" …), translated.
QString ledetekst(const QString &felt);
/// One paragraph on behandlingsmåte `bm` (1–5): what it means, its milestone, and "%1" for its deadline.
QString bmVeiledning(int bm);

} // namespace tilsyn
