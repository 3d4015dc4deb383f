#pragma once

#include <QByteArray>
#include <QtGlobal>

class QIODevice;

namespace tilsyn {

class Fremdrift;
class SakRepository;
class Utfil;
struct Tilsynssak;

/// One case as export writes it: compact JSON of the contract, without the line end. Strings are
/// written exactly (StrengJson), so what import read comes back unchanged.
QByteArray eksportLinje(const Tilsynssak &sak);

/// Writes every case as JSON Lines (contract format version 1), ordered by id.
/// Returns the number of cases written; throws StoreError on a read or write failure, and for a
/// case whose line would be longer than import accepts (JsonlImport::kMaksLinje). `fremdrift`
/// (optional) gets cases written of the store's count, and may cancel (Avbrutt).
qint64 eksporterJsonl(const SakRepository &repo, QIODevice &ut, Fremdrift *fremdrift = nullptr);
/// The same into a checked output file; a failed write throws StoreError with Utfil::feil(). On
/// Avbrutt the caller abandons the file (Utfil::avbryt()): nothing under the final name.
qint64 eksporterJsonl(const SakRepository &repo, Utfil &ut, Fremdrift *fremdrift = nullptr);

} // namespace tilsyn
