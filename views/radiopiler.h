#pragma once

class QButtonGroup;

namespace tilsyn {

/// Standard radio group behaviour for an exclusive QButtonGroup: the arrow keys move to the
/// next (Right, Down) or previous (Left, Up) enabled button of the group, in the order the
/// buttons were added, wrapping at the ends, and choose it (as a click would), also when no
/// button is chosen yet (Qt's own arrows then only move the focus). A digit chooses the
/// enabled button whose label starts with that digit (the behandlingsmåter "1" … "5"). Tab reaches the group
/// once: only the chosen button, or the first while none is, takes Tab focus, and a parent
/// whose focus proxy is one of the buttons (a label's buddy) leads to that button.
void pilerVelger(QButtonGroup *gruppe);

} // namespace tilsyn
