#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace tilsyn {

struct Rapporttabell;
struct Rapportvalg;

/// The text of one cell as the CSV and the tables show it: numbers without grouping, a double
/// with at most one decimal and '.' as separator, null as empty.
QString celletekst(const QVariant &celle);

/// The report as CSV per the CLI contract: UTF-8, comma separated, `\n` line ends, a header
/// line, RFC 4180 quoting only for a field that holds a comma or a quote.
QByteArray tilCsv(const Rapporttabell &tabell);

/// The report as a JSON document (shape in docs/reports.md): the selection, the column keys and
/// one object per row; numbers as numbers, empty cells as null.
QByteArray tilJson(const Rapporttabell &tabell, const Rapportvalg &valg);

} // namespace tilsyn
