#pragma once

class QWidget;

namespace tilsyn {

/// Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) in a text field of a form whose edits go through the
/// form's own undo stack (the case's SakUtkast): while the field itself has something to undo
/// (or redo), the field does it, as usual; when it has nothing, the key reaches the window's
/// Undo (Redo) action instead of being swallowed by the field. So Ctrl+Z right after "Add
/// assessment", in its empty provision field, undoes the adding. Covers every QLineEdit (also
/// an editable combo box's) and QPlainTextEdit under `rot` at the time of the call.
void angreVidere(QWidget *rot);

} // namespace tilsyn
