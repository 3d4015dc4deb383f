#pragma once

#include "domain/validering.h"

#include <QJsonObject>

#include <optional>

namespace tilsyn {

struct Tilsynssak;

/// `o` (a contract object of `sak`, see sakTilJson()) with the per-party fields the interchange
/// contract does not carry: Deres dato and Deres ref of the innsender and of each tilsynsobjekt
/// and a health professional's autorisasjon, as "deres_dato" (YYYY-MM-DD), "deres_ref" and
/// "autorisasjon" inside "innsender" and inside each "tilsynsobjekter" element — only when set, so
/// a case without them gives the contract object unchanged. For the sync document (tilsynsobjekter
/// merge per element on the server), the audit trail and recovery copies; never for `export`.
QJsonObject medLokaleFelt(QJsonObject o, const Tilsynssak &sak);

/// The reverse: reads a contract object that may hold those fields. They are taken out before
/// sakFraJson() reads it strictly, then set on the case; a field of the wrong type or a date
/// that is not YYYY-MM-DD is a problem with its path (e.g. "tilsynsobjekter[1].deres_dato").
Tilsynssak sakFraJsonMedLokaleFelt(QJsonObject o, Problemer *problemer);

/// The sync document of a case: the document sent to and stored by the central store
/// (SyncLager::dokument), and the local merge base of a case pulled in a first sync, made from its
/// rows when it is first changed here (SakRepository::skriv): medLokaleFelt(sakTilJson(sak)) with
/// "rapport_mottatt" (YYYY-MM-DD, or null).
QJsonObject synkdokument(const Tilsynssak &sak);

/// A sync document (SyncLager::dokument: a contract object with the local fields and
/// "rapport_mottatt", YYYY-MM-DD or null) read strictly: the case, or nullopt with the first
/// problem ("felt: melding") in *feil.
std::optional<Tilsynssak> sakFraSynkdokument(QJsonObject o, QString *feil);

} // namespace tilsyn
