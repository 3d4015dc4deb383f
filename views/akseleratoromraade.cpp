#include "akseleratoromraade.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QCheckBox>
#include <QShortcutEvent>

namespace tilsyn {

namespace {

constexpr char kOmraade[] = "tilsynAkseleratoromraade";

// The Alt letter of a label's or button's text ("&&" is a literal "&").
QKeySequence bokstav(const QWidget *w)
{
    if (const auto *l = qobject_cast<const QLabel *>(w))
        return l->buddy() && l->textFormat() != Qt::RichText ? QKeySequence::mnemonic(l->text()) : QKeySequence();
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        return QKeySequence::mnemonic(b->text());
    return {};
}

// What Qt's own handler does for a label (focus its buddy, press a button buddy) or a button.
void aktiver(QWidget *w)
{
    if (auto *l = qobject_cast<QLabel *>(w)) {
        QWidget *buddy = l->buddy();
        if (buddy->focusPolicy() != Qt::NoFocus || buddy->focusProxy())
            buddy->setFocus(Qt::ShortcutFocusReason);
        if (auto *b = qobject_cast<QAbstractButton *>(buddy))
            b->animateClick();
        else if (QCheckBox *boks = enesteAvkrysning(buddy))
            boks->animateClick();
        else
            l->window()->setAttribute(Qt::WA_KeyboardFocusChange);
    } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
        if (b->focusPolicy() != Qt::NoFocus)
            b->setFocus(Qt::ShortcutFocusReason);
        b->animateClick();
    }
}

class Fordeler final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *mottaker, QEvent *e) override
    {
        if (e->type() != QEvent::Shortcut)
            return false;
        auto *eier = qobject_cast<QWidget *>(mottaker);
        if (!eier || !(qobject_cast<QLabel *>(eier) || qobject_cast<QAbstractButton *>(eier)))
            return false;
        const QKeySequence tast = static_cast<QShortcutEvent *>(e)->key();
        QWidget *vindu = eier->window();
        const QWidget *fokus = QApplication::focusWidget();
        if (tast.isEmpty() || bokstav(eier) != tast)
            return false;
        QWidget *her = fokus && fokus->window() == vindu ? akseleratoromraade(fokus) : nullptr;
        // The letter's users in the window now: in the focus's area first, else at window level.
        QWidget *iOmraadet = nullptr;
        QWidget *iVinduet = nullptr;
        for (QWidget *w : vindu->findChildren<QWidget *>()) {
            if (w->window() != vindu || !w->isVisible() || !w->isEnabled() || bokstav(w) != tast)
                continue;
            QWidget *omraade = akseleratoromraade(w);
            if (her && omraade == her && !iOmraadet)
                iOmraadet = w;
            else if (!omraade && !iVinduet)
                iVinduet = w;
        }
        QWidget *maal = iOmraadet ? iOmraadet : iVinduet;
        if (!maal || maal == eier) {
            if (maal == eier && static_cast<QShortcutEvent *>(e)->isAmbiguous()) {
                aktiver(maal); // Qt would only cycle the focus among the letter's users
                return true;
            }
            return false;
        }
        aktiver(maal);
        return true;
    }
};

} // namespace

QWidget *akseleratoromraade(const QWidget *w)
{
    for (const QWidget *p = w; p && !p->isWindow(); p = p->parentWidget())
        if (p->property(kOmraade).toBool())
            return const_cast<QWidget *>(p);
    return nullptr;
}

void merkAkseleratoromraade(QWidget *omraade)
{
    omraade->setProperty(kOmraade, true);
    if (!qApp->property(kOmraade).toBool()) {
        qApp->setProperty(kOmraade, true);
        qApp->installEventFilter(new Fordeler(qApp));
    }
}

QCheckBox *enesteAvkrysning(QWidget *felt)
{
    if (!felt || qobject_cast<QAbstractButton *>(felt) || !felt->focusProxy())
        return nullptr;
    QWidget *maal = felt->focusProxy();
    while (maal->focusProxy())
        maal = maal->focusProxy();
    auto *boks = qobject_cast<QCheckBox *>(maal);
    if (!boks || !boks->isVisible() || !boks->isEnabled() || felt->findChildren<QCheckBox *>().size() != 1)
        return nullptr;
    return boks;
}

} // namespace tilsyn
