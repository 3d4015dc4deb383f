#include "kantelisjon.h"

#include <QAbstractItemView>

namespace tilsyn {

Kantelisjon::~Kantelisjon() = default;

QRect Kantelisjon::tegneflate(const QRect &celle, int hoeyre)
{
    if (celle.left() >= hoeyre || celle.right() <= hoeyre)
        return celle;
    QRect r = celle;
    r.setRight(hoeyre);
    return r;
}

void Kantelisjon::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *visning = qobject_cast<const QAbstractItemView *>(option.widget);
    if (!visning) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem o = option;
    o.rect = tegneflate(option.rect, visning->viewport()->rect().right());
    o.textElideMode = Qt::ElideRight;
    QStyledItemDelegate::paint(painter, o, index);
}

} // namespace tilsyn
