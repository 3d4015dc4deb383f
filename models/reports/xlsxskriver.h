#pragma once

#include <QList>
#include <QString>

namespace tilsyn {

class Fremdrift;
struct Rapporttabell;
struct Rapportvalg;

/// Writes the reports to an .xlsx workbook through libxlsxwriter: one worksheet per report
/// (named after it), a bold header row, numbers as numbers and empty cells left empty, and a
/// first sheet describing the selection. Returns an empty string on success, else the error.
/// `fremdrift` (optional) gets sheets written of the reports; cancelled, nothing is left (the
/// temporary workbook is removed) and Avbrutt is thrown.
QString skrivXlsx(const QString &sti, const QList<Rapporttabell> &tabeller, const Rapportvalg &valg,
                  Fremdrift *fremdrift = nullptr);

} // namespace tilsyn
