// The deadline a decision letter gives for documenting that a lovbrudd is put right (issue 10,
// session 14): set where the letter is written, in the usual date field, instead of only in the
// follow-up window afterwards. The finalised letter stores it (brev.svarfrist), where the
// follow-up window reads it (OppfolgingRepository::avgjorelsesfrist). A promised date lies after
// the letter's date: an earlier one is not finalised.

#include "brevvisning.h"

#include "datofelt.h"
#include "domain/tilsynssak.h"
#include "letters/brevutkast.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

void Brevvisning::byggDokumentasjonsfrist(QFormLayout *skjema)
{
    m_dokfrist = new Datofelt(this);
    m_dokfrist->setObjectName(u"dokumentasjonsfrist"_s);
    m_dokfristEtikett = new QLabel(tr("D&ocumentation deadline"), this);
    m_dokfristEtikett->setBuddy(m_dokfrist);
    m_dokfrist->setToolTip(tr("The date by which the service is to document that the breach is put right (not a plan, "
                              "but evidence that practice changed). The letter states it, and the follow-up of the "
                              "breach starts with it."));
    m_dokfristEtikett->setToolTip(m_dokfrist->toolTip());
    skjema->addRow(m_dokfristEtikett, m_dokfrist);
    m_dokfrist->hide();
    m_dokfristEtikett->hide();
    connect(m_dokfrist, &Datofelt::datoEndret, this, [this] { oppdater(); });
}

bool Brevvisning::girDokumentasjonsfrist() const
{
    const QString type = m_type->currentData().toString();
    if (type != u"bm5-avgjorelse" && type != u"palegg-retting")
        return false;
    // The decision states the deadline only where it concludes lovbrudd for its recipient.
    const QString utfall = m_sak.utfall.value_or(QString());
    if (type == u"bm5-avgjorelse" && (utfall == u"innledende" || utfall == u"oversendt-htil"))
        return false;
    const QString objekt = m_mottaker->currentData().toString();
    return std::any_of(m_sak.vurderinger.cbegin(), m_sak.vurderinger.cend(), [&objekt](const Vurdering &v) {
        return v.objekt == objekt && v.konklusjon == u"lovbrudd";
    });
}

void Brevvisning::oppdaterDokumentasjonsfrist()
{
    if (!m_dokfrist)
        return;
    const bool vis = girDokumentasjonsfrist();
    m_dokfrist->setVisible(vis);
    m_dokfristEtikett->setVisible(vis);
    // Proposed as the letter proposes it (two months from its date); kept once chosen, for the
    // next party's decision too.
    if (vis && !m_dokfrist->dato().isValid() && m_dokfrist->feil().isEmpty())
        m_dokfrist->settDato(foreslaaUtkast(m_sak, m_type->currentData().toString(), brevdato()).oppfolgingsfrist);
}

void Brevvisning::brukDokumentasjonsfrist(Brevutkast &u) const
{
    if (m_dokfrist && girDokumentasjonsfrist() && m_dokfrist->dato().isValid())
        u.oppfolgingsfrist = m_dokfrist->dato();
}

QString Brevvisning::dokumentasjonsfristGrunn() const
{
    if (!m_dokfrist || !girDokumentasjonsfrist())
        return {};
    if (!m_dokfrist->feil().isEmpty())
        return tr("The documentation deadline is not a date: %1").arg(m_dokfrist->feil());
    if (!m_dokfrist->dato().isValid())
        return tr("Enter the documentation deadline: the letter states it.");
    if (m_dokfrist->dato() <= brevdato())
        return tr("The documentation deadline must lie after the letter's date (%1): a letter never sets a deadline "
                  "on its own date or before it.")
            .arg(brevdato().toString(u"dd.MM.yyyy"_s));
    return {};
}

} // namespace tilsyn
