#pragma once

#include <QSignalBlocker>
#include <QTableWidget>

/// The row a list–form editor (tilsynsobjekter, vurderinger) keeps selected after its list is
/// filled again: `valgt` clamped to the `antall` rows (the last row when it is past the end,
/// the first when none was chosen and there are rows; -1 for an empty list). The table's current
/// cell is set to that row without emitting its signals, so the form is not written back.
/// Returns the row, -1 for none.
inline int beholdValgtRad(QTableWidget *tabell, int valgt, int antall)
{
    if (valgt >= antall)
        valgt = antall - 1;
    if (valgt < 0 && antall > 0)
        valgt = 0;
    const QSignalBlocker b(tabell);
    if (valgt >= 0)
        tabell->setCurrentCell(valgt, 0);
    else
        tabell->setCurrentCell(-1, -1);
    return valgt;
}
