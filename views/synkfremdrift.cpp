#include "synkfremdrift.h"

#include "synkstyring.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace tilsyn {

using namespace Qt::StringLiterals;

Synkfremdrift::Synkfremdrift(SynkStyring &styring, QWidget *parent)
    : QWidget(parent), m_linje(new QProgressBar(this)), m_avbryt(new QToolButton(this)), m_vent(new QTimer(this))
{
    setObjectName(u"synkfremdrift"_s);
    m_avbryt->setObjectName(u"synkAvbryt"_s);
    m_linje->setRange(0, 0); // how many cases the central store holds is not asked: a busy bar
    m_linje->setTextVisible(false);
    m_linje->setMaximumWidth(120);
    m_linje->setMaximumHeight(fontMetrics().height());
    auto *lag = new QHBoxLayout(this);
    lag->setContentsMargins(0, 0, 0, 0);
    lag->addWidget(m_linje);
    lag->addWidget(m_avbryt);
    m_vent->setSingleShot(true);
    m_vent->setInterval(kVisEtterMs);
    connect(m_vent, &QTimer::timeout, this, &QWidget::show);
    connect(&styring, &SynkStyring::arbeider, this, [this](bool paa) {
        if (paa) {
            m_avbryt->setEnabled(true);
            m_vent->start();
        } else {
            m_vent->stop();
            hide();
        }
    });
    connect(m_avbryt, &QToolButton::clicked, &styring, [this, &styring] {
        m_avbryt->setEnabled(false);
        styring.avbryt();
    });
    oversett();
    hide();
}

Synkfremdrift::~Synkfremdrift() = default;

void Synkfremdrift::oversett()
{
    m_avbryt->setText(tr("Cancel"));
    m_avbryt->setToolTip(tr("Stop the sync after the cases received so far; the next sync continues from there"));
}

void Synkfremdrift::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QWidget::changeEvent(e);
}

} // namespace tilsyn
