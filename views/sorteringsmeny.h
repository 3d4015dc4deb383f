#pragma once

class QMenu;
class QTableView;

namespace tilsyn {

/// View → Sort by (issue 10: the case list could be sorted only by clicking its header): one
/// entry per visible column of `visning`, the current sort column ticked, then Ascending and
/// Descending. Each entry has an Alt letter unique in the submenu; the texts follow the
/// header and the language (made when the menu opens). Added to `vis` as a submenu.
QMenu *leggTilSorteringsmeny(QMenu *vis, QTableView *visning);

} // namespace tilsyn
