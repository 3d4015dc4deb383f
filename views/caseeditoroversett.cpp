#include "caseeditor.h"

#include "caseeditortekster.h"
#include "valgfridato.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>

// The case editor's texts set again after a language change (its own file: the editor's is long).

namespace tilsyn {

void CaseEditor::oversett()
{
    for (auto it = m_ledetekster.cbegin(); it != m_ledetekster.cend(); ++it)
        it.value()->setText(etikett(it.key()));
    m_alvorlig->setText(tr("Danger to life or health, or abuse (prioritise)"));
    m_bVurdert->setText(tr("Considered"));
    m_bMote->setText(tr("Meeting offered"));
    m_bMerknad->setPlaceholderText(tr("Note"));
    m_innsenderNavn->setPlaceholderText(tr("Name"));
    m_innsenderMaalform->setItemText(0, tr("(not known)"));
    m_utfall->setItemText(0, tr("(none)"));
    m_oversendt->settTekst(tr("Set"));
    m_rapport->settTekst(tr("Set"));
    m_mote->settTekst(tr("Set"));
    m_avsluttet->settTekst(tr("Set"));
    const QStringList titler{tr("The henvendelse"), tr("Subjects of supervision"), tr("Handling method"),
                             tr("Assessed provisions")};
    for (qsizetype i = 0; i < m_grupper.size(); ++i)
        m_grupper[i]->setTitle(titler[i]);
    if (m_harSak)
        oppdater();
}

} // namespace tilsyn
