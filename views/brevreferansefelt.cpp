#include "brevreferansefelt.h"

#include "valgfridato.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace tilsyn {

using namespace Qt::StringLiterals;

Brevreferansefelt::Brevreferansefelt(QWidget *parent)
    : QWidget(parent), m_dato(new ValgfriDato(this)), m_ref(new QLineEdit(this))
{
    m_dato->setObjectName(u"deres_dato"_s);
    m_ref->setObjectName(u"deres_ref"_s);
    auto *lag = new QHBoxLayout(this);
    lag->setContentsMargins(0, 0, 0, 0);
    lag->addWidget(m_dato, 1);
    lag->addWidget(m_ref, 1);
    setFocusProxy(m_dato->avkrysning());
    connect(m_dato, &ValgfriDato::datoEndret, this, &Brevreferansefelt::endret);
    connect(m_ref, &QLineEdit::textEdited, this, &Brevreferansefelt::endret);
    oversett();
}

Brevreferansefelt::~Brevreferansefelt() = default;

QDate Brevreferansefelt::dato() const
{
    return m_dato->dato();
}

QString Brevreferansefelt::referanse() const
{
    return m_ref->text().trimmed();
}

void Brevreferansefelt::vis(const QDate &dato, const QString &referanse)
{
    if (m_dato->dato() != dato)
        m_dato->visDato(dato, QDate());
    if (m_ref->text().trimmed() != referanse) {
        const QSignalBlocker b(m_ref);
        m_ref->setText(referanse);
    }
}

void Brevreferansefelt::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QWidget::changeEvent(e);
}

void Brevreferansefelt::oversett()
{
    m_dato->settTekst(tr("Their date"));
    m_ref->setPlaceholderText(tr("Their reference"));
    m_dato->avkrysning()->setToolTip(tr("The date of the henvendelse (Deres dato in letters to the submitter)"));
    m_ref->setToolTip(tr("The henvendelse's own reference (Deres ref. in letters to the submitter)"));
}

} // namespace tilsyn
