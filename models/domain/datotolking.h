#pragma once

#include <QDate>
#include <QString>

namespace tilsyn {

/// The result of reading a date a person typed.
struct Datotolking
{
    enum class Feil {
        Ingen,      ///< `dato` holds the date
        Tom,        ///< nothing typed
        Format,     ///< not a date in any accepted form ("21.11.1", "i morgen")
        FinnesIkke, ///< the form is right but the day does not exist ("31.02.2026")
    };
    QDate dato;
    Feil feil = Feil::Format;
    bool ok() const { return feil == Feil::Ingen; }
};

/// Reads a date as a Norwegian caseworker types it: day first, with '.', '-', '/' or ' '
/// between the parts ("21.12.2026", "1.2.2026", "21.12.26"), or the digits only ("21122026",
/// "211226"); ISO "2026-12-21" too. A two-digit year is 20yy. Anything else is refused, never
/// guessed: a one- or three-digit year, extra parts or letters give Feil::Format.
Datotolking tolkDato(const QString &tekst);

/// The display form of the date fields: dd.MM.yyyy.
QString visDato(const QDate &dato);

} // namespace tilsyn
