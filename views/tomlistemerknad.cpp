#include "tomlistemerknad.h"

#include "items/saklistemodel.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace tilsyn {

TomListeMerknad::TomListeMerknad(QAbstractItemView *visning, SakListeModel *modell)
    : QLabel(visning->viewport()), m_visning(visning), m_modell(modell)
{
    setObjectName(QStringLiteral("tomListe"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    visning->viewport()->installEventFilter(this);
    connect(modell, &SakListeModel::antallEndret, this, &TomListeMerknad::oppdater);
    connect(modell, &QAbstractItemModel::modelReset, this, &TomListeMerknad::oppdater);
    connect(modell, &QAbstractItemModel::rowsInserted, this, &TomListeMerknad::oppdater);
    connect(modell, &QAbstractItemModel::rowsRemoved, this, &TomListeMerknad::oppdater);
    oppdater();
}

TomListeMerknad::~TomListeMerknad() = default;

void TomListeMerknad::oppdater()
{
    if (m_modell->rowCount() > 0) {
        hide();
        return;
    }
    // Only when the list is empty: one indexed look for any case at all (not a count).
    setText(m_modell->harSaker()
                ? tr("No cases match the search and the filters above.\nClear the search field or "
                     "untick a filter to see more cases.")
                : tr("There are no cases in this store yet.\nRegister a case with Ctrl+N, or import cases "
                     "from the File menu."));
    setAccessibleName(text());
    plasser();
    show();
}

void TomListeMerknad::plasser()
{
    const QRect r = m_visning->viewport()->rect();
    setGeometry(r.adjusted(24, 16, -24, 0).intersected(QRect(r.x(), r.y(), r.width(), 6 * fontMetrics().lineSpacing())));
}

void TomListeMerknad::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oppdater();
    QLabel::changeEvent(e);
}

bool TomListeMerknad::eventFilter(QObject *mottaker, QEvent *hendelse)
{
    if (hendelse->type() == QEvent::Resize)
        plasser();
    return QLabel::eventFilter(mottaker, hendelse);
}

void tilpassKolonner(QAbstractItemView *visning, const QHash<int, QString> &eksempel)
{
    auto *tabell = qobject_cast<QTableView *>(visning);
    if (!tabell || !tabell->model())
        return;
    QHeaderView *topp = tabell->horizontalHeader();
    const QFontMetrics hfm(topp->font());
    const QFontMetrics fm(tabell->font());
    for (int k = 0; k < tabell->model()->columnCount(); ++k) {
        const QString tittel = tabell->model()->headerData(k, Qt::Horizontal).toString();
        // The header's text, its margins and the sort arrow beside it (no more: at 1366 px every
        // pixel of the list is a letter of a column further right, session 15).
        int trengs = hfm.horizontalAdvance(tittel) + 2 * hfm.height() + 4;
        if (eksempel.contains(k))
            trengs = std::max(trengs, fm.horizontalAdvance(eksempel.value(k)) + 2 * fm.height());
        if (tabell->columnWidth(k) < trengs)
            tabell->setColumnWidth(k, trengs);
    }
}

} // namespace tilsyn
