#pragma once

#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace tilsyn {
class Oversettelser;
class Store;
} // namespace tilsyn

/// A walk through every window and dialog of the desktop, shared by the tests that look at all of
/// them (tst_allevinduer: keyboard and translation; tst_skjermbilder: the pictures). The real
/// desktop (Skrivebord) runs in this process on a store of the sample cases plus one BM 5 health
/// case with two subjects and two assessments; each window is opened the way the program opens it
/// (its menu action or button; a dialog the program builds deep inside another step is built
/// directly), shown, handed to the visitor, and closed.
namespace tilsyn::vandring {

/// Called once per window while it is shown: a short name ("brev", "hovedvindu-sak-2", …) and
/// the window. The editor's tab pages are separate visits of the main window.
using Besoek = std::function<void(const QString &navn, QWidget *vindu)>;

/// Prepares stores in `mappe` (the sample cases and the BM 5 case; an empty one for the welcome)
/// and walks every window in the language loaded in `oversettelser`. Returns what was visited,
/// as the keys vinduerIKilden() gives: "klasse:NAME", "objekt:NAME" and "tittel:TITLE".
QSet<QString> vandre(const QString &mappe, Oversettelser &oversettelser, const Besoek &besoek);

/// Every window the sources of views/ and app/ make (`kilde` is the repository's root): classes derived
/// from QDialog or QMainWindow ("klasse:"), widgets made windows with setWindowFlag(Qt::Window)
/// ("klasse:"), ad hoc QDialog/QMessageBox objects given an object name ("objekt:"), and
/// QInputDialog questions by their English title ("tittel:").
QSet<QString> vinduerIKilden(const QString &kilde);

} // namespace tilsyn::vandring
