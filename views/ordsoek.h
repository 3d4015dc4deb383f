#pragma once

class QComboBox;

namespace tilsyn {

/// Type-ahead that finds an item by any of its words, for combo boxes whose items share their
/// first words or join several names (issue 10: the offices "Østfold, Buskerud, Oslo og
/// Akershus", "Vestfold og Telemark", "Troms og Finnmark"). Typing (within Qt's keyboard input
/// interval) selects, from the current item on, the first enabled item whose text starts with
/// what was typed ("Vestl" → Vestland, "Vestf" → Vestfold og Telemark), else the first one with a
/// word that does ("Oslo" → Østfold, Buskerud, Oslo og Akershus; "Finn" → Troms og Finnmark);
/// case is ignored. Repeating one letter steps through the items starting with it, as Qt does.
/// Works in the closed combo and in its open list. Replaces the combo's list view; call once,
/// before the combo is shown.
void soekPaaOrd(QComboBox *kombo);

} // namespace tilsyn
