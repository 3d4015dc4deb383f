#include "oppfolgingfilter.h"

#include "oppfolgingmodell.h"

namespace tilsyn {

OppfolgingFilter::OppfolgingFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
}

void OppfolgingFilter::settTekst(const QString &tekst)
{
    if (tekst == m_tekst)
        return;
    m_tekst = tekst;
    m_ord = tekst.split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool OppfolgingFilter::passer(const QStringList &ord, const QStringList &felt)
{
    for (const QString &o : ord) {
        bool funnet = false;
        for (const QString &f : felt)
            if (f.contains(o, Qt::CaseInsensitive)) {
                funnet = true;
                break;
            }
        if (!funnet)
            return false;
    }
    return true;
}

bool OppfolgingFilter::filterAcceptsRow(int kilderad, const QModelIndex &kildeforelder) const
{
    if (m_ord.isEmpty())
        return true;
    const QAbstractItemModel *m = sourceModel();
    QStringList felt;
    for (int k : {OppfolgingModell::SaksnummerColumn, OppfolgingModell::TilsynsobjektColumn, OppfolgingModell::StatusColumn})
        felt.append(m->index(kilderad, k, kildeforelder).data().toString());
    return passer(m_ord, felt);
}

} // namespace tilsyn
