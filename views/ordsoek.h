#pragma once

class QComboBox;
class QCompleter;

namespace tilsyn {

/// Type-ahead that finds an item by any of its words, for combo boxes whose items share their
/// first words or join several names (issue 10: the offices "Østfold, Buskerud, Oslo og
/// Akershus", "Vestfold og Telemark", "Troms og Finnmark"), and never guesses: typing in the
/// closed combo chooses an item only when it is the one enabled item with a word starting with
/// what was typed ("Vestl" → Vestland, "Oslo" → Østfold, Buskerud, Oslo og Akershus). When several
/// have it ("Vest": Vestfold og Telemark and Vestland — the tryout got the alphabetically first),
/// nothing is chosen: the list opens showing only those, none highlighted; typing on narrows it
/// (Backspace widens it). Enter and Tab take a row only when it is the one left or the caseworker
/// moved to it with the arrows (or a repeated first letter); otherwise Tab leaves the choice as it
/// was and Enter leaves the list open with the candidates and says why in a tool tip (issue 10
/// tryout: "Vest" + Enter took Vestfold og Telemark). Escape takes none. Case is ignored.
/// Replaces the combo's list view; call once, before the combo is shown.
void soekPaaOrd(QComboBox *kombo);

/// The same rule for a completer's pop-up (PopupCompletion; the BM 5 provision search): Enter
/// takes the one completion left, or the row moved to with the arrows; with several and none
/// chosen the pop-up stays open and says why, instead of closing with nothing chosen.
void enterGjetterIkke(QCompleter *completer);

} // namespace tilsyn
