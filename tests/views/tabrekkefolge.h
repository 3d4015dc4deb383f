#pragma once

#include <QStringList>

class QWidget;

/// The Tab order of a window's forms against their layout on the screen (issue 10, keyboard):
/// Tab must move through a form top-to-bottom, left-to-right, as a sighted caseworker reads it.
namespace tilsyn::tabrekkefolge {

/// Presses Tab (QTest, in the active window) round the whole chain from the first field of each
/// form, and reports every step that goes back up (or left on the same row) on the screen, and
/// every visible, enabled field Tab never reaches. The forms are: a dialog or other window as a
/// whole; in a main window, the current page of each tab widget (every page in turn, as a
/// caseworker would walk them), and each pane of its central splitter (else its central widget)
/// outside the tab widgets: the case list and its filter bar. Two widgets are on the same row when the middle of one lies
/// within the other's height. The focus is put back where it was.
QStringList feil(QWidget *vindu);

} // namespace tilsyn::tabrekkefolge
