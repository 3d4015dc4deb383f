#pragma once

class QComboBox;

namespace tilsyn {

/// Type-ahead that finds an item by any of its words, for combo boxes whose items share their
/// first words or join several names (issue 10: the offices "Østfold, Buskerud, Oslo og
/// Akershus", "Vestfold og Telemark", "Troms og Finnmark"), and never guesses: typing in the
/// closed combo chooses an item only when it is the one enabled item with a word starting with
/// what was typed ("Vestl" → Vestland, "Oslo" → Østfold, Buskerud, Oslo og Akershus). When several
/// have it ("Vest": Vestfold og Telemark and Vestland — the tryout got the alphabetically first),
/// nothing is chosen: the list opens showing only those, the first highlighted; typing on narrows
/// it (Backspace widens it), Enter takes the highlighted one, Tab takes it only when it is the
/// one left or was picked with the arrows (else the choice stays as it was), Escape takes none.
/// Case is ignored. Replaces the combo's list view; call once, before the combo is shown.
void soekPaaOrd(QComboBox *kombo);

} // namespace tilsyn
