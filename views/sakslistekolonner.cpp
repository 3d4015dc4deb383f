#include "sakslistekolonner.h"

#include "items/innstillinger.h"
#include "items/saklistemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>

namespace tilsyn {

Sakslistekolonner::Sakslistekolonner(QTableView *visning, int kolonne, int foran)
    : QObject(visning), m_visning(visning), m_kolonne(kolonne), m_foran(foran)
{
}

Sakslistekolonner::~Sakslistekolonner() = default;

void Sakslistekolonner::lesInn()
{
    QHeaderView *topp = m_visning->horizontalHeader();
    // Headers at the left, as the cells: a column running past the right edge (Tilsynsobjekt
    // beside the open case) still shows its name, not a centre off-screen. Also over a saved
    // state, which holds the alignment too.
    const auto venstre = [topp] { topp->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter); };
    const QByteArray tilstand = Innstillinger::listekolonner.verdi();
    if (!tilstand.isEmpty() && topp->restoreState(tilstand))
        return venstre();
    venstre();
    // Default: who has the case before what it is about, and each column as narrow as it may be:
    // its header and texts widen it, not Qt's 100 pixels for "Alvorlig" and "Status".
    topp->moveSection(topp->visualIndex(m_kolonne), topp->visualIndex(m_foran));
    for (int k = 0; k < topp->count(); ++k)
        topp->resizeSection(k, topp->minimumSectionSize());
}

void Sakslistekolonner::lagre() const
{
    Innstillinger::listekolonner.sett(m_visning->horizontalHeader()->saveState());
}

void Sakslistekolonner::visGjeldendeI(QStatusBar *linje)
{
    connect(m_visning->selectionModel(), &QItemSelectionModel::currentChanged, linje,
            [this, linje](const QModelIndex &i) {
        if (!i.isValid() || !m_visning->hasFocus())
            return; // a filter's new rows or a case opened from the search field say nothing here
        const QString objekt = i.siblingAtColumn(SakListeModel::TilsynsobjektColumn).data().toString();
        if (objekt.isEmpty())
            return;
        linje->showMessage(tr("Case %1: %2").arg(i.siblingAtColumn(SakListeModel::SaksnummerColumn).data().toString(),
                                                 objekt),
                           kVisMs);
    });
}

} // namespace tilsyn
