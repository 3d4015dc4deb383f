#pragma once

#include <QObject>

namespace tilsyn {

/// Keeps Alt+<key> from typing: a key pressed with Alt (and no Ctrl or Meta, so AltGr, which some
/// systems send as Ctrl+Alt, still types) that no shortcut or accelerator took reaches the focused
/// field as a plain key press, and Qt would insert its character ("1" for Alt+1 in a dialog
/// without pages). Such a press is dropped for every field that takes text or chooses by typing:
/// line edits, text edits, spin boxes (date and time edits too), combo boxes (editable or not)
/// and item views (their type-ahead search). One event filter on the application serves every
/// window and dialog; installed with the other application-wide filters (Dialogvakt, Rullevern).
class Alttastvern final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Alttastvern)

public:
    /// Installs the filter on the running QApplication, once; later calls do nothing.
    static void installer();

protected:
    bool eventFilter(QObject *mottaker, QEvent *hendelse) override;

private:
    explicit Alttastvern(QObject *parent);
};

} // namespace tilsyn
