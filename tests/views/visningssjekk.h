#pragma once

#include <QString>
#include <QStringList>

class QWidget;

/// Checks of the data a window shows in combo boxes and item views (issue 10: cut text a
/// caseworker saw that the label and button check did not), for uisjekk::avklipt().
namespace tilsyn::visningssjekk {

/// Problems of one widget, each a line naming the widget and the numbers (empty: none):
///  - a combo box whose current text is wider than its edit field (less 1 px each side, less its
///    icon), or one of whose items is cut in the popup as the combo shows it (showPopup());
///  - an item view's header section whose text is wider than the style's label rect
///    (QStyle::SE_HeaderLabel, the sort arrow counted on the sorted section);
///  - a visible cell of an item view whose text needs more than its cell: the delegate's
///    sizeHint() (text, icon, check box and margins) wider than the cell, or, for a view that
///    wraps, higher than the row; a cell of a view that elides (not wraps) is accepted when its
///    tooltip holds its whole text (the view draws "Vangen sjukeheim, a…", hovering shows it all);
///  - a list view of at most 40 rows that needs a vertical scroll bar (a short list is shown whole);
///  - a table or tree whose columns leave more than 2 px of its width unused at the right.
/// Widgets of other kinds give nothing.
QStringList feil(QWidget *w);

} // namespace tilsyn::visningssjekk
