#pragma once

#include "domain/katalog.h"

class QPlainTextEdit;
class QTextEdit;

namespace tilsyn {

class Ordbok;
class Stavemarkering;

/// Spell checking of a free-text field: unknown words underlined as they are typed (a
/// Stavemarkering on its document) and, on right-click over one, the dictionary's suggestions
/// above the usual edit menu. The dictionaries are loaded once per process and shared.
namespace stavekontroll {

/// The shared dictionary of `maalform` (loaded on first use).
const Ordbok &ordbok(Maalform maalform);
/// Adds spell checking in `maalform` to a field; calling it again changes the målform.
Stavemarkering *koble(QPlainTextEdit *felt, Maalform maalform);
Stavemarkering *koble(QTextEdit *felt, Maalform maalform);

} // namespace stavekontroll
} // namespace tilsyn
