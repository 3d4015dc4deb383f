#include "visningssjekk.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QStyleOptionHeader>
#include <QStyleOptionMenuItem>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <functional>

namespace tilsyn::visningssjekk {

using namespace Qt::StringLiterals;

namespace {

QString navn(const QObject *o)
{
    return u"%1 %2"_s.arg(QString::fromLatin1(o->metaObject()->className()), o->objectName());
}

QString kort(const QString &t)
{
    const QString en = t.simplified();
    return en.size() > 60 ? en.left(57) + u"..."_s : en;
}

int bredeste(const QFontMetrics &fm, const QString &t)
{
    int b = 0;
    for (const QString &linje : t.split(u'\n'))
        b = std::max(b, fm.horizontalAdvance(linje));
    return b;
}

// The option the view gives its delegate (QAbstractItemView::initViewItemOption is protected).
QStyleOptionViewItem valg(QAbstractItemView *v, const QRect &celle)
{
    QStyleOptionViewItem o;
    o.initFrom(v);
    o.state &= ~QStyle::State_MouseOver;
    o.font = v->font();
    o.fontMetrics = QFontMetrics(o.font);
    const int ikon = v->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, v);
    o.decorationSize = v->iconSize().isValid() ? v->iconSize() : QSize(ikon, ikon);
    o.decorationPosition = QStyleOptionViewItem::Left;
    o.decorationAlignment = Qt::AlignCenter;
    o.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    o.textElideMode = v->textElideMode();
    o.rect = celle;
    bool bryt = false;
    if (auto *t = qobject_cast<QTableView *>(v))
        bryt = t->wordWrap();
    else if (auto *tre = qobject_cast<QTreeView *>(v))
        bryt = tre->wordWrap();
    else if (auto *l = qobject_cast<QListView *>(v))
        bryt = l->wordWrap();
    if (bryt)
        o.features |= QStyleOptionViewItem::WrapText;
    return o;
}

// The cell's text against its rect: the delegate's size hint, wrapped at the cell's width when
// the view wraps.
QString celleAvklipt(QAbstractItemView *v, const QModelIndex &i, const QRect &celle)
{
    const QString tekst = i.data(Qt::DisplayRole).toString();
    if (tekst.isEmpty() || v->indexWidget(i) || v->isPersistentEditorOpen(i) || celle.width() <= 0)
        return {};
    const QStyleOptionViewItem o = valg(v, celle);
    const QSize trengs = v->itemDelegateForIndex(i)->sizeHint(o, i);
    const bool bryt = o.features & QStyleOptionViewItem::WrapText;
    // Elided ("Vangen sjukeheim, a…") with the whole text in its tooltip: what a narrow column of
    // a desktop list does, and the text is still there to read. Never for a cell that wraps.
    if (!bryt && trengs.height() <= celle.height() && o.textElideMode != Qt::ElideNone
        && i.data(Qt::ToolTipRole).toString().contains(tekst))
        return {};
    if (trengs.width() > celle.width() || (bryt && trengs.height() > celle.height()))
        return u"%1 cell (%2,%3) '%4' needs %5×%6 px, has %7×%8"_s.arg(navn(v)).arg(i.row()).arg(i.column()).arg(kort(tekst))
            .arg(trengs.width()).arg(trengs.height()).arg(celle.width()).arg(celle.height());
    return {};
}

// Every index of the view whose row is (partly) in its viewport, with its rect.
void synligeCeller(QAbstractItemView *v, const std::function<void(const QModelIndex &, const QRect &)> &gjoer)
{
    QAbstractItemModel *m = v->model();
    if (!m)
        return;
    const QRect rom = v->viewport()->rect();
    auto iRom = [&](const QRect &r) { return r.isValid() && r.bottom() >= 0 && r.top() < rom.height(); };
    if (auto *t = qobject_cast<QTableView *>(v)) {
        const int foersteRad = std::max(0, t->rowAt(0));
        const int sisteRad = t->rowAt(rom.height() - 1) < 0 ? m->rowCount(t->rootIndex()) - 1 : t->rowAt(rom.height() - 1);
        for (int r = foersteRad; r <= sisteRad; ++r)
            for (int k = 0; k < m->columnCount(t->rootIndex()); ++k) {
                if (t->isRowHidden(r) || t->isColumnHidden(k))
                    continue;
                const QModelIndex i = m->index(r, k, t->rootIndex());
                if (const QRect c = t->visualRect(i); iRom(c) && c.right() >= 0 && c.left() < rom.width())
                    gjoer(i, c);
            }
        return;
    }
    if (auto *t = qobject_cast<QTreeView *>(v)) {
        std::function<void(const QModelIndex &)> gren = [&](const QModelIndex &forelder) {
            for (int r = 0; r < m->rowCount(forelder); ++r) {
                const QModelIndex foerste = m->index(r, 0, forelder);
                if (t->isRowHidden(r, forelder))
                    continue;
                if (t->visualRect(foerste).top() >= rom.height())
                    return;
                for (int k = 0; k < m->columnCount(forelder); ++k) {
                    const QModelIndex i = m->index(r, k, forelder);
                    if (const QRect c = t->visualRect(i); !t->isColumnHidden(k) && iRom(c) && c.right() >= 0 && c.left() < rom.width())
                        gjoer(i, c);
                }
                if (t->isExpanded(foerste))
                    gren(foerste);
            }
        };
        gren(t->rootIndex());
        return;
    }
    if (auto *l = qobject_cast<QListView *>(v)) {
        for (int r = 0; r < m->rowCount(l->rootIndex()); ++r) {
            const QModelIndex i = m->index(r, l->modelColumn(), l->rootIndex());
            if (l->isRowHidden(r))
                continue;
            const QRect c = l->visualRect(i);
            if (c.top() >= rom.height())
                break;
            if (iRom(c))
                gjoer(i, c);
        }
    }
}

QStringList hodeAvklipt(QHeaderView *h)
{
    QStringList feil;
    if (!h->isVisibleTo(h->window()) || !h->model() || h->orientation() != Qt::Horizontal)
        return feil;
    for (int l = 0; l < h->count(); ++l) {
        const int pos = h->sectionViewportPosition(l);
        const int stoerrelse = h->sectionSize(l);
        if (h->isSectionHidden(l) || stoerrelse <= 0 || pos + stoerrelse <= 0 || pos >= h->width())
            continue;
        const QString tekst = h->model()->headerData(l, h->orientation(), Qt::DisplayRole).toString();
        if (tekst.isEmpty())
            continue;
        QStyleOptionHeader o;
        o.initFrom(h);
        o.state |= QStyle::State_Horizontal;
        o.orientation = h->orientation();
        o.rect = QRect(0, 0, stoerrelse, h->height());
        o.section = l;
        o.text = tekst;
        o.textAlignment = h->defaultAlignment();
        if (h->isSortIndicatorShown() && h->sortIndicatorSection() == l)
            o.sortIndicator = h->sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortDown
                                                                            : QStyleOptionHeader::SortUp;
        int rom = h->style()->subElementRect(QStyle::SE_HeaderLabel, &o, h).width();
        if (!h->model()->headerData(l, h->orientation(), Qt::DecorationRole).isNull())
            rom -= h->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, h) + 2;
        const int trengs = bredeste(h->fontMetrics(), tekst);
        if (trengs > rom)
            feil.append(u"%1 header %2 '%3' needs %4 px, has %5"_s.arg(navn(h->parentWidget())).arg(l).arg(kort(tekst))
                            .arg(trengs).arg(rom));
    }
    return feil;
}

QStringList visningAvklipt(QAbstractItemView *v)
{
    QStringList feil;
    if (auto *t = qobject_cast<QTableView *>(v))
        feil += hodeAvklipt(t->horizontalHeader());
    else if (auto *tre = qobject_cast<QTreeView *>(v))
        feil += hodeAvklipt(tre->header());
    synligeCeller(v, [&](const QModelIndex &i, const QRect &c) {
        if (const QString f = celleAvklipt(v, i, c); !f.isEmpty())
            feil.append(f);
    });
    // A short list is shown whole: a scroll bar there hides its first or last rows.
    if (auto *l = qobject_cast<QListView *>(v); l && l->model()) {
        const int rader = l->model()->rowCount(l->rootIndex());
        if (rader > 0 && rader <= 40 && l->verticalScrollBar()->maximum() > 0)
            feil.append(u"%1 needs a scroll bar for its %2 rows: they need %3 px, it has %4"_s.arg(navn(l)).arg(rader)
                            .arg(l->sizeHintForRow(0) * rader).arg(l->viewport()->height()));
    }
    // Columns end at the right edge (the last or the text column stretches).
    QHeaderView *h = nullptr;
    if (auto *t = qobject_cast<QTableView *>(v))
        h = t->horizontalHeader();
    else if (auto *tre = qobject_cast<QTreeView *>(v); tre && !tre->isHeaderHidden())
        h = tre->header();
    if (h && h->isVisibleTo(v) && h->count() > 0 && h->length() < v->viewport()->width() - 2)
        feil.append(u"%1: its columns leave %2 px unused at the right (%3 of %4 px)"_s.arg(navn(v))
                        .arg(v->viewport()->width() - h->length()).arg(h->length()).arg(v->viewport()->width()));
    return feil;
}

QStringList komboAvklipt(QComboBox *c)
{
    QStringList feil;
    if (c->count() == 0)
        return feil;
    const QString tekst = c->currentText();
    if (!tekst.isEmpty()) {
        int rom = 0;
        if (c->isEditable() && c->lineEdit()) {
            const QMargins m = c->lineEdit()->textMargins();
            rom = c->lineEdit()->width() - 4 - m.left() - m.right(); // QLineEdit's 2 px each side
        } else {
            QStyleOptionComboBox o;
            o.initFrom(c);
            o.editable = false;
            o.frame = c->hasFrame();
            o.currentText = tekst;
            o.currentIcon = c->itemIcon(c->currentIndex());
            o.iconSize = c->iconSize();
            o.subControls = QStyle::SC_All;
            rom = c->style()->subControlRect(QStyle::CC_ComboBox, &o, QStyle::SC_ComboBoxEditField, c).width() - 2;
            if (!o.currentIcon.isNull())
                rom -= o.iconSize.width() + 4;
        }
        const int trengs = c->fontMetrics().horizontalAdvance(tekst);
        if (trengs > rom)
            feil.append(u"%1 shows '%2' cut: needs %3 px, has %4"_s.arg(navn(c), kort(tekst)).arg(trengs).arg(rom));
    }
    // Its items as the popup shows them.
    if (!c->isEnabled())
        return feil;
    const QPointer<QWidget> fokus = QApplication::focusWidget();
    c->showPopup();
    QAbstractItemView *liste = c->view();
    const int bredde = liste->viewport()->width();
    for (int r = 0; r < c->count(); ++r) {
        const QModelIndex i = liste->model()->index(r, c->modelColumn(), liste->rootIndex());
        const QString t = i.data(Qt::DisplayRole).toString();
        if (t.isEmpty())
            continue;
        int trengs = 0;
        if (liste->itemDelegateForIndex(i)->inherits("QComboMenuDelegate")) {
            // Its size hint is the rect it is given: the text as a menu item instead.
            QStyleOptionMenuItem m;
            m.initFrom(liste);
            m.menuItemType = QStyleOptionMenuItem::Normal;
            m.checkType = QStyleOptionMenuItem::NonExclusive;
            m.text = t;
            m.font = c->font();
            m.fontMetrics = c->fontMetrics();
            m.maxIconWidth = c->iconSize().width() + 4;
            m.icon = c->itemIcon(r);
            m.rect = m.menuRect = QRect(0, 0, bredde, liste->sizeHintForRow(r));
            const QSize innhold(c->fontMetrics().horizontalAdvance(t) + (m.icon.isNull() ? 0 : c->iconSize().width() + 4),
                              c->fontMetrics().height());
            trengs = c->style()->sizeFromContents(QStyle::CT_MenuItem, &m, innhold, c).width();
        } else {
            const QStyleOptionViewItem o = valg(liste, QRect(0, 0, bredde, liste->sizeHintForRow(r)));
            trengs = liste->itemDelegateForIndex(i)->sizeHint(o, i).width();
        }
        if (trengs > bredde)
            feil.append(u"%1 item %2 '%3' is cut in its popup: needs %4 px, has %5"_s.arg(navn(c)).arg(r).arg(kort(t))
                            .arg(trengs).arg(bredde));
    }
    c->hidePopup();
    // The popup took the window's activation and focus: give them back for the next checks.
    if (QWidget *vindu = c->window()) {
        vindu->activateWindow();
        (void)QTest::qWaitForWindowActive(vindu, 2000); // not active: the Alt letter check says so
        QApplication::setActiveWindow(vindu);
    }
    if (fokus)
        fokus->setFocus(Qt::OtherFocusReason);
    return feil;
}

} // namespace

QStringList feil(QWidget *w)
{
    if (auto *c = qobject_cast<QComboBox *>(w))
        return komboAvklipt(c);
    if (auto *v = qobject_cast<QAbstractItemView *>(w); v && !qobject_cast<QHeaderView *>(w))
        return visningAvklipt(v);
    return {};
}

} // namespace tilsyn::visningssjekk
