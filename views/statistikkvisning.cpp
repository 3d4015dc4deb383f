#include "statistikkvisning.h"

#include "rullevern.h"
#include "sperregrunn.h"
#include "filmappe.h"
#include "tabfolge.h"
#include "lukketaster.h"
#include "bakgrunnsarbeid.h"
#include "katalogkombo.h"
#include "ordsoek.h"
#include "datofelt.h"

#include "domain/katalog.h"
#include "io/utfil.h"
#include "reports/rapportmodell.h"
#include "reports/rapportmotor.h"
#include "reports/rapportskriver.h"
#include "reports/xlsxskriver.h"
#include "statistikkdiagram.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;
using Liste = Katalog::Liste;

StatistikkVisning::StatistikkVisning(const QString &dbSti, const Katalog &katalog, QWidget *parent)
    : QWidget(parent),
      m_katalog(katalog),
      m_beregner(new Rapportberegner(dbSti, katalog, this)),
      m_sektor(new QComboBox(this)),
      m_aar(new QSpinBox(this)),
      m_egenPeriode(new QCheckBox(this)),
      m_fra(new Datofelt(this)),
      m_til(new Datofelt(this)),
      m_embete(new QComboBox(this)),
      m_sektorEtikett(new QLabel(this)),
      m_aarEtikett(new QLabel(this)),
      m_embeteEtikett(new QLabel(this)),
      m_csv(new QPushButton(this)),
      m_xlsx(new QPushButton(this)),
      m_status(new QLabel(this)),
      m_faner(new QTabWidget(this)),
      m_diagram(new StatistikkDiagram(this))
{
    Rullevern::installer(); // the wheel changes no value of an unfocused field (one guard, every form)
    byggSkjema();
    fyllValg();
    // Open on the store's data, not on an empty first sektor and this year.
    const Rapportvalg start = Rapportberegner::startvalg(dbSti, katalog, QDate::currentDate());
    m_fyller = true;
    m_sektor->setCurrentIndex(qMax(0, m_sektor->findData(start.sektor)));
    m_aar->setValue(start.fra.year());
    m_fyller = false;
    oversett();
    connect(m_beregner, &Rapportberegner::ferdig, this, &StatistikkVisning::visResultat);
    connect(m_sektor, &QComboBox::currentIndexChanged, this, &StatistikkVisning::beregnPaaNytt);
    soekPaaOrd(m_embete); // "Oslo", "Finnmark" find their office too
    connect(m_embete, &QComboBox::currentIndexChanged, this, &StatistikkVisning::beregnPaaNytt);
    connect(m_aar, &QSpinBox::valueChanged, this, &StatistikkVisning::beregnPaaNytt);
    connect(m_egenPeriode, &QCheckBox::toggled, this, [this](bool egen) {
        m_aar->setEnabled(!egen);
        m_fra->setEnabled(egen);
        m_til->setEnabled(egen);
        if (egen && !m_fyller) {
            m_fyller = true;
            m_fra->settDato(QDate(m_aar->value(), 1, 1));
            m_til->settDato(QDate(m_aar->value(), 12, 31));
            m_fyller = false;
        }
        beregnPaaNytt();
    });
    connect(m_fra, &Datofelt::datoEndret, this, &StatistikkVisning::beregnPaaNytt);
    connect(m_til, &Datofelt::datoEndret, this, &StatistikkVisning::beregnPaaNytt);
    connect(m_csv, &QPushButton::clicked, this, &StatistikkVisning::velgCsvFil);
    connect(m_xlsx, &QPushButton::clicked, this, &StatistikkVisning::velgXlsxFil);
    beregnPaaNytt();
}

StatistikkVisning::~StatistikkVisning() = default;

void StatistikkVisning::byggSkjema()
{
    setObjectName(u"statistikkvisning"_s);
    m_sektor->setObjectName(u"sektor"_s);
    m_aar->setObjectName(u"aar"_s);
    m_embete->setObjectName(u"embete"_s);
    m_csv->setObjectName(u"eksporterCsv"_s);
    m_xlsx->setObjectName(u"eksporterXlsx"_s);
    m_status->setObjectName(u"status"_s);
    m_faner->setObjectName(u"faner"_s);
    m_aar->setRange(2000, 2100);
    m_aar->setGroupSeparatorShown(false);
    m_egenPeriode->setObjectName(u"egenPeriode"_s);
    m_fra->setObjectName(u"fra"_s);
    m_til->setObjectName(u"til"_s);
    for (Datofelt *dato : {m_fra, m_til})
        dato->setEnabled(false); // the one date field of every form (forms work)
    m_sektorEtikett->setBuddy(m_sektor);
    m_aarEtikett->setBuddy(m_aar);
    m_embeteEtikett->setBuddy(m_embete);

    auto *filter = new QHBoxLayout;
    filter->addWidget(m_sektorEtikett);
    filter->addWidget(m_sektor);
    filter->addSpacing(12);
    filter->addWidget(m_aarEtikett);
    filter->addWidget(m_aar);
    filter->addWidget(m_egenPeriode);
    filter->addWidget(m_fra);
    filter->addWidget(new QLabel(u"–"_s, this));
    filter->addWidget(m_til);
    filter->addSpacing(12);
    filter->addWidget(m_embeteEtikett);
    filter->addWidget(m_embete, 1);
    filter->addStretch();
    filter->addWidget(m_csv);
    filter->addWidget(m_xlsx);

    for (const QString &navn : Rapportmotor::rapporter()) {
        auto *modell = new RapportModell(m_katalog, this);
        auto *tabell = new QTableView(m_faner);
        tabell->setObjectName(u"tabell-"_s + navn);
        tabell->setModel(modell);
        tabell->setAlternatingRowColors(true);
        tabell->setSelectionBehavior(QAbstractItemView::SelectRows);
        tabell->setEditTriggers(QAbstractItemView::NoEditTriggers);
        tabell->verticalHeader()->setVisible(false);
        tabell->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        tabell->horizontalHeader()->setStretchLastSection(true); // no unused width at the right
        tabell->setWordWrap(false);
        tabell->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
        m_faner->addTab(tabell, QString());
        m_modeller.insert(navn, modell);
    }

    auto *deler = new QSplitter(Qt::Horizontal, this);
    deler->addWidget(m_faner);
    deler->addWidget(m_diagram);
    deler->setStretchFactor(0, 1);
    deler->setStretchFactor(1, 1);

    // A window of its own: a Close button, Escape and Ctrl+W close it; Ctrl+Tab and
    // Ctrl+Shift+Tab switch its tables wherever the focus is.
    m_lukk = lukkeknapp(this);
    for (const int retning : {1, -1}) {
        auto *snarvei = new QShortcut(retning > 0 ? QKeySequence(Qt::CTRL | Qt::Key_Tab)
                                                  : QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), this);
        snarvei->setContext(Qt::WindowShortcut); // also while nothing in it has the focus yet
        connect(snarvei, &QShortcut::activated, this, [this, retning] {
            m_faner->setCurrentIndex((m_faner->currentIndex() + retning + m_faner->count()) % m_faner->count());
        });
    }
    auto *bunn = new QHBoxLayout;
    bunn->addWidget(m_status, 1);
    bunn->addWidget(m_lukk);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filter);
    layout->addWidget(deler, 1);
    layout->addLayout(bunn);
    QList<QWidget *> folge{m_faner}; // the tables (made after the charts), the charts beside them, Close
    for (int i = 0; i < m_faner->count(); ++i)
        folge.append(m_faner->widget(i));
    settTabfolge(folge << m_diagram << m_lukk);
}

void StatistikkVisning::fyllValg()
{
    m_fyller = true;
    const QString sektor = m_sektor->currentData().toString();
    const QString embete = m_embete->currentData().toString();
    m_sektor->clear();
    // Catalogue names in the UI's målform (nynorsk UI, nynorsk sectors); they are data, not program text.
    const Maalform mf = uiMaalform();
    for (const KatalogPost &p : m_katalog.poster(Liste::Sektor))
        m_sektor->addItem(p.navnPaa(mf), p.kode);
    m_sektor->setProperty("tilsynDataFra", 0);
    m_embete->setProperty("tilsynDataFra", 1);
    m_embete->clear();
    m_embete->addItem(tr("All offices"), QString());
    for (const KatalogPost &p : m_katalog.poster(Liste::Embete))
        m_embete->addItem(p.kort.isEmpty() ? p.navn : p.kort, p.kode);
    katalogKombo(m_sektor, m_katalog, Liste::Sektor); // again on a language change
    katalogKombo(m_embete, m_katalog, Liste::Embete);
    m_sektor->setCurrentIndex(qMax(0, m_sektor->findData(sektor)));
    m_embete->setCurrentIndex(qMax(0, m_embete->findData(embete)));
    if (m_aar->value() == m_aar->minimum())
        m_aar->setValue(QDate::currentDate().year()); // the year the caseworker works in
    m_fyller = false;
}

void StatistikkVisning::oversett()
{
    m_sektorEtikett->setText(tr("&Sector:"));
    m_aarEtikett->setText(tr("&Year:"));
    m_lukk->setText(tr("&Close"));
    m_lukk->setToolTip(tr("Close the statistics (Esc, Ctrl+W)"));
    m_egenPeriode->setText(tr("or &period:"));
    m_embeteEtikett->setText(tr("&Office:"));
    m_csv->setText(tr("Export CS&V…"));
    m_xlsx->setText(tr("Export &XLSX…"));
    const QHash<QString, QString> titler{
        {u"behandlingsmaate"_s, tr("Handling methods")}, {u"vurderinger"_s, tr("Assessed provisions")},
        {u"resultatmaal"_s, tr("Result targets")},       {u"temaer"_s, tr("Themes")},
        {u"kilder"_s, tr("Sources")},                    {u"restanser"_s, tr("Backlog")},
        {u"behandlingstid"_s, tr("Handling time")}};
    const QStringList navn = Rapportmotor::rapporter();
    for (int i = 0; i < navn.size(); ++i) {
        m_faner->setTabText(i, titler.value(navn[i], navn[i]));
        m_faner->widget(i)->setAccessibleName(m_faner->tabText(i));
    }
    if (m_embete->count() > 0)
        m_embete->setItemText(0, tr("All offices"));
    for (RapportModell *modell : std::as_const(m_modeller))
        modell->spraakEndret();
    // Room for every tab title, so no report hides behind the scroll buttons.
    m_faner->setMinimumWidth(m_faner->tabBar()->sizeHint().width() + 8);
}

void StatistikkVisning::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        oversett();
    QWidget::changeEvent(event);
}

Rapportvalg StatistikkVisning::valg() const
{
    Rapportvalg v = Rapportvalg::forAar(m_sektor->currentData().toString(), m_aar->value(),
                                        m_embete->currentData().toString());
    if (m_egenPeriode->isChecked()) {
        v.fra = m_fra->dato();
        v.til = m_til->dato();
    }
    return v;
}

void StatistikkVisning::settValg(const Rapportvalg &valg)
{
    m_fyller = true;
    m_sektor->setCurrentIndex(qMax(0, m_sektor->findData(valg.sektor)));
    m_aar->setValue(valg.fra.year());
    m_fra->settDato(valg.fra);
    m_til->settDato(valg.til);
    m_egenPeriode->setChecked(!valg.erHeltAar());
    m_embete->setCurrentIndex(qMax(0, m_embete->findData(valg.embete)));
    m_fyller = false;
    beregnPaaNytt();
}

bool StatistikkVisning::beregner() const
{
    return m_beregner->opptatt();
}

void StatistikkVisning::beregnPaaNytt()
{
    if (m_fyller)
        return;
    const Rapportvalg v = valg();
    if (v.til < v.fra) {
        m_status->setText(tr("The period ends before it starts."));
        return;
    }
    m_status->setText(tr("Computing…"));
    m_beregner->beregn(v);
}

void StatistikkVisning::visResultat(const Rapportsett &sett)
{
    m_sett = sett;
    for (auto it = m_modeller.cbegin(); it != m_modeller.cend(); ++it) {
        const Rapporttabell *t = sett.tabell(it.key());
        it.value()->settTabell(t ? *t : Rapporttabell{it.key(), {}, {}});
    }
    m_diagram->vis(sett);
    if (!sett.feil.isEmpty()) {
        m_status->setText(tr("The statistics could not be computed: %1").arg(sett.feil));
    } else {
        const Rapporttabell *bm = sett.tabell(u"behandlingsmaate"_s);
        const qsizetype landet = bm ? bm->rad(u"landet"_s) : -1;
        const qint64 saker = bm ? bm->verdi(landet, u"i_alt"_s).toLongLong() : 0;
        const QLocale norsk(QLocale::NorwegianBokmal, QLocale::Norway);
        m_status->setText(tr("Cases closed in %1: %2 · computed in %3 ms")
                              .arg(periodetekst(sett.valg), norsk.toString(saker), norsk.toString(sett.millisekunder)));
    }
    // Disabled with the reason (sperregrunn.h).
    const QString grunn = sett.feil.isEmpty() ? QString()
                                              : tr("Nothing to export: the statistics could not be computed (see the message above).");
    settTilgjengelig(m_csv, grunn);
    settTilgjengelig(m_xlsx, grunn);
    emit oppdatert();
}

QString StatistikkVisning::periodetekst(const Rapportvalg &v) const
{
    if (v.erHeltAar())
        return QString::number(v.fra.year());
    return v.fra.toString(u"dd.MM.yyyy"_s) + u"–"_s + v.til.toString(u"dd.MM.yyyy"_s);
}

QString StatistikkVisning::filnavnForslag(const QString &navn, const QString &endelse) const
{
    const Rapportvalg &v = m_sett.valg;
    const QString periode = v.erHeltAar() ? QString::number(v.fra.year())
                                          : v.fra.toString(Qt::ISODate) + u"_"_s + v.til.toString(Qt::ISODate);
    return u"%1-%2-%3.%4"_s.arg(navn, v.sektor, periode, endelse);
}

QString StatistikkVisning::gjeldendeRapport() const
{
    return Rapportmotor::rapporter().value(m_faner->currentIndex());
}

QString StatistikkVisning::eksporterCsv(const QString &sti) const
{
    const Rapporttabell *t = m_sett.tabell(gjeldendeRapport());
    if (!t)
        return tr("There is nothing to export yet.");
    Utfil fil(sti);
    if (!fil.aapne() || !fil.skriv(tilCsv(*t)) || !fil.fullfoer())
        return fil.feil();
    return {};
}

QString StatistikkVisning::eksporterXlsx(const QString &sti) const
{
    if (m_sett.tabeller.isEmpty())
        return tr("There is nothing to export yet.");
    return skrivXlsx(sti, m_sett.tabeller, m_sett.valg);
}

void StatistikkVisning::velgCsvFil()
{
    const QString forslag = filnavnForslag(gjeldendeRapport(), u"csv"_s);
    const QString sti = QFileDialog::getSaveFileName(this, tr("Export report as CSV"), startsti(forslag), tr("CSV files (*.csv)"));
    if (sti.isEmpty())
        return;
    const QString feil = eksporterCsv(sti);
    if (!feil.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), feil);
    else
        meldLagret(this, sti);
}

void StatistikkVisning::velgXlsxFil()
{
    const QString forslag = filnavnForslag(u"statistikk"_s, u"xlsx"_s);
    const QString sti = QFileDialog::getSaveFileName(this, tr("Export statistics as XLSX"), startsti(forslag),
                                                     tr("Excel workbooks (*.xlsx)"));
    if (sti.isEmpty() || m_sett.tabeller.isEmpty())
        return;
    // Written on a worker thread behind a progress dialog with Cancel (nothing left if cancelled).
    const QList<Rapporttabell> tabeller = m_sett.tabeller;
    const Rapportvalg valg = m_sett.valg;
    QString feil;
    Bakgrunnsarbeid arbeid(tr("Export statistics as XLSX"), tr("Writing %1…").arg(QFileInfo(sti).fileName()), this);
    const auto utfall = arbeid.kjoer([&](Fremdrift &f) { feil = skrivXlsx(sti, tabeller, valg, &f); });
    if (utfall == Bakgrunnsarbeid::Utfall::Feilet)
        feil = arbeid.feil();
    if (!feil.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), feil);
    else if (utfall == Bakgrunnsarbeid::Utfall::Ferdig)
        meldLagret(this, sti);
}

} // namespace tilsyn
