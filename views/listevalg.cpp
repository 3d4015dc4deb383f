#include "listevalg.h"

#include "items/saklistemodel.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace tilsyn {

Listevalg::Listevalg(QTableView *liste, SakListeModel *modell, std::function<QString()> aapenSak)
    : QObject(liste), m_liste(liste), m_modell(modell), m_aapenSak(std::move(aapenSak))
{
    connect(liste->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        if (i.isValid()) // a reset makes it invalid: the case is still the one to keep
            m_valgt = i.data(SakListeModel::IdRole).toString();
    });
    m_modell->settBeholdKilde([this] { return m_valgt.isEmpty() && m_aapenSak ? m_aapenSak() : m_valgt; });
    // After the view's own handling of the reset (connected in setModel, so before this).
    connect(modell, &QAbstractItemModel::modelReset, this, [this] { gjenopprett(false); });
    connect(modell, &SakListeModel::soekFerdig, this, [this] { gjenopprett(true); });
}

void Listevalg::gjenopprett(bool ferdig)
{
    const QString id = m_modell->behold();
    if (id.isEmpty() || m_liste->currentIndex().isValid())
        return;
    const int rad = m_modell->radForId(id); // among the cached pages: the first and the kept case's
    if (rad < 0) {
        if (ferdig) // not among the new rows: nothing selected; the open case is kept next time
            m_valgt.clear();
        return;
    }
    const QModelIndex i = m_modell->index(rad, 0);
    m_liste->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_liste->scrollTo(i);
}

} // namespace tilsyn
