#pragma once

#include "domain/tilsynssak.h"
#include "domain/validering.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace tilsyn {

class Katalog;

/// One non-blank line of a JSON Lines file, decoded and checked on its own (JsonlImport::les
/// adds the checks that need the other lines or the store).
struct LestLinje
{
    qsizetype linje = 0;             ///< 1-based line number in the file
    std::optional<Tilsynssak> sak;   ///< empty when the line is no JSON object (then `problemer` says why)
    Problemer problemer;             ///< this line's own problems, in the order one pass finds them
    /// The case's export line in bytes, or an upper bound of it when that is within
    /// JsonlImport::kMaksLinje (0 when `problemer` is not empty).
    qsizetype eksportLengde = 0;
};

/// Splits `innhold` (UTF-8 JSON Lines; a leading BOM is skipped) into lines and decodes and
/// validates every non-blank one against `katalog` (historical behandlingsmåter allowed):
/// the longest line is JsonlImport::kMaksLinje, text the store cannot keep is refused. The work
/// runs in chunks of lines on the calling thread and bulktraader(); the result is in line order and
/// the same as one pass would give. Blank lines give no entry.
std::vector<LestLinje> lesLinjer(const QByteArray &innhold, const Katalog &katalog);

} // namespace tilsyn
