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
        if (velgMedSiffer(tast))
            return true;
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
    // A digit chooses the button whose label starts with it ("5  Statsforvalteren utreder og avgjør"):
    // the number the caseworker reads is the key she presses.
    bool velgMedSiffer(const QKeyEvent *tast)
    {
        const QString t = tast->text();
        if (t.size() != 1 || !t.front().isDigit() || (tast->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)))
            return false;
        for (QAbstractButton *b : m_gruppe->buttons()) {
            const QString etikett = b->text().remove(u'&');
            if (etikett.startsWith(t.front()) && (etikett.size() == 1 || !etikett.at(1).isDigit())) {
                if (!b->isEnabled() || !b->isVisible())
                    return true; // the number is taken, not typed elsewhere; nothing changes
                if (!b->isChecked())
                    b->click();
                b->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
        return false;
    }

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
