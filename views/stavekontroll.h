#pragma once

#include "domain/katalog.h"

#include <QStringList>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QWidget;
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
/// A letter's text sections, checked in the målform chosen in `maalform` (data "nb"/"nn"),
/// and a label (objectName "stavevarsel") that names the words the dictionary of that målform
/// does not know, kept current as the text or the målform changes, so a nynorsk letter with
/// bokmål words says so before it is finalised. The label belongs to `forelder`.
/// `andreTekster` gives the other typed texts the letter prints (friteksterIBrev(): the
/// begrunnelser, the signer's title…), checked too and re-read when one of `andreValg` (the
/// letter type, the recipient) changes.
QLabel *kobleBrev(QComboBox *maalform, const QList<QPlainTextEdit *> &felt, QWidget *forelder,
                  std::function<QStringList()> andreTekster = {}, const QList<QComboBox *> &andreValg = {});

} // namespace stavekontroll
} // namespace tilsyn
