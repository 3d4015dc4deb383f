#pragma once

#include "domain/tilsynssak.h"

#include <QByteArrayView>

#include <optional>

namespace tilsyn {

/// A fast reader of one contract line (format version 1) straight from its UTF-8 bytes into a
/// Tilsynssak, for the common case: no QJsonObject, no UTF-16 detour per value. It gives the case
/// only when the strict path (StrengJson::les, then sakFraJson) would accept the line with no
/// problem and read the same case, null and empty strings alike; for anything it is not sure of
/// (bad syntax or text, a key twice or unknown, a wrong type, an escaped key or date, a number
/// other than one digit 0–5, U+FEFF/U+FFFE/U+FFFF, a missing required field) it gives nullopt and
/// the caller takes the strict path, which finds and words the problems. So it never accepts what
/// the strict path refuses, and every message still comes from the strict path (fuzz_jsonl
/// compares the two on every input). The contract's rules (valider) are not checked here.
std::optional<Tilsynssak> lesSakRask(QByteArrayView linje);

/// The same for a sync document (the central store's JSON of a case, SyncLager::dokument): the
/// contract's fields plus "rapport_mottatt" (a date or null) and the per-party fields of
/// io/lokalefelt ("deres_dato", "deres_ref", "autorisasjon"). Gives the case only when the strict
/// path (QJsonDocument::fromJson, then sakFraSynkdokument) would read the same case with no
/// problem; nullopt otherwise, and the caller takes the strict path (tst_sakrask and fuzz_jsonl
/// compare the two).
std::optional<Tilsynssak> lesSynkdokumentRask(QByteArrayView dokument);

} // namespace tilsyn
