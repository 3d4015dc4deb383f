#pragma once

#include <QByteArray>

namespace tekstdata {

/// A valid case whose sammendrag is the raw JSON value `sammendrag` (and whose object is `objekt`).
QByteArray sak(const QByteArray &id, const QByteArray &sammendrag, const QByteArray &objekt = {});
QByteArray idNr(int n);
/// Rows (inn, ut): valid JSON strings and the bytes export writes for them.
void gyldige();
/// Rows (linje, felt, iMelding): invalid lines, the field named and a part of the message.
void ugyldige();

} // namespace tekstdata
