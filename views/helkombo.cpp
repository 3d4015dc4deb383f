#include "helkombo.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QComboBox>
#include <QStyleOptionMenuItem>

namespace tilsyn {

namespace {

int bredesteElement(QComboBox *k)
{
    int bredest = 0;
    QStyleOptionMenuItem m;
    m.initFrom(k->view());
    m.menuItemType = QStyleOptionMenuItem::Normal;
    m.checkType = QStyleOptionMenuItem::NonExclusive;
    m.font = k->font();
    m.fontMetrics = k->fontMetrics();
    m.maxIconWidth = k->iconSize().width() + 4;
    for (int i = 0; i < k->count(); ++i) {
        m.text = k->itemText(i);
        m.icon = k->itemIcon(i);
        const QSize innhold(k->fontMetrics().horizontalAdvance(m.text) + (m.icon.isNull() ? 0 : k->iconSize().width() + 4),
                            k->fontMetrics().height());
        bredest = std::max(bredest, k->style()->sizeFromContents(QStyle::CT_MenuItem, &m, innhold, k).width());
    }
    return bredest;
}

void tilpass(QComboBox *k)
{
    QAbstractItemView *v = k->view();
    v->setMinimumWidth(bredesteElement(k) + 2 * v->frameWidth());
}

} // namespace

void visHeleTeksten(QComboBox *kombo)
{
    tilpass(kombo);
    QAbstractItemModel *m = kombo->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        QObject::connect(m, signal, kombo, [kombo] { tilpass(kombo); });
    QObject::connect(m, &QAbstractItemModel::modelReset, kombo, [kombo] { tilpass(kombo); });
    QObject::connect(m, &QAbstractItemModel::dataChanged, kombo, [kombo] { tilpass(kombo); });
}

} // namespace tilsyn
