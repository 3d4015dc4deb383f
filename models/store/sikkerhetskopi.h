#pragma once

#include <QString>

namespace tilsyn {

class Katalog;

/// Backup and restore of a local store with SQLite's online backup API: consistent while the
/// desktop application (or a sync) has the store open, and never a half-written file under the
/// final name. Both throw StoreError with a message a caseworker can act on.
namespace sikkerhetskopi {

/// Copies the store at `lager` to `til`: into a temporary file beside `til`, checked (ours,
/// PRAGMA integrity_check), then renamed over `til`.
void taKopi(const QString &lager, const QString &til);

/// Replaces the content of the store at `lager` by the backup `fra`, in place (connections that
/// have the store open see the restored content). The backup is copied and checked first
/// (integrity, schema version, the store check); then the current store is kept as a copy
/// beside it, whose path is returned. Nothing changes when the backup is refused.
QString gjenopprett(const QString &lager, const QString &fra, const Katalog &katalog);

} // namespace sikkerhetskopi
} // namespace tilsyn
