#pragma once

class QCheckBox;
class QWidget;

namespace tilsyn {

/// Alt letters by where the focus is (issue 10, keyboard). A window's labels and buttons take
/// their Alt letters window-wide (Qt::WindowShortcut), so a letter used by the main window's
/// filter bar could not also be the letter a caseworker guesses in the case form beside it
/// ("Sø&k" took Alt+K from "&Konklusjon"). An area (the case editor) marked here has its own
/// letters: while the focus is inside it, Alt+letter goes to the area's visible label (its buddy)
/// or button with that letter, even where a window-level label uses the same one; with the focus
/// elsewhere in the window, the window-level one has it. Menu titles stay unique in the whole
/// window (tst_allevinduer checks both rules for every window).
/// Installs one application event filter the first time it is called.
void merkAkseleratoromraade(QWidget *omraade);

/// The marked area `w` is in (itself or an ancestor), or nullptr for window level.
QWidget *akseleratoromraade(const QWidget *w);

/// The tick box a label's Alt letter should toggle when its buddy `felt` is not a button but a
/// field that forwards its focus to one (a date that may be unset: the box and what it enables),
/// so that it behaves as a box buddy does (issue 10: "Avsluttet" only took the focus while
/// "Alvorlig" toggled). nullptr for any other field, a group of boxes (Brukerinvolvering) or a
/// box that is hidden or disabled.
QCheckBox *enesteAvkrysning(QWidget *felt);

} // namespace tilsyn
