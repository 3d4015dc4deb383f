#pragma once

#include "domain/validering.h"

#include <QJsonObject>

namespace tilsyn {

struct Tilsynssak;

/// A tilsynssak as a JSON object of the interchange contract (format version 1).
/// Every contract field is written; absent optional ones as null, false or [].
QJsonObject sakTilJson(const Tilsynssak &sak);

/// Reads a contract object strictly: wrong types, unknown fields and missing required fields are
/// problems with their field paths. Fields that fail are left empty in the result.
Tilsynssak sakFraJson(const QJsonObject &o, Problemer *problemer);

} // namespace tilsyn
