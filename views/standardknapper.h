#pragma once

class QMessageBox;

namespace tilsyn {

/// Alt letters on Qt's standard buttons of a message box (issue 10: the unsaved-changes
/// question's "Forkast" had none, so the keyboard reached it only by Tab): Save, Discard, Yes,
/// No, Close, Apply, Reset and Retry get "&Save", "&Discard" … in the UI language. Cancel keeps
/// its text (Escape). A button whose text already has a letter is left alone. Call before exec().
void medBokstaver(QMessageBox &boks);

} // namespace tilsyn
