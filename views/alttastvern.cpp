#include "alttastvern.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace tilsyn {

namespace {

// A widget a printable key changes: it types the character or searches by it.
bool tarTekst(const QObject *o)
{
    return qobject_cast<const QLineEdit *>(o) || qobject_cast<const QTextEdit *>(o)
           || qobject_cast<const QPlainTextEdit *>(o) || qobject_cast<const QAbstractSpinBox *>(o)
           || qobject_cast<const QComboBox *>(o) || qobject_cast<const QAbstractItemView *>(o);
}

} // namespace

Alttastvern::Alttastvern(QObject *parent) : QObject(parent)
{
}

void Alttastvern::installer()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->findChild<Alttastvern *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new Alttastvern(app));
}

bool Alttastvern::eventFilter(QObject *mottaker, QEvent *hendelse)
{
    if (hendelse->type() != QEvent::KeyPress || !mottaker->isWidgetType())
        return false;
    const auto *tast = static_cast<const QKeyEvent *>(hendelse);
    // A shortcut or accelerator that matched has taken the press before it gets here.
    if ((tast->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) != Qt::AltModifier)
        return false;
    const QString tekst = tast->text();
    if (tekst.isEmpty() || !tekst.front().isPrint() || !tarTekst(mottaker))
        return false;
    return true; // not a shortcut here: nothing is typed, nothing is searched for
}

} // namespace tilsyn
