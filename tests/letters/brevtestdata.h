#pragma once

#include "domain/tilsynssak.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tilsyn::test {

/// A realistic health case in Vestland for a letter of behandlingsmåte `bm` (5: two objects and
/// `antallVurderinger` vurderinger, some of them lovbrudd), registered with a saksnummer.
Tilsynssak brevsak(int bm, int antallVurderinger = 4, const QString &maalform = QStringLiteral("nb"));

/// A social-services BM 5 case (Nav-kontor, one lovbrudd) for the pålegg letters.
Tilsynssak sosialsak(const QString &maalform = QStringLiteral("nb"));

/// A barnevern BM 5 case: a private barnevernsinstitusjon (one lovbrudd, one not), the child as innsender.
Tilsynssak barnevernsak(const QString &maalform = QStringLiteral("nb"));

/// Runs a poppler tool on PDF bytes (written to a temporary file) and returns its stdout.
QString poppler(const QString &verktoy, const QStringList &argumenter, const QByteArray &pdf);
/// `pdftotext` of the PDF with runs of whitespace (also non-breaking) folded to one space.
QString pdfTekst(const QByteArray &pdf);

} // namespace tilsyn::test
