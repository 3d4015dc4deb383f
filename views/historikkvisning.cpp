#include "historikkvisning.h"
#include "rullevern.h"

#include "caseeditortekster.h"

#include "items/historikkfilter.h"
#include "items/historikkmodell.h"
#include "redigeringsstil.h"
#include "store/storeerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

HistorikkVisning::HistorikkVisning(const QSqlDatabase &db, const QString &sakId, const QString &tittel, QWidget *parent)
    : QDialog(parent)
    , m_tittel(tittel)
    , m_modell(new HistorikkModell(this))
    , m_filter(new HistorikkFilter(this))
    , m_felt(new QComboBox(this))
    , m_bruker(new QComboBox(this))
    , m_tabell(new QTableView(this))
    , m_feltEtikett(new QLabel(this))
    , m_brukerEtikett(new QLabel(this))
    , m_feil(new QLabel(this))
{
    Rullevern::installer(); // the wheel changes no value of an unfocused field (one guard, every form)
    setObjectName(u"historikk"_s);
    m_felt->setObjectName(u"historikkFelt"_s);
    m_bruker->setObjectName(u"historikkBruker"_s);
    m_tabell->setObjectName(u"historikkliste"_s);
    stilFeillabel(m_feil);
    m_feil->hide();
    m_filter->setSourceModel(m_modell);
    m_tabell->setModel(m_filter);
    m_tabell->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabell->setTabKeyNavigation(false);
    // Every column as wide as its texts: a source (a file, a line and a SHA-256) is not cut,
    // the list scrolls sideways instead.
    m_tabell->setWordWrap(false);
    m_tabell->verticalHeader()->hide();
    m_tabell->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabell->horizontalHeader()->setStretchLastSection(false);
    m_feltEtikett->setBuddy(m_felt);
    m_brukerEtikett->setBuddy(m_bruker);
    m_felt->setMinimumContentsLength(18);
    m_bruker->setMinimumContentsLength(14);

    auto *valg = new QHBoxLayout;
    valg->addWidget(m_feltEtikett);
    valg->addWidget(m_felt);
    valg->addSpacing(12);
    valg->addWidget(m_brukerEtikett);
    valg->addWidget(m_bruker);
    valg->addStretch(1);
    auto *knapper = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(knapper, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *lag = new QVBoxLayout(this);
    lag->addLayout(valg);
    lag->addWidget(m_tabell, 1);
    lag->addWidget(m_feil);
    lag->addWidget(knapper);

    try {
        m_modell->last(db, sakId); // one query per case opened: a case's history is small
    } catch (const StoreError &e) {
        m_feil->setText(e.melding());
        m_feil->show();
    }
    connect(m_felt, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->settFelt(m_felt->currentData().toString()); });
    connect(m_bruker, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->settBruker(m_bruker->currentData().toString()); });
    oversett();
    // As wide as its columns need, up to the screen's width (issue 10: at 1366×768 the fixed
    // 1000 pixels cut the columns); the last column takes what is left over.
    m_tabell->horizontalHeader()->setStretchLastSection(true);
    m_tabell->resizeColumnsToContents();
    int bredde = m_tabell->frameWidth() * 2 + m_tabell->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < m_tabell->model()->columnCount(); ++c)
        bredde += m_tabell->horizontalHeader()->sectionSizeHint(c) > 0 ? std::max(m_tabell->columnWidth(c), m_tabell->horizontalHeader()->sectionSizeHint(c)) : 0;
    bredde += lag->contentsMargins().left() + lag->contentsMargins().right();
    const QScreen *skjerm = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const int maks = skjerm ? skjerm->availableGeometry().width() - 40 : 1300;
    resize(std::clamp(bredde, 1000, std::max(1000, maks)), 560);
    m_felt->setFocus();
}

HistorikkVisning::~HistorikkVisning() = default;

void HistorikkVisning::fyllValg()
{
    const QString felt = m_filter->felt();
    const QString bruker = m_filter->bruker();
    const QSignalBlocker stoppFelt(m_felt), stoppBruker(m_bruker);
    m_felt->clear();
    m_bruker->clear();
    m_felt->addItem(tr("All fields"), QString());
    for (const QString &f : m_modell->felter()) // the field's name as the editor labels it
        m_felt->addItem(feltnavn(f), f);
    m_bruker->addItem(tr("Everyone"), QString());
    m_bruker->setProperty("tilsynDataFra", 1); // people's names
    QStringList personer; // by name, as the Person column: an older entry's login and a newer one's name are one
    for (const QString &b : m_modell->brukere())
        if (!personer.contains(m_modell->navn(b)))
            personer.append(m_modell->navn(b));
    personer.sort(Qt::CaseInsensitive);
    for (const QString &p : std::as_const(personer))
        m_bruker->addItem(p, p);
    m_felt->setCurrentIndex(std::max(0, m_felt->findData(felt)));
    m_bruker->setCurrentIndex(std::max(0, m_bruker->findData(bruker)));
}

void HistorikkVisning::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QDialog::changeEvent(e);
}

void HistorikkVisning::oversett()
{
    setWindowTitle(tr("History of %1").arg(m_tittel));
    m_feltEtikett->setText(tr("&Field:"));
    m_brukerEtikett->setText(tr("&Person:"));
    m_tabell->setAccessibleName(tr("Changes to the case"));
    fyllValg();
    m_modell->settFeltnavn([](const QString &felt) { return feltnavn(felt); }); // again, in the new language
}

} // namespace tilsyn
