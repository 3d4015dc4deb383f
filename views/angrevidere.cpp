#include "angrevidere.h"

#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace tilsyn {

namespace {

class AngreVidere final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *mottaker, QEvent *hendelse) override
    {
        if (hendelse->type() != QEvent::ShortcutOverride)
            return false;
        auto *tast = static_cast<QKeyEvent *>(hendelse);
        const bool angre = tast->matches(QKeySequence::Undo);
        const bool gjoerOm = tast->matches(QKeySequence::Redo);
        if (!angre && !gjoerOm)
            return false;
        bool kan = true;
        if (auto *c = qobject_cast<QComboBox *>(mottaker); c && c->lineEdit())
            mottaker = c->lineEdit(); // an editable combo box has the focus and passes keys to its line
        if (auto *l = qobject_cast<QLineEdit *>(mottaker))
            kan = !l->isReadOnly() && (angre ? l->isUndoAvailable() : l->isRedoAvailable());
        else if (auto *t = qobject_cast<QPlainTextEdit *>(mottaker))
            kan = !t->isReadOnly() && (angre ? t->document()->isUndoAvailable() : t->document()->isRedoAvailable());
        if (kan)
            return false; // the field's own undo
        tast->ignore(); // not overridden: the window's shortcut gets it
        return true;
    }
};

} // namespace

void angreVidere(QWidget *rot)
{
    auto *filter = new AngreVidere(rot);
    for (QLineEdit *l : rot->findChildren<QLineEdit *>())
        l->installEventFilter(filter);
    for (QPlainTextEdit *t : rot->findChildren<QPlainTextEdit *>())
        t->installEventFilter(filter);
    for (QComboBox *c : rot->findChildren<QComboBox *>())
        if (c->isEditable())
            c->installEventFilter(filter);
}

} // namespace tilsyn
