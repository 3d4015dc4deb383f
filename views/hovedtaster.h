#pragma once

class QLineEdit;
class QMainWindow;
class QStatusBar;
class QTableView;

namespace tilsyn {

class CaseEditor;

/// Small keys of the main window (issue 10, the keyboard-only try), in one event filter:
/// - Down in the search field moves into the case list with the first row selected (the current
///   row kept when there is one);
/// - Enter in the search field opens the one case found, moves to the list (first row) when there
///   are several, says so in the status bar when there is none: once the rows of what was typed
///   are in (the list searches on a worker thread);
/// - Alt+1…6 (the open case's page accelerators) with no case open type nothing into the focused
///   field: the status bar says why;
/// - the key of a menu entry or tool button that is disabled, or the Alt letter of a disabled
///   button, says in the status bar why it is not available (its reason, sperregrunn.h).
/// `soek`, `liste`, `editor` belong to `vindu`; the filter lives as long as `vindu`.
void kobleHovedtaster(QMainWindow *vindu, QLineEdit *soek, QTableView *liste, const CaseEditor *editor);

} // namespace tilsyn
