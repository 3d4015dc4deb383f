#include "godkjenningsvalg.h"

#include "items/kontorpraksis.h"

#include <QCheckBox>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

GodkjenningsValg::GodkjenningsValg(QWidget *parent)
    : QWidget(parent), m_boks(new QCheckBox(tr("Letters of some types need a leader's appro&val"), this)),
      m_forklaring(new QLabel(this)),
      m_harSentral(!QSettings().value(u"sentral/conninfo"_s).toString().trimmed().isEmpty())
{
    setObjectName(u"godkjenningsvalg"_s);
    m_boks->setObjectName(u"godkjenningPaa"_s);
    m_forklaring->setObjectName(u"godkjenningForklaring"_s);
    m_forklaring->setWordWrap(true);
    m_start = !Kontorpraksis::typerSomKreverGodkjenning().isEmpty() || (m_harSentral && Kontorpraksis::godkjenningPaa());
    m_boks->setChecked(m_start);
    // With a central store, approval can only be turned (back) on.
    m_boks->setEnabled(!m_harSentral || !m_boks->isChecked());
    auto *lag = new QVBoxLayout(this);
    lag->setContentsMargins(0, 0, 0, 0);
    lag->addWidget(m_boks);
    lag->addWidget(m_forklaring);
    connect(m_boks, &QCheckBox::toggled, this, &GodkjenningsValg::forklar);
    forklar();
}

GodkjenningsValg::~GodkjenningsValg() = default;

void GodkjenningsValg::forklar()
{
    QString tekst;
    if (m_harSentral && m_boks->isChecked())
        tekst = tr("This office has a central store, where leaders approve letters in the system. Approval can be "
                   "turned off only for an office without a central store.");
    else if (m_boks->isChecked())
        tekst = tr("On: a letter of a type that needs approval is finalised only after a leader has approved it "
                   "in the system, and its signature names that leader. Without a central store no one can "
                   "approve, so turn this off if the office works without one.");
    else if (!m_harSentral)
        // Plainly, for an office that will use a central store (a tryout read "Off" as its practice).
        tekst = tr("Off for now, because no central store is set up: no letter needs a leader's approval, and "
                   "letters name only the caseworker. Will your office use a central store? Then leave this as it "
                   "is: approval turns on by itself once the central store is set up (View ▸ Central store…), "
                   "and leaders approve decisions in the system.");
    else
        tekst = tr("Off: no letter type needs approval. Letters name only the caseworker, and none says it was "
                   "approved electronically.");
    m_forklaring->setText(tekst);
    m_boks->setToolTip(tekst);
    m_boks->setAccessibleDescription(tekst);
}

void GodkjenningsValg::lagre()
{
    if (m_boks->isChecked() == m_start)
        return; // the practice in force stays as it is set (or not set)
    Kontorpraksis::godkjenning.sett(m_boks->isChecked() ? u"paa"_s : u"av"_s);
    if (m_boks->isChecked() && Kontorpraksis::typerSomKreverGodkjenning().isEmpty())
        Kontorpraksis::brevSomKreverGodkjenning.sett(Kontorpraksis::standardGodkjenningstyper());
    m_start = m_boks->isChecked();
}

} // namespace tilsyn
