#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace tilsyn {

/// What every window and dialog needs that Qt leaves to the window manager, for one event
/// filter on the application to do for all of them:
///  - **a new window takes the keyboard.** Every window the program opens is raised and
///    activated once shown (not behind a modal dialog): a window manager does it, Qt does not.
///  - **the focus comes back.** When a window closes while it is active (a modal dialog, a
///    message box, the follow-up window), the window that opened it is activated again and the
///    focus returns to the widget that had it when it opened. A window manager does this; without
///    one (Xvfb, a kiosk or remote session) the X server gives the focus to the root window and
///    the keyboard types into nothing. A window hidden while another application is active
///    takes nothing back. The focus goes back to the window it was opened from, not the closed
///    window's parent (Help opened from Statistics belongs to the main window).
///  - **wrapped text is not cut.** A dialog is shown at least as high as its layout needs at its
///    width (QLayout::totalHeightForWidth; a top-level window's minimum size ignores
///    heightForWidth, so a wrapped label set after the dialog was sized is squeezed), and grows
///    when a text set while it is shown needs more room, up to the screen's height.
///  - **a label's Alt letter reaches a composite field.** QLabel gives the focus to its buddy
///    only when the buddy itself takes focus; a buddy that is a container (a row of radio
///    buttons, a date with its tick box, a date and a reference) got nothing, also when it names
///    a focus proxy. Then the buddy's focus proxy, else its first child in the Tab order that
///    takes the focus, gets it; a tick box toggles, as with a label whose buddy is the box.
///  - **Shift+F10 opens the context menu** of the field with the focus (spelling suggestions
///    included), as the Menu key does.
/// installer() is called by the desktop (Skrivebord) and the main window; it installs once.
class Dialogvakt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dialogvakt)

public:
    /// Installs the filter on the running QApplication, once; later calls do nothing.
    static void installer();

protected:
    bool eventFilter(QObject *mottaker, QEvent *hendelse) override;

private:
    explicit Dialogvakt(QObject *parent);
    void vist(QWidget *vindu);
    void skjult(QWidget *vindu);
    static void tilpassHoeyde(QWidget *vindu);
    /// The Alt letter of a label whose buddy cannot take the focus: true when handled.
    /// A tick box it reaches is toggled too (unless the letter is `tvetydig`), as QLabel does.
    static bool tilSammensattFelt(QObject *etikett, bool tvetydig);
    /// Shift+F10 on `felt`: its context menu at the text cursor; false when it has none.
    static bool kontekstmeny(QWidget *felt);

    /// Per shown window: the widget that had the focus when it opened.
    QHash<const QObject *, QPointer<QWidget>> m_aapnetFra;
    /// A window deactivated because it was being hidden (it was the active one).
    QPointer<QWidget> m_skjultAktiv;
    /// The active window closed with nowhere to return: the next window shown is activated.
    bool m_aktiverNeste = false;
    /// Windows shown so far: a window shown after another closed keeps the focus.
    quint64 m_vist = 0;
};

} // namespace tilsyn
