#include "dialogvakt.h"

#include "akseleratoromraade.h"
#include "alttastvern.h"

#include "helkombo.h"

#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialog>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScreen>
#include <QShortcutEvent>
#include <QTextEdit>
#include <QTimer>
#include <QWidget>

namespace tilsyn {

namespace {

// A window of its own that takes the focus: not a menu, a combo box's list, a tooltip or a splash.
bool egetVindu(const QObject *o)
{
    if (!o->isWidgetType())
        return false;
    const auto *w = static_cast<const QWidget *>(o);
    if (!w->isWindow() || qobject_cast<const QMenu *>(w))
        return false;
    const Qt::WindowType type = w->windowType();
    return type != Qt::Popup && type != Qt::ToolTip && type != Qt::SplashScreen && type != Qt::Desktop
           && !w->testAttribute(Qt::WA_ShowWithoutActivating);
}

} // namespace

Dialogvakt::Dialogvakt(QObject *parent) : QObject(parent)
{
}

void Dialogvakt::installer()
{
    Alttastvern::installer(); // Alt+<key> that is no shortcut types nothing, in every window
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->findChild<Dialogvakt *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new Dialogvakt(app));
}

bool Dialogvakt::eventFilter(QObject *mottaker, QEvent *hendelse)
{
    switch (hendelse->type()) {
    case QEvent::Show:
        if (egetVindu(mottaker)) {
            vist(static_cast<QWidget *>(mottaker));
            // Every combo box's popup as wide as its longest item (Qt's is only as wide as the
            // closed combo), once per combo.
            for (QComboBox *k : static_cast<QWidget *>(mottaker)->findChildren<QComboBox *>())
                if (!k->property("tilsynHelKombo").toBool()) {
                    k->setProperty("tilsynHelKombo", true);
                    visHeleTeksten(k);
                }
        }
        break;
    case QEvent::WindowActivate:
        m_aktiverNeste = false; // something has the keyboard again
        break;
    case QEvent::WindowDeactivate:
        // Qt deactivates the active window as it hides it, before its Hide event; a window
        // deactivated while still shown lost the focus to another application instead.
        if (egetVindu(mottaker) && static_cast<QWidget *>(mottaker)->isHidden())
            m_skjultAktiv = static_cast<QWidget *>(mottaker);
        break;
    case QEvent::Hide:
        if (egetVindu(mottaker))
            skjult(static_cast<QWidget *>(mottaker));
        break;
    case QEvent::KeyPress:
        // Shift+F10 opens the context menu (spelling suggestions too) as the Menu key does: the
        // keyboard convention of Windows and GNOME, which Qt leaves to the platform (issue 10).
        if (const auto *k = static_cast<QKeyEvent *>(hendelse);
            k->key() == Qt::Key_F10 && k->modifiers() == Qt::ShiftModifier && mottaker->isWidgetType()
            && kontekstmeny(static_cast<QWidget *>(mottaker)))
            return true;
        break;
    case QEvent::Shortcut: // a QLabel's only shortcut is its buddy's Alt letter
        if (tilSammensattFelt(mottaker, static_cast<QShortcutEvent *>(hendelse)->isAmbiguous()))
            return true;
        break;
    case QEvent::LayoutRequest:
        // A text set while the dialog is shown: fit once the layout has taken it in.
        if (qobject_cast<QDialog *>(mottaker) && static_cast<QWidget *>(mottaker)->isVisible())
            QTimer::singleShot(0, static_cast<QWidget *>(mottaker),
                               [w = static_cast<QWidget *>(mottaker)] { tilpassHoeyde(w); });
        break;
    default:
        break;
    }
    return QObject::eventFilter(mottaker, hendelse);
}

void Dialogvakt::vist(QWidget *vindu)
{
    QWidget *fokus = QApplication::focusWidget();
    // Opened while no window had the keyboard (a question right after another closed, before
    // the platform activated the window it returned to): the window it belongs to.
    if ((!fokus || fokus->window() == vindu) && vindu->parentWidget()) {
        QWidget *eier = vindu->parentWidget()->window();
        fokus = eier->focusWidget() ? eier->focusWidget() : eier;
    }
    if (fokus && fokus->window() != vindu) {
        if (!m_aapnetFra.contains(vindu))
            connect(vindu, &QObject::destroyed, this, [this](QObject *o) { m_aapnetFra.remove(o); });
        m_aapnetFra.insert(vindu, fokus);
    }
    if (qobject_cast<QDialog *>(vindu))
        tilpassHoeyde(vindu);
    ++m_vist;
    m_aktiverNeste = false;
    // Every window the program opens takes the keyboard (issue 10): a window manager activates a
    // new window, Qt does not, and without one (Xvfb, kiosk) the keyboard stayed in the opener or
    // in nothing. Once shown (a modal dialog is then on the modal stack): not behind another modal.
    QTimer::singleShot(0, vindu, [vindu] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!vindu->isVisible() || (modal && modal != vindu && !modal->isAncestorOf(vindu)))
            return;
        vindu->raise();
        vindu->activateWindow();
    });
}

void Dialogvakt::skjult(QWidget *vindu)
{
    const QPointer<QWidget> fra = m_aapnetFra.take(vindu);
    const bool varAktiv = m_skjultAktiv == vindu;
    m_skjultAktiv = nullptr;
    if (!varAktiv)
        return;
    if (!fra || !fra->isVisible()) {
        m_aktiverNeste = true;
        return;
    }
    // Back to the window it was opened from, also when Qt or the window manager activates the
    // closed window's parent instead (Help opened from Statistics belongs to the main window), now
    // and once the platform has had its say, unless another window was opened meanwhile.
    auto tilbakeTil = [this, fra, vist = m_vist] {
        if (!fra || !fra->isVisible() || vist != m_vist)
            return;
        QWidget *tilbake = fra->window();
        // Another modal dialog opened meanwhile (its own show activates it): leave it the focus.
        if (QWidget *modal = QApplication::activeModalWidget(); modal && modal != tilbake)
            return;
        if (QApplication::activeWindow() == tilbake)
            return;
        fra->setFocus(Qt::ActiveWindowFocusReason); // the window's focus widget once it is active
        tilbake->raise();
        tilbake->activateWindow();
    };
    tilbakeTil();
    QTimer::singleShot(0, this, tilbakeTil);
    QTimer::singleShot(50, this, tilbakeTil);
}

bool Dialogvakt::kontekstmeny(QWidget *felt)
{
    if (felt->contextMenuPolicy() == Qt::NoContextMenu || felt->contextMenuPolicy() == Qt::PreventContextMenu)
        return false;
    // At the text cursor (the word under it gets the suggestions), in the coordinates the field's
    // context menu reads: a text editor's viewport, else the field itself.
    QPoint pos = felt->rect().center();
    if (auto *t = qobject_cast<QPlainTextEdit *>(felt))
        pos = t->cursorRect().center();
    else if (auto *r = qobject_cast<QTextEdit *>(felt))
        pos = r->cursorRect().center();
    else if (const QRect markoer = felt->inputMethodQuery(Qt::ImCursorRectangle).toRect(); markoer.isValid())
        pos = markoer.center();
    QContextMenuEvent e(QContextMenuEvent::Keyboard, pos, felt->mapToGlobal(pos));
    QCoreApplication::sendEvent(felt, &e);
    return true;
}

bool Dialogvakt::tilSammensattFelt(QObject *etikett, bool tvetydig)
{
    auto *l = qobject_cast<QLabel *>(etikett);
    QWidget *felt = l ? l->buddy() : nullptr;
    if (!felt)
        return false;
    // QLabel only focuses a field that forwards to a tick box; a box buddy toggles. One way
    // everywhere: it toggles (unless the letter is ambiguous, then it only focuses).
    if (QCheckBox *boks = enesteAvkrysning(felt)) {
        boks->setFocus(Qt::ShortcutFocusReason);
        if (!tvetydig)
            boks->animateClick();
        else
            l->window()->setAttribute(Qt::WA_KeyboardFocusChange);
        return true;
    }
    if (felt->focusPolicy() != Qt::NoFocus)
        return false; // QLabel does it itself
    auto tar = [](const QWidget *w) { return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus); };
    QWidget *maal = felt->focusProxy(); // QLabel ignores it when the field itself takes no focus
    while (maal && maal->focusProxy())
        maal = maal->focusProxy();
    if (maal && !tar(maal))
        maal = nullptr;
    // The window's whole Tab order, from the field on: children added through a layout may sit anywhere in it.
    for (QWidget *w = felt->nextInFocusChain(); !maal && w && w != felt; w = w->nextInFocusChain())
        if (felt->isAncestorOf(w) && tar(w))
            maal = w;
    if (!maal)
        return false;
    maal->setFocus(Qt::ShortcutFocusReason);
    l->window()->setAttribute(Qt::WA_KeyboardFocusChange);
    return true;
}

void Dialogvakt::tilpassHoeyde(QWidget *vindu)
{
    QLayout *lag = vindu->layout();
    if (!lag || !lag->hasHeightForWidth() || vindu->isMaximized() || vindu->isFullScreen())
        return;
    int trengs = lag->totalHeightForWidth(vindu->width());
    if (const QScreen *skjerm = vindu->screen()) // the title bar and frame: about 40 px
        trengs = std::min(trengs, skjerm->availableGeometry().height() - 40);
    trengs = std::min(trengs, vindu->maximumHeight());
    if (trengs > vindu->height())
        vindu->resize(vindu->width(), trengs);
}

} // namespace tilsyn
