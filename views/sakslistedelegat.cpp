#include "sakslistedelegat.h"

#include <QAbstractItemView>

#include "items/saklistemodel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QPainter>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace tilsyn {

namespace {

// A few screens of a list; cleared beyond it, so typing for a day cannot grow it.
constexpr qsizetype kMaksTekster = 4000;

} // namespace

SakListeDelegat::SakListeDelegat(QObject *parent) : QStyledItemDelegate(parent) {}

SakListeDelegat::~SakListeDelegat() = default;

void SakListeDelegat::installer(QTableView *visning)
{
    visning->setItemDelegate(new SakListeDelegat(visning));
    visning->horizontalHeader()->setResizeContentsPrecision(SakListeModel::kSideStoerrelse);
}

void SakListeDelegat::tilpassBredder(QTableView *visning)
{
    QHeaderView *topp = visning->horizontalHeader();
    const QAbstractItemView *v = visning; // sizeHintForColumn is public there
    for (int k = 0; k < topp->count(); ++k)
        if (!topp->isSectionHidden(k) && topp->visualIndex(k) != topp->count() - 1) // the last stretches
            topp->resizeSection(k, std::max({topp->sectionSize(k), topp->sectionSizeHint(k), v->sizeHintForColumn(k)}));
}

const SakListeDelegat::Tekst &SakListeDelegat::tekst(const QString &s, const QFont &font, int bredde,
                                                     Qt::TextElideMode elide) const
{
    if (font != m_font) {
        m_font = font;
        m_tekster.clear();
        m_forkortet.clear();
    }
    const auto lag = [&font](const QString &t) {
        Tekst x;
        x.tekst.setText(t);
        x.tekst.setTextFormat(Qt::PlainText);
        x.tekst.prepare(QTransform(), font);
        x.bredde = x.tekst.size().width();
        return x;
    };
    auto hel = m_tekster.constFind(s);
    if (hel == m_tekster.cend()) {
        if (m_tekster.size() >= kMaksTekster)
            m_tekster.clear();
        hel = m_tekster.insert(s, lag(s));
    }
    if (hel->bredde <= bredde || elide == Qt::ElideNone)
        return *hel;
    // Too wide for its column: elided as the style would ("Statsforvaltaren i Ves…").
    const QString noekkel = QString::number(bredde) + QChar(u'\x1f') + s;
    auto kort = m_forkortet.constFind(noekkel);
    if (kort == m_forkortet.cend()) {
        if (m_forkortet.size() >= kMaksTekster)
            m_forkortet.clear();
        kort = m_forkortet.insert(noekkel, lag(QFontMetrics(font).elidedText(s, elide, bredde)));
    }
    return *kort;
}

QRect SakListeDelegat::tegneflate(const QRect &celle, int hoeyre)
{
    if (celle.left() >= hoeyre || celle.right() <= hoeyre)
        return celle;
    QRect r = celle;
    r.setRight(hoeyre);
    return r;
}

void SakListeDelegat::paint(QPainter *maler, const QStyleOptionViewItem &valg, const QModelIndex &indeks) const
{
    QStyleOptionViewItem opt = valg;
    initStyleOption(&opt, indeks);
    const QWidget *w = opt.widget;
    if (const auto *visning = qobject_cast<const QAbstractItemView *>(w)) {
        opt.rect = tegneflate(opt.rect, visning->viewport()->rect().right());
        opt.textElideMode = Qt::ElideRight;
    }
    const QStyle *stil = w ? w->style() : QApplication::style();
    const QString s = opt.text;
    // The style paints the background, the selection and the focus; without a text to shape.
    opt.text.clear();
    stil->drawControl(QStyle::CE_ItemViewItem, &opt, maler, w);
    if (s.isEmpty())
        return;
    // Where and in which colour the style would draw the text (QCommonStyle, CE_ItemViewItem).
    const int marg = stil->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, w) + 1;
    const QRect r = stil->subElementRect(QStyle::SE_ItemViewItemText, &opt, w).adjusted(marg, 0, -marg, 0);
    if (r.width() <= 0)
        return;
    QPalette::ColorGroup gruppe = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (gruppe == QPalette::Normal && !(opt.state & QStyle::State_Active))
        gruppe = QPalette::Inactive;
    const QColor farge = opt.palette.color(gruppe, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
    const Tekst &t = tekst(s, opt.font, r.width(), opt.textElideMode);
    const QSizeF stoerrelse = t.tekst.size();
    // Placed as QCommonStyle places its text layout (whole pixels, QStyle::alignedRect).
    const QPoint sted = QStyle::alignedRect(opt.direction, opt.displayAlignment,
                                            QSize(int(stoerrelse.width()), int(stoerrelse.height())), r).topLeft();
    const QPen penFoer = maler->pen();
    const QFont fontFoer = maler->font();
    maler->setPen(farge);
    maler->setFont(opt.font);
    maler->drawStaticText(sted, t.tekst);
    maler->setFont(fontFoer);
    maler->setPen(penFoer);
}

QSize SakListeDelegat::sizeHint(const QStyleOptionViewItem &valg, const QModelIndex &indeks) const
{
    // SakListeModel gives a cell its text and colours only (no font, icon, size hint), so its text
    // decides the size: one data() call for a text measured before, the style's measure otherwise.
    const QString s = indeks.data(Qt::DisplayRole).toString();
    if (valg.font != m_stoerrelseFont) {
        m_stoerrelseFont = valg.font;
        m_stoerrelser.clear();
    }
    auto it = m_stoerrelser.constFind(s);
    if (it == m_stoerrelser.cend()) {
        if (m_stoerrelser.size() >= kMaksTekster)
            m_stoerrelser.clear();
        it = m_stoerrelser.insert(s, QStyledItemDelegate::sizeHint(valg, indeks));
    }
    return *it;
}

} // namespace tilsyn
