#include "sorteringsmeny.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSet>
#include <QTableView>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// `tekst` with an Alt letter not yet in `brukt`: the first free letter of a word start, else any.
QString medBokstav(const QString &tekst, QSet<QChar> &brukt)
{
    QString ren = tekst;
    ren.remove(u'&');
    for (int runde = 0; runde < 2; ++runde)
        for (qsizetype i = 0; i < ren.size(); ++i) {
            const QChar c = ren.at(i).toLower();
            const bool ordstart = i == 0 || !ren.at(i - 1).isLetterOrNumber();
            if (c.isLetterOrNumber() && (runde == 1 || ordstart) && !brukt.contains(c)) {
                brukt.insert(c);
                return ren.left(i) + u'&' + ren.mid(i);
            }
        }
    return ren;
}

// The submenu's title follows the language (a menu's title is not re-read from anywhere).
class Tittel final : public QObject
{
public:
    explicit Tittel(QMenu *meny) : QObject(meny) { meny->installEventFilter(this); sett(meny); }
    static void sett(QMenu *meny) { meny->setTitle(QCoreApplication::translate("Sorteringsmeny", "Sort &by")); }

protected:
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::LanguageChange)
            sett(static_cast<QMenu *>(o));
        return QObject::eventFilter(o, e);
    }
};

} // namespace

QMenu *leggTilSorteringsmeny(QMenu *vis, QTableView *visning)
{
    auto *meny = vis->addMenu(QString());
    meny->setObjectName(u"sorteringsmeny"_s);
    meny->menuAction()->setObjectName(u"handlingSorterEtter"_s);
    new Tittel(meny);
    QObject::connect(meny, &QMenu::aboutToShow, meny, [meny, visning] {
        meny->clear();
        const QHeaderView *hode = visning->horizontalHeader();
        QAbstractItemModel *modell = visning->model();
        if (!modell)
            return;
        QSet<QChar> brukt;
        auto *kolonner = new QActionGroup(meny);
        for (int i = 0; i < hode->count(); ++i) {
            const int k = hode->logicalIndex(i); // in the order shown
            if (hode->isSectionHidden(k))
                continue;
            const QString navn = modell->headerData(k, Qt::Horizontal).toString();
            QAction *a = meny->addAction(medBokstav(navn.isEmpty() ? QString::number(k + 1) : navn, brukt));
            a->setObjectName(u"sorterKolonne%1"_s.arg(k));
            a->setCheckable(true);
            a->setChecked(hode->sortIndicatorSection() == k);
            kolonner->addAction(a);
            QObject::connect(a, &QAction::triggered, visning, [visning, k] {
                visning->sortByColumn(k, visning->horizontalHeader()->sortIndicatorOrder());
            });
        }
        meny->addSeparator();
        auto *retning = new QActionGroup(meny);
        for (const Qt::SortOrder r : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString tekst = r == Qt::AscendingOrder ? QCoreApplication::translate("Sorteringsmeny", "Ascending")
                                                          : QCoreApplication::translate("Sorteringsmeny", "Descending");
            QAction *a = meny->addAction(medBokstav(tekst, brukt));
            a->setObjectName(r == Qt::AscendingOrder ? u"sorterStigende"_s : u"sorterSynkende"_s);
            a->setCheckable(true);
            a->setChecked(hode->sortIndicatorOrder() == r);
            retning->addAction(a);
            QObject::connect(a, &QAction::triggered, visning, [visning, r] {
                visning->sortByColumn(visning->horizontalHeader()->sortIndicatorSection(), r);
            });
        }
    });
    return meny;
}

} // namespace tilsyn
