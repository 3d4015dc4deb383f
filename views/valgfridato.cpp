#include "valgfridato.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace tilsyn {

using namespace Qt::StringLiterals;

ValgfriDato::ValgfriDato(QWidget *parent) : QWidget(parent), m_satt(new QCheckBox(this)), m_dato(new QDateEdit(this))
{
    m_satt->setObjectName(u"satt"_s);
    m_dato->setObjectName(u"dato"_s);
    m_dato->setCalendarPopup(true);
    m_dato->setDisplayFormat(u"dd.MM.yyyy"_s);
    m_dato->setEnabled(false);
    auto *lag = new QHBoxLayout(this);
    lag->setContentsMargins(0, 0, 0, 0);
    lag->addWidget(m_satt);
    lag->addWidget(m_dato);
    lag->addStretch();
    connect(m_satt, &QCheckBox::toggled, this, [this](bool paa) {
        m_dato->setEnabled(paa);
        emit datoEndret(dato());
    });
    connect(m_dato, &QDateEdit::dateChanged, this, [this] { emit datoEndret(dato()); });
}

ValgfriDato::~ValgfriDato() = default;

QDate ValgfriDato::dato() const
{
    return m_satt->isChecked() ? m_dato->date() : QDate();
}

void ValgfriDato::visDato(const QDate &dato, const QDate &forslag)
{
    const QSignalBlocker b1(m_satt), b2(m_dato);
    m_satt->setChecked(dato.isValid());
    m_dato->setEnabled(dato.isValid());
    m_dato->setDate(dato.isValid() ? dato : (forslag.isValid() ? forslag : QDate::currentDate()));
}

void ValgfriDato::settTekst(const QString &tekst)
{
    m_satt->setText(tekst);
}

} // namespace tilsyn
