#include "datofelt.h"

#include "domain/datotolking.h"
#include "redigeringsstil.h"

#include <QCalendarWidget>
#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

/// A date typed in full (four-digit year): taken at once, before the field is left, so a save
/// by shortcut keeps it. Shorter forms wait until the field is left ("21.12.20" may become
/// "21.12.2026").
bool fullstendig(const QString &tekst)
{
    const QString t = tekst.trimmed();
    const qsizetype siste = t.lastIndexOf(QRegularExpression(u"\\D"_s));
    return (siste < 0 && t.size() == 8) || (siste >= 0 && t.size() - siste - 1 == 4);
}

} // namespace

Datofelt::Datofelt(QWidget *parent)
    : QWidget(parent), m_tekst(new QLineEdit(this)), m_knapp(new QToolButton(this)), m_feil(new QLabel(this))
{
    m_tekst->setObjectName(u"datotekst"_s);
    m_knapp->setObjectName(u"kalender"_s);
    m_feil->setObjectName(u"datofeil"_s);
    stilFeillabel(m_feil);
    m_knapp->setFocusPolicy(Qt::NoFocus); // F4 opens it from the keyboard
    m_knapp->setArrowType(Qt::DownArrow);
    m_tekst->setMaxLength(12);
    m_tekst->setMinimumWidth(m_tekst->fontMetrics().horizontalAdvance(u"00.00.00000"_s) + 16);
    m_tekst->setMaximumWidth(m_tekst->minimumWidth() + 40);
    m_tekst->installEventFilter(this);
    setFocusProxy(m_tekst);
    // A label's buddy shortcut (Alt+F on "&Frist:") only moves focus to a widget that takes focus;
    // the proxy then hands it to the text. Not an extra Tab stop: Qt skips widgets with a proxy.
    setFocusPolicy(m_tekst->focusPolicy());
    auto *rad = new QHBoxLayout;
    rad->setSpacing(2);
    rad->addWidget(m_tekst);
    rad->addWidget(m_knapp);
    rad->addStretch();
    auto *lag = new QVBoxLayout(this);
    lag->setContentsMargins(0, 0, 0, 0);
    lag->setSpacing(2);
    lag->addLayout(rad);
    lag->addWidget(m_feil);
    connect(m_tekst, &QLineEdit::editingFinished, this, &Datofelt::bekreft);
    connect(m_tekst, &QLineEdit::textEdited, this, [this](const QString &t) {
        if (fullstendig(t)) {
            const Datotolking d = tolkDato(t);
            if (d.ok() && d.dato != m_dato && !(m_senest.isValid() && d.dato > m_senest))
                godta(d.dato);
        }
    });
    connect(m_knapp, &QToolButton::clicked, this, &Datofelt::visKalender);
    oversett();
}

Datofelt::~Datofelt() = default;

void Datofelt::oversett()
{
    m_tekst->setPlaceholderText(tr("dd.mm.yyyy"));
    m_tekst->setToolTip(tr("Type the date (e.g. 21.12.2026 or 21122026); F4 opens the calendar."));
    m_knapp->setToolTip(tr("Calendar (F4)"));
    m_knapp->setAccessibleName(tr("Calendar"));
}

void Datofelt::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QWidget::changeEvent(e);
}

void Datofelt::settDato(const QDate &dato)
{
    m_dato = dato;
    m_tekst->setText(visDato(dato));
    visFeil(QString());
}

QString Datofelt::feil() const
{
    return m_feil->text();
}

void Datofelt::visFeil(const QString &melding)
{
    m_feil->setText(melding);
    m_feil->setVisible(!melding.isEmpty());
    merkFeil(m_tekst, melding.isEmpty() ? Problemer{} : Problemer{{QString(), melding}});
    // A small dialog (the journal's) does not grow by itself for a wrapped message under a
    // field: make room for it, so it is read whole.
    if (auto *dialog = qobject_cast<QDialog *>(window()); dialog && dialog->isVisible() && !melding.isEmpty())
        QTimer::singleShot(0, dialog, [dialog] {
            const int bredde = dialog->width();
            dialog->adjustSize();
            if (dialog->width() < bredde)
                dialog->resize(bredde, dialog->height());
        });
}

void Datofelt::godta(const QDate &dato)
{
    const bool endret = dato != m_dato;
    m_dato = dato;
    visFeil(QString());
    if (endret)
        emit datoEndret(dato);
}

bool Datofelt::bekreft()
{
    const QString tekst = m_tekst->text().trimmed();
    const Datotolking d = tolkDato(tekst);
    switch (d.feil) {
    case Datotolking::Feil::Ingen:
        if (m_senest.isValid() && d.dato > m_senest) {
            visFeil(tr("%1 is after %2, the latest date allowed here; nothing was changed.")
                        .arg(visDato(d.dato), visDato(m_senest)));
            return false;
        }
        m_tekst->setText(visDato(d.dato));
        godta(d.dato);
        return true;
    case Datotolking::Feil::Tom:
        visFeil(tr("Type a date (dd.mm.yyyy) or press F4 for the calendar."));
        return false;
    case Datotolking::Feil::FinnesIkke:
        visFeil(tr("The date %1 does not exist; nothing was changed.").arg(tekst));
        return false;
    case Datotolking::Feil::Format:
        break;
    }
    visFeil(tr("«%1» is not a date; nothing was changed. Type day, month and year, e.g. 21.12.2026, 21122026 "
               "or 21.12.26.").arg(tekst));
    return false;
}

void Datofelt::settSenesteDato(const QDate &senest)
{
    m_senest = senest;
    if (m_kalender)
        m_kalender->setMaximumDate(senest.isValid() ? senest : QDate(9999, 12, 31));
}

bool Datofelt::eventFilter(QObject *objekt, QEvent *hendelse)
{
    if (objekt == m_tekst && hendelse->type() == QEvent::KeyPress) {
        const auto *k = static_cast<QKeyEvent *>(hendelse);
        if (k->key() == Qt::Key_F4 || (k->key() == Qt::Key_Down && k->modifiers() & Qt::AltModifier)) {
            visKalender();
            return true;
        }
    }
    if (objekt == m_kalender && hendelse->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(hendelse)->key() == Qt::Key_Escape) {
        m_popup->hide();
        m_tekst->setFocus();
        return true;
    }
    return QWidget::eventFilter(objekt, hendelse);
}

void Datofelt::visKalender()
{
    if (!m_popup) {
        m_popup = new QWidget(this, Qt::Popup);
        m_popup->setObjectName(u"kalenderPopup"_s);
        m_kalender = new QCalendarWidget(m_popup);
        m_kalender->setObjectName(u"kalenderVelger"_s);
        m_kalender->setFirstDayOfWeek(Qt::Monday);
        m_kalender->setGridVisible(true);
        m_kalender->installEventFilter(this);
        if (m_senest.isValid())
            m_kalender->setMaximumDate(m_senest);
        auto *lag = new QVBoxLayout(m_popup);
        lag->setContentsMargins(1, 1, 1, 1);
        lag->addWidget(m_kalender);
        connect(m_kalender, &QCalendarWidget::activated, this, [this](const QDate &d) {
            m_popup->hide();
            m_tekst->setText(visDato(d));
            godta(d);
            m_tekst->setFocus();
        });
        connect(m_kalender, &QCalendarWidget::clicked, m_kalender, &QCalendarWidget::activated);
    }
    const Datotolking skrevet = tolkDato(m_tekst->text());
    m_kalender->setSelectedDate(skrevet.ok() ? skrevet.dato : (m_dato.isValid() ? m_dato : QDate::currentDate()));
    m_popup->adjustSize();
    QPoint pos = m_tekst->mapToGlobal(QPoint(0, m_tekst->height()));
    if (const QScreen *s = screen()) {
        const QRect flate = s->availableGeometry();
        pos.setX(std::clamp(pos.x(), flate.left(), std::max(flate.left(), flate.right() - m_popup->width())));
        if (pos.y() + m_popup->height() > flate.bottom())
            pos.setY(m_tekst->mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
    }
    m_popup->move(pos);
    m_popup->show();
    m_kalender->setFocus();
}

} // namespace tilsyn
