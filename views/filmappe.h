#pragma once

#include <QString>

class QWidget;

namespace tilsyn {

/// Where the program's file dialogs start (issue 10: they opened in the program's working
/// directory): the folder last used to save or open a file (QSettings "filer/sisteMappe"), else
/// the user's Documents folder, else the home folder; `filnavn` (may be empty) joined to it.
QString startsti(const QString &filnavn = {});

/// Remembers the folder of `sti` (a file just chosen in a dialog) for the next dialog; an empty
/// `sti` (cancelled) is ignored.
void huskMappe(const QString &sti);

/// After a file was saved: "Saved to <path>" in the status bar of the main window `fra` belongs
/// to (itself, or the window that opened its dialog), and the folder remembered.
void meldLagret(QWidget *fra, const QString &sti);

} // namespace tilsyn
