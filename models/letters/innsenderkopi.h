#pragma once

// The innsender's copy of a letter: proposed by the letter type, decided in one place
// (issue 10, session 13: a BM 3 letter kept its copy with the window's box unticked).

#include "letters/brevutkast.h"

namespace tilsyn {

/// Whether a letter like `utkast` is proposed with a copy to the innsender (Brevtype::kopiTilInnsender:
/// the BM 3 and BM 4 letters to the service), so the letter window's "Copy to the person who made
/// the request" starts ticked for it. Never for a letter to the innsender or a case without one.
bool kopiTilInnsenderForeslaatt(const Tilsynssak &sak, const Brevutkast &utkast);
/// The one place a letter's copy to the innsender is decided (foreslaaUtkast(), the letter window's
/// box): removes any, then adds one when `paa`, the case has an innsender and the letter is not to
/// them. Returns whether the letter now has it. How the copy line shows it: brevdata() (by role,
/// without an address, when the letter does not name the innsender).
bool settKopiTilInnsender(const Tilsynssak &sak, Brevutkast &utkast, bool paa);

} // namespace tilsyn
