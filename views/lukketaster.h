#pragma once

class QPushButton;
class QWidget;

/// Lets the keyboard close @p vindu, a window of its own: one window-wide QShortcut with Escape,
/// Ctrl+W and the platform's Close keys (QKeySequence::Close: Ctrl+F4 …), which calls close(), so
/// the window's closeEvent still decides (issue 10: every window can be left from the keyboard).
/// One shortcut holds every key because two shortcuts with the same key would be ambiguous and do
/// nothing. Works also while nothing in the window has the focus yet.
void lukkMedTaster(QWidget *vindu);

/// lukkMedTaster(vindu) and the window's Close button (object name "lukk", child of @p vindu,
/// clicked: close()); its text, set by the window with its own translations, and its place in the
/// layout are the window's.
QPushButton *lukkeknapp(QWidget *vindu);
