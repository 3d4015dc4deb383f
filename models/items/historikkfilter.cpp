#include "historikkfilter.h"

#include "items/historikkmodell.h"

namespace tilsyn {

HistorikkFilter::HistorikkFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

HistorikkFilter::~HistorikkFilter() = default;

void HistorikkFilter::settFelt(const QString &felt)
{
    if (felt == m_felt)
        return;
    m_felt = felt;
    invalidateRowsFilter();
}

void HistorikkFilter::settBruker(const QString &bruker)
{
    if (bruker == m_bruker)
        return;
    m_bruker = bruker;
    invalidateRowsFilter();
}

bool HistorikkFilter::slipperGjennom(const QString &radFelt, const QString &radBruker, const QString &felt,
                                     const QString &bruker)
{
    return (felt.isEmpty() || radFelt == felt) && (bruker.isEmpty() || radBruker == bruker);
}

bool HistorikkFilter::filterAcceptsRow(int kildeRad, const QModelIndex &forelder) const
{
    const QAbstractItemModel *m = sourceModel();
    return slipperGjennom(m->index(kildeRad, HistorikkModell::Felt, forelder).data(HistorikkModell::RawValueRole).toString(),
                          // by the person as shown: an older entry's login and a newer one's name are one person
                          m->index(kildeRad, HistorikkModell::Bruker, forelder).data(Qt::DisplayRole).toString(),
                          m_felt, m_bruker);
}

} // namespace tilsyn
