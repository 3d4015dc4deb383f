#include "radiopiler.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QEvent>
#include <QKeyEvent>

namespace tilsyn {

namespace {

class Piler final : public QObject
{
public:
    explicit Piler(QButtonGroup *gruppe) : QObject(gruppe), m_gruppe(gruppe)
    {
        for (QAbstractButton *b : gruppe->buttons()) {
            b->installEventFilter(this);
            // The buttons' own signal: a form that shows a stored choice blocks the group's.
            connect(b, &QAbstractButton::toggled, this, &Piler::settTabStopp);
        }
        settTabStopp();
    }

protected:
    bool eventFilter(QObject *mottaker, QEvent *hendelse) override
    {
        if (hendelse->type() == QEvent::FocusIn) {
            // The keyboard lands on the chosen button, never beside it: a page's focus stack gave it
            // back to the button chosen when the page was last left (a tryout: focus on "3" with
            // BM 5 chosen, a36), and the next arrow then chose from there.
            const auto grunn = static_cast<QFocusEvent *>(hendelse)->reason();
            QAbstractButton *valgt = m_gruppe->checkedButton();
            if (grunn == Qt::MouseFocusReason || !valgt || valgt == mottaker || !valgt->isEnabled() || !valgt->isVisible())
                return false;
            valgt->setFocus(grunn);
            return true;
        }
        if (hendelse->type() != QEvent::KeyPress)
            return false;
        auto *tast = static_cast<QKeyEvent *>(hendelse);
        int steg = 0;
        if (tast->key() == Qt::Key_Right || tast->key() == Qt::Key_Down)
            steg = 1;
        else if (tast->key() == Qt::Key_Left || tast->key() == Qt::Key_Up)
            steg = -1;
        if (!steg || (tast->modifiers() & ~Qt::KeypadModifier))
            return false;
        const QList<QAbstractButton *> knapper = m_gruppe->buttons();
        const qsizetype her = knapper.indexOf(static_cast<QAbstractButton *>(mottaker));
        if (her < 0)
            return false;
        for (qsizetype i = 1; i < knapper.size(); ++i) {
            QAbstractButton *neste = knapper.at((her + steg * i + knapper.size() * i) % knapper.size());
            if (neste->isEnabled() && neste->isVisible()) {
                if (!neste->isChecked())
                    neste->click(); // the group's idClicked: the same as choosing it with Space
                neste->setFocus(Qt::OtherFocusReason); // after: the focus goes to the chosen button
                return true;
            }
        }
        return true;
    }

private:
    void settTabStopp()
    {
        QAbstractButton *valgt = m_gruppe->checkedButton();
        const QList<QAbstractButton *> knapper = m_gruppe->buttons();
        QAbstractButton *stopp = valgt ? valgt : knapper.value(0);
        for (QAbstractButton *b : knapper) {
            b->setFocusPolicy(b == stopp ? Qt::StrongFocus : Qt::ClickFocus);
            // A label's buddy that stands for the group (its focus proxy) leads to the chosen button.
            if (QWidget *p = b->parentWidget(); p && p->focusProxy() && knapper.contains(qobject_cast<QAbstractButton *>(p->focusProxy())))
                p->setFocusProxy(stopp);
        }
    }

    QButtonGroup *m_gruppe;
};

} // namespace

void pilerVelger(QButtonGroup *gruppe)
{
    gruppe->setExclusive(true);
    new Piler(gruppe);
}

} // namespace tilsyn
