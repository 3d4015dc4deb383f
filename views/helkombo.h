#pragma once

class QComboBox;

namespace tilsyn {

/// Shows a combo box's texts whole (issue 10: "Vangen sjukehein" cut): its popup at least as wide
/// as its widest item drawn as a menu item (the style's CT_MenuItem for the text and icon; Qt
/// makes it only as wide as the closed combo needs). The closed combo's own width is the form's
/// business (AdjustToContents or a minimum width).
/// Call once; the popup width follows later changes of the items.
void visHeleTeksten(QComboBox *kombo);

} // namespace tilsyn
