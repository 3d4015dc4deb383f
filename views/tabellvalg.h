#pragma once

#include <QHeaderView>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTimer>

#include <algorithm>

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

/// A list–form editor's table as high as whole rows (issue 10 tryout: the objects table showed
/// half a second row at 1366×768): its rows up to `maks` (at least `minst`, an empty row's height
/// each), the header and the frame; more rows than `maks` scroll. Follows the rows' heights
/// (word wrap), rows added or removed and the header's height.
inline void hoeydeEtterRader(QTableView *tabell, int minst, int maks)
{
    auto tilpass = [tabell, minst, maks] {
        const QHeaderView *topp = tabell->horizontalHeader();
        // What is not rows (frame, header, a scroll bar): measured once laid out, else estimated.
        int hoeyde = tabell->isVisible() && tabell->viewport()->height() > 0
            ? tabell->height() - tabell->viewport()->height()
            : 2 * tabell->frameWidth()
                  + (topp->isHidden() ? 0 : std::max({topp->height(), topp->sizeHint().height(), topp->minimumHeight()}));
        const int antall = tabell->model() ? tabell->model()->rowCount() : 0;
        int vist = 0;
        for (; vist < std::min(antall, maks); ++vist)
            hoeyde += tabell->rowHeight(vist);
        for (; vist < minst; ++vist)
            hoeyde += tabell->verticalHeader()->defaultSectionSize();
        if (!tabell->isVisible() && tabell->horizontalScrollBar()->isVisibleTo(tabell))
            hoeyde += tabell->horizontalScrollBar()->height();
        if (tabell->height() != hoeyde || tabell->minimumHeight() != hoeyde)
            tabell->setFixedHeight(hoeyde);
    };
    // The headers as the contexts, not the table or its model: the headers go first when the
    // table is destroyed, before its model (whose last reset must not reach this).
    // Measured once the change is done (rows are sized after their texts are set, not always
    // with sectionResized).
    QHeaderView *rader = tabell->verticalHeader();
    auto senere = [rader, tilpass] { QTimer::singleShot(0, rader, tilpass); };
    QObject::connect(rader, &QHeaderView::sectionResized, rader, senere);
    QObject::connect(rader, &QHeaderView::sectionCountChanged, rader, senere);
    QObject::connect(tabell->horizontalHeader(), &QHeaderView::geometriesChanged, rader, senere);
    QObject::connect(tabell->model(), &QAbstractItemModel::dataChanged, rader, senere);
    QObject::connect(tabell->model(), &QAbstractItemModel::layoutChanged, rader, senere);
    QObject::connect(tabell->model(), &QAbstractItemModel::modelReset, rader, senere);
    tilpass();
}
