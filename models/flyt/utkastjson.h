#pragma once

#include "letters/brevutkast.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tilsyn {

/// A letter draft as JSON, every field (the persisted and synced form of Brevutkast, see
/// resources/sql/local/023_dokumentflyt.sql). The approval (godkjenning) is never part of it: it
/// comes only from the approval record. utkastFraJson(utkastTilJson(u)) == u except godkjenning.
QJsonObject utkastTilJson(const Brevutkast &utkast);
/// A follow-up letter's breaches (Brevutkast::oppfolging) as the letter states them: provision,
/// object, the documentation received, rettet and the evidence (also in BrevRepository's draft key).
QJsonArray oppfolgingTilJson(const QList<Lovbruddoppfolging> &lovbrudd);
/// Throws StoreError (Korrupt) for a value that is not an object of this shape.
Brevutkast utkastFraJson(const QJsonObject &o);

} // namespace tilsyn
