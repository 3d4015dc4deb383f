#include "valgfridato.h"

#include "datofelt.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace tilsyn {

using namespace Qt::StringLiterals;

ValgfriDato::ValgfriDato(QWidget *parent) : QWidget(parent), m_satt(new QCheckBox(this)), m_dato(new Datofelt(this))
{
    m_satt->setObjectName(u"satt"_s);
    m_dato->setObjectName(u"dato"_s);
    m_dato->setEnabled(false);
    setFocusProxy(m_satt); // a label's buddy: Alt+letter goes to the box
    auto *lag = new QHBoxLayout(this);
    lag->setContentsMargins(0, 0, 0, 0);
    lag->addWidget(m_satt, 0, Qt::AlignTop);
    lag->addWidget(m_dato, 1);
    connect(m_satt, &QCheckBox::toggled, this, [this](bool paa) {
        m_dato->setEnabled(paa);
        if (paa && !m_dato->dato().isValid())
            m_dato->settDato(m_forslag.isValid() ? m_forslag : QDate::currentDate());
        else if (!paa)
            m_dato->settDato(QDate());
        emit datoEndret(dato());
    });
    connect(m_dato, &Datofelt::datoEndret, this, [this] { emit datoEndret(dato()); });
}

ValgfriDato::~ValgfriDato() = default;

QDate ValgfriDato::dato() const
{
    return m_satt->isChecked() ? m_dato->dato() : QDate();
}

void ValgfriDato::visDato(const QDate &dato, const QDate &forslag)
{
    const QSignalBlocker b1(m_satt), b2(m_dato);
    m_forslag = forslag;
    m_satt->setChecked(dato.isValid());
    m_dato->setEnabled(dato.isValid());
    m_dato->settDato(dato); // unset shows an empty field; ticking the box fills in `forslag`
}

void ValgfriDato::settTekst(const QString &tekst)
{
    m_satt->setText(tekst);
}

} // namespace tilsyn
