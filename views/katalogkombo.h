#pragma once

#include "domain/katalog.h"

class QComboBox;

namespace tilsyn {

/// Names the combo box's items whose data is a code of `liste` by the catalogue, in uiMaalform()
/// (an office by its short name, `kort`, with the full name as tooltip), now and again after
/// every change of the UI language (issue 10: the sectors stayed bokmål in nynorsk). Items
/// whose data is no code of the list ("(none)", "All offices") are left to their owner. Call
/// after filling the combo; calling again (after a refill) names it again and adds nothing.
/// `katalog` must outlive the combo.
void katalogKombo(QComboBox *kombo, const Katalog &katalog, Katalog::Liste liste);

} // namespace tilsyn
