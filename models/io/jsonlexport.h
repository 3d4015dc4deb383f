#pragma once

#include <QtGlobal>

class QIODevice;

namespace tilsyn {

class SakRepository;

/// Writes every case as JSON Lines (contract format version 1), ordered by id.
/// Returns the number of cases written; throws StoreError on a read or write failure.
qint64 eksporterJsonl(const SakRepository &repo, QIODevice &ut);

} // namespace tilsyn
