#pragma once

#include <QStyledItemDelegate>

namespace tilsyn {

/// The delegate of a list that scrolls sideways (the case list): a cell that runs past the right
/// edge of the view is drawn as if it ended there, its text elided ("Helse Bergen HF, Hauk…"),
/// so a name is never cut mid-letter at the edge (issue 10 tryout: Tilsynsobjekt at 1366×768).
/// Scrolled into view, the cell is drawn whole as before; sizes are not changed.
class Kantelisjon final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Kantelisjon)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~Kantelisjon() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The rectangle a cell is drawn in: `celle` cut at the viewport's right edge `hoeyre`
    /// when it starts left of it and runs past it; otherwise `celle`.
    static QRect tegneflate(const QRect &celle, int hoeyre);
};

} // namespace tilsyn
