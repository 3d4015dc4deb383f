#include "sakslistekolonner.h"

#include "items/innstillinger.h"

#include <QHeaderView>
#include <QTableView>

namespace tilsyn {

Sakslistekolonner::Sakslistekolonner(QTableView *visning, int kolonne, int foran)
    : QObject(visning), m_visning(visning), m_kolonne(kolonne), m_foran(foran)
{
}

Sakslistekolonner::~Sakslistekolonner() = default;

void Sakslistekolonner::lesInn()
{
    QHeaderView *topp = m_visning->horizontalHeader();
    const QByteArray tilstand = Innstillinger::listekolonner.verdi();
    if (!tilstand.isEmpty() && topp->restoreState(tilstand))
        return;
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

} // namespace tilsyn
