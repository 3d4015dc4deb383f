#include "rullevern.h"

#include "alttastvern.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QWheelEvent>

namespace tilsyn {

namespace {

bool verdifelt(const QObject *o)
{
    return qobject_cast<const QComboBox *>(o) || qobject_cast<const QAbstractSpinBox *>(o);
}

} // namespace

Rullevern::Rullevern(QObject *parent) : QObject(parent)
{
}

void Rullevern::installer()
{
    Alttastvern::installer(); // Alt+<key> that is no shortcut types nothing, in every window
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->findChild<Rullevern *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new Rullevern(app));
}

bool Rullevern::eventFilter(QObject *mottaker, QEvent *hendelse)
{
    switch (hendelse->type()) {
    case QEvent::Polish:
    case QEvent::FocusIn:
        // Qt gives a WheelFocus widget the focus before the wheel event reaches it (and any
        // filter): only click and Tab may give these fields the focus.
        if (verdifelt(mottaker)) {
            auto *w = static_cast<QWidget *>(mottaker);
            if (w->focusPolicy() == Qt::WheelFocus)
                w->setFocusPolicy(Qt::StrongFocus);
        }
        break;
    case QEvent::Wheel:
        if (verdifelt(mottaker) && !static_cast<QWidget *>(mottaker)->hasFocus()) {
            // Not handled here: Qt passes the ignored event on to the parent, so the scroll area
            // under the field scrolls as if the field were not there.
            hendelse->ignore();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(mottaker, hendelse);
}

} // namespace tilsyn
