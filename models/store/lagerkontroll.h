#pragma once

#include <QStringList>

namespace tilsyn {

class Katalog;
class Store;

/// The health check of a local store (`tilsynsklient check`, Help → Check the store): SQLite's
/// PRAGMA integrity_check and foreign_key_check, then the program's own rules: every case
/// valid against the catalogue, the derived columns as SakRepository computes them, an audit
/// row for every case. Returns one line per problem (empty: healthy). Reads only.
QStringList kontrollerLager(Store &store, const Katalog &katalog);

} // namespace tilsyn
