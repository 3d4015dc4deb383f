#pragma once

#include "domain/validering.h"

class QLabel;
class QWidget;

namespace tilsyn {

/// A problem label under a field: calm dark red, word-wrapped, hidden while empty.
void stilFeillabel(QLabel *label);
/// Marks a field widget as invalid (a red frame and the messages as tool tip), or clears it.
void merkFeil(QWidget *felt, const Problemer &problemer);

} // namespace tilsyn
