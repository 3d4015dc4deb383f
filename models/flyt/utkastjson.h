#pragma once

#include "letters/brevutkast.h"

#include <QJsonObject>

namespace tilsyn {

/// A letter draft as JSON, every field (the persisted and synced form of Brevutkast, see
/// resources/sql/local/023_dokumentflyt.sql). The approval (godkjenning) is never part of it: it
/// comes only from the approval record. utkastFraJson(utkastTilJson(u)) == u except godkjenning.
QJsonObject utkastTilJson(const Brevutkast &utkast);
/// Throws StoreError (Korrupt) for a value that is not an object of this shape.
Brevutkast utkastFraJson(const QJsonObject &o);

} // namespace tilsyn
