#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class QWidget;

/// Checks over a whole window, for the tests that walk every window and dialog.
/// Widgets that show data rather than program text carry the property "tilsynData" (true); a
/// combo box whose items from index N on are data (catalogue names) carries "tilsynDataFra" = N.
class QObject;

namespace tilsyn::uisjekk {

/// A key that is the same for the same widget in two instances of a window (two walks, two
/// languages): `hva` under the path of class names and positions among siblings (children keep
/// creation order), e.g. "QDialog#0/QLabel#3/text".
QString noekkel(const QObject *o, const QString &hva);

/// Every visible text of the window and its menus, keyed by widget and property, so the same
/// window can be compared in two languages.
QHash<QString, QString> tekster(QWidget *vindu);

/// Keyboard problems: an accelerator used twice (in the window, or in one menu), a label with an
/// accelerator but no buddy, a label naming a field without an accelerator, a field without a labelled buddy, a button or menu entry without an
/// accelerator or shortcut, an item view that Tab walks into, an item view without an accessible name.
QStringList tastaturfeil(QWidget *vindu);

/// Texts that are the same as in `engelsk` (tekster() of the window in English): not translated.
/// True cognates (OK, Status …) and texts without letters are allowed.
QStringList uoversatt(QWidget *vindu, const QHash<QString, QString> &engelsk);

/// Texts that do not fit (on every page of every tab widget): a label, tick box, radio button or
/// push button narrower or lower than its text needs. A word-wrapped label is measured by
/// heightForWidth() at its width; the others by sizeHint() (a push button in a layout that
/// gives it less: the text is cut). Labels that show data (property "tilsynData") count too.
/// Combo boxes and item views too (visningssjekk::feil): current text and popup items, header
/// sections and visible cells cut, a short list that scrolls, columns short of the view's width.
QStringList avklipt(QWidget *vindu);

/// Accelerators that do not work: for each visible label with a buddy and an Alt letter, Alt+letter
/// is sent with QTest to the active window and must move the focus to the buddy (or into it); a
/// buddy that cannot take the focus (a container) fails.
/// Activates the window; the focus is put back where it was.
QStringList doedeAkseleratorer(QWidget *vindu);

} // namespace tilsyn::uisjekk
