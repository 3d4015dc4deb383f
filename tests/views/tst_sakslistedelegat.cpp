// SakListeDelegat paints a cell's text from its cache where and as the style would: the same
// place, colour and elision as QStyledItemDelegate, and the same size hints.

#include "sakslistedelegat.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

// The rectangle of the pixels in `r` that differ from the cell's background (its top-left
// corner inside the grid), and how many they are.
QRect tekstOmraade(const QImage &bilde, const QRect &r, int *antall)
{
    const QRgb bakgrunn = bilde.pixel(r.left() + 1, r.top() + 1);
    QRect omr;
    *antall = 0;
    for (int y = r.top() + 1; y < r.bottom() - 1; ++y) {
        for (int x = r.left() + 1; x < r.right() - 1; ++x) {
            if (bilde.pixel(x, y) != bakgrunn) {
                omr |= QRect(x, y, 1, 1);
                ++*antall;
            }
        }
    }
    return omr;
}

} // namespace

class TestSakListeDelegat final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model.clear();
        m_model.setColumnCount(3);
        const QStringList tekster{u"2026/12345"_s, u"Statsforvaltaren i Vestland, helse- og omsorgsavdelinga"_s,
                                  u"12.03.2026 (4 dager igjen)"_s, u"Utkast"_s, u"Åpen"_s, QString()};
        for (int r = 0; r < 4; ++r) {
            QList<QStandardItem *> rad;
            for (int k = 0; k < 3; ++k)
                rad.append(new QStandardItem(tekster[(r * 3 + k) % tekster.size()]));
            m_model.appendRow(rad);
        }
        m_model.item(1, 0)->setForeground(QColor(0xa3, 0x3b, 0x20)); // a red frist, as SakListeModel gives
    }

    // Each cell's text where the style puts it, elided as the style elides it, in its colour,
    // selected or not; the view painted once with Qt's delegate and once with this one.
    void tegnerSomStilen()
    {
        const auto tegn = [this](bool egen) {
            QTableView v;
            v.setModel(&m_model);
            v.verticalHeader()->setVisible(false);
            v.setWordWrap(false);
            v.setSelectionBehavior(QAbstractItemView::SelectRows);
            v.resize(520, 200);
            v.setColumnWidth(0, 110);
            v.setColumnWidth(1, 160); // the office's long name must be elided
            v.setColumnWidth(2, 220);
            if (egen)
                SakListeDelegat::installer(&v);
            v.selectionModel()->select(m_model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            v.show();
            QList<QRect> celler;
            for (int r = 0; r < m_model.rowCount(); ++r)
                for (int k = 0; k < 3; ++k)
                    celler.append(v.visualRect(m_model.index(r, k)));
            return std::pair{v.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32), celler};
        };
        const auto [qt, celler] = tegn(false);
        const auto [egen, celler2] = tegn(true);
        QCOMPARE(celler, celler2);
        int medTekst = 0;
        for (int r = 0; r < m_model.rowCount(); ++r) {
            for (int k = 0; k < 3; ++k) {
                const QRect celle = celler[r * 3 + k];
                int n1 = 0;
                int n2 = 0;
                const QRect a = tekstOmraade(qt, celle, &n1);
                const QRect b = tekstOmraade(egen, celle, &n2);
                const QString hva = u"row %1 column %2 (%3): Qt %4,%5 %6x%7 (%8 px), own %9,%10 %11x%12 (%13 px)"_s
                                        .arg(r).arg(k).arg(m_model.index(r, k).data().toString())
                                        .arg(a.x()).arg(a.y()).arg(a.width()).arg(a.height()).arg(n1)
                                        .arg(b.x()).arg(b.y()).arg(b.width()).arg(b.height()).arg(n2);
                QVERIFY2(std::abs(a.left() - b.left()) <= 1 && std::abs(a.right() - b.right()) <= 1
                             && std::abs(a.top() - b.top()) <= 1 && std::abs(a.bottom() - b.bottom()) <= 1,
                         qPrintable(hva));
                QVERIFY2(std::abs(n1 - n2) <= std::max(3, n1 / 10), qPrintable(hva));
                medTekst += n1 > 0;
            }
        }
        QVERIFY(medTekst >= 8); // the texts were drawn at all
        // The red frist is red in both.
        const QRect rod = celler[1 * 3 + 0];
        const auto harFarge = [&rod](const QImage &bilde) {
            for (int y = rod.top(); y <= rod.bottom(); ++y)
                for (int x = rod.left(); x <= rod.right(); ++x)
                    if (const QColor c = bilde.pixelColor(x, y); c.red() > c.green() + 60 && c.red() > c.blue() + 60)
                        return true;
            return false;
        };
        QVERIFY(harFarge(qt));
        QVERIFY(harFarge(egen));
    }

    // Measuring the columns gives the style's sizes, from the cache the second time.
    void stoerrelseSomStilen()
    {
        QTableView v;
        v.setModel(&m_model);
        SakListeDelegat delegat;
        QStyledItemDelegate qt;
        QStyleOptionViewItem valg;
        valg.initFrom(&v);
        valg.font = v.font();
        for (int gang = 0; gang < 2; ++gang) {
            for (int r = 0; r < m_model.rowCount(); ++r) {
                for (int k = 0; k < 3; ++k) {
                    const QModelIndex i = m_model.index(r, k);
                    QCOMPARE(delegat.sizeHint(valg, i), qt.sizeHint(valg, i));
                }
            }
        }
    }

private:
    QStandardItemModel m_model;
};

QTEST_MAIN(TestSakListeDelegat)
#include "tst_sakslistedelegat.moc"
