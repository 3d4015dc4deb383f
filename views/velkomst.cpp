#include "velkomst.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

Velkomst::Velkomst(QWidget *parent)
    : QWidget(parent)
    , m_tittel(new QLabel(this))
    , m_tekst(new QLabel(this))
    , m_ny(new QPushButton(this))
    , m_importer(new QPushButton(this))
    , m_eksempel(new QPushButton(this))
{
    setObjectName(u"velkomst"_s);
    m_ny->setObjectName(u"velkomstNy"_s);
    m_importer->setObjectName(u"velkomstImporter"_s);
    m_eksempel->setObjectName(u"velkomstEksempel"_s);
    QFont f = m_tittel->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    m_tittel->setFont(f);
    m_tekst->setWordWrap(true);
    m_tekst->setAlignment(Qt::AlignCenter);
    m_tekst->setContentsMargins(24, 0, 24, 0);
    auto *lag = new QVBoxLayout(this);
    lag->addStretch(2);
    lag->addWidget(m_tittel, 0, Qt::AlignHCenter);
    lag->addWidget(m_tekst);
    lag->addSpacing(16);
    for (QPushButton *k : {m_ny, m_importer, m_eksempel}) {
        k->setMinimumWidth(240);
        lag->addWidget(k, 0, Qt::AlignHCenter);
    }
    lag->addStretch(3);
    connect(m_ny, &QPushButton::clicked, this, &Velkomst::nySak);
    connect(m_importer, &QPushButton::clicked, this, &Velkomst::importer);
    connect(m_eksempel, &QPushButton::clicked, this, &Velkomst::lastEksempel);
    oversett();
}

Velkomst::~Velkomst() = default;

void Velkomst::settTomtLager(bool tomt)
{
    m_tomt = tomt;
    m_importer->setVisible(tomt);
    m_eksempel->setVisible(tomt);
    oversett();
}

void Velkomst::oversett()
{
    m_tittel->setText(m_tomt ? tr("Welcome to Tilsynsklient") : tr("No case open"));
    m_tekst->setText(m_tomt ? tr("There are no cases here yet. Start a new case, import cases from a "
                                 "JSON Lines file, or load the sample cases to look around.")
                            : tr("Choose a case in the list, or start a new one."));
    m_ny->setText(tr("&New case"));
    m_importer->setText(tr("&Import…"));
    m_eksempel->setText(tr("&Load sample cases"));
}

void Velkomst::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QWidget::changeEvent(e);
}

} // namespace tilsyn
