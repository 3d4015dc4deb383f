#pragma once

#include <QFont>
#include <QHash>
#include <QSize>
#include <QStaticText>
#include <QStyledItemDelegate>

class QTableView;

namespace tilsyn {

/// Paints the case list's cells (SakListeModel) as QStyledItemDelegate does, with the text laid
/// out once and kept: Qt's own item painting shapes each cell's text three times (its size, its
/// layout, its drawing), which was most of the GUI thread's time per filter keystroke (issue 14).
/// The background, selection and focus are still the style's; only the text is drawn here, from
/// a QStaticText cached per text (and per width when it must be elided). The size hints are
/// cached per text too, so measuring the columns' widths shapes each text once.
class SakListeDelegat final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SakListeDelegat)

public:
    explicit SakListeDelegat(QObject *parent = nullptr);
    ~SakListeDelegat() override;

    /// Sets this delegate on the case list and measures its columns' contents on the rows of a
    /// page (SakListeModel::kSideStoerrelse) rather than Qt's 1 000, which read ten pages from
    /// the store on the GUI thread each time a filter's count arrived.
    static void installer(QTableView *visning);
    /// Widens each column (but the last, which stretches) to its header and its texts; a column
    /// the caseworker made wider stays so.
    static void tilpassBredder(QTableView *visning);

    /// The rectangle a cell is drawn in: `celle` cut at the viewport's right edge `hoeyre` when it
    /// starts left of it and runs past it (its text then elided, "Helse Bergen HF, Hauk…", never
    /// cut mid-letter at the edge: issue 10 tryout, Tilsynsobjekt at 1366×768); otherwise `celle`.
    /// Scrolled into view, the cell is drawn whole; sizes are not changed.
    static QRect tegneflate(const QRect &celle, int hoeyre);

    void paint(QPainter *maler, const QStyleOptionViewItem &valg, const QModelIndex &indeks) const override;
    QSize sizeHint(const QStyleOptionViewItem &valg, const QModelIndex &indeks) const override;

private:
    struct Tekst
    {
        QStaticText tekst;
        qreal bredde = 0;
    };
    const Tekst &tekst(const QString &s, const QFont &font, int bredde, Qt::TextElideMode elide) const;

    // Cleared when the font changes or they grow past a few screens' worth of texts.
    mutable QFont m_font;
    mutable QHash<QString, Tekst> m_tekster;
    mutable QHash<QString, Tekst> m_forkortet; ///< elided texts, keyed by width and text
    mutable QFont m_stoerrelseFont;
    mutable QHash<QString, QSize> m_stoerrelser;
};

} // namespace tilsyn
